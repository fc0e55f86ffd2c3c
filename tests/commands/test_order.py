"""`order create`, `set`, `send`, `receive`, `list` and `show` on the demo bar. In process."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from tests.commands.running import run

D = Decimal


def test_order_create_send_receive(bar: tuple[str, Path]) -> None:
    url, folder = bar
    created = run("--db", url, "order", "create", "--supplier", "Laguna Spirits Srl", cwd=folder)
    assert created.returncode == 0, created.stderr
    assert created.stdout.startswith("draft order 1: Laguna Spirits Srl, 4 line(s)")
    assert run("--db", url, "order", "set", "1", "RUM-WRAY=12", cwd=folder).returncode == 0
    bad = run("--db", url, "order", "set", "1", "RUM-WRAY=lots", cwd=folder)
    assert bad.returncode == 2 and bad.stdout == ""
    sent = run("--db", url, "order", "send", "1", "--out", "laguna.xlsx", cwd=folder)
    assert sent.returncode == 0, sent.stderr
    sheet = load_workbook(folder / "laguna.xlsx")["Laguna Spirits Srl"]
    assert ("RUM-WRAY", 12) in {(r[0].value, r[6].value) for r in sheet.iter_rows(min_row=6)}
    got = run("--db", url, "order", "receive", "1", "--line", "RUM-WRAY=6",
              "--cost", "RUM-WRAY=€23,50", cwd=folder)  # fmt: skip
    assert got.returncode == 0, got.stderr
    assert got.stdout == "order 1 received: 1 item(s) into stock\n"
    history = run("--db", url, "history", "RUM-WRAY", "--format", "json", cwd=folder)
    assert "order:1" in history.stdout
    again = run("--db", url, "order", "receive", "1", cwd=folder)
    assert again.returncode == 2 and "received" in again.stderr
    listed = run("--db", url, "order", "list", cwd=folder).stdout
    assert "received" in listed


def test_order_set_against_a_stale_version_exits_1(bar: tuple[str, Path]) -> None:
    url, folder = bar
    assert run("--db", url, "order", "create", "--supplier", "Laguna Spirits Srl", cwd=folder)
    listed = run("--db", url, "order", "list", cwd=folder).stdout.splitlines()
    assert listed[0].split()[-1] == "Version"
    version = listed[2].split()[-1]
    ok = run("--db", url, "order", "set", "1", "RUM-WRAY=12", "--expect-version", version,
             cwd=folder)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    late = run("--db", url, "order", "set", "1", "RUM-WRAY=6", "--expect-version", version,
               cwd=folder)  # fmt: skip
    assert late.returncode == 1 and "Someone else changed order 1" in late.stderr
    shown = run("--db", url, "order", "show", "1", cwd=folder).stdout
    assert any(line.startswith("RUM-WRAY") and " 12 " in line for line in shown.splitlines())


def test_orders_in_italian(bar: tuple[str, Path], italian: None) -> None:
    url, folder = bar
    created = run("--db", url, "order", "create", "--supplier", "Laguna Spirits Srl", cwd=folder)
    assert created.stdout == "bozza d'ordine 1: Laguna Spirits Srl, 4 righe, 930,00\u00a0€\n"
    listed = run("--db", url, "order", "list", cwd=folder).stdout.splitlines()
    assert listed[0].split() == ["ID", "Fornitore", "Stato", "Creato", "Righe", "Totale", "€",
                                 "Versione"]  # fmt: skip
    row = listed[2].split()
    assert row[4] == "bozza" and re.fullmatch(r"\d\d/\d\d/20\d\d", row[5]) and row[7] == "930,00"
    shown = run("--db", url, "order", "show", "1", cwd=folder).stdout.splitlines()
    assert shown[0].split()[:4] == ["Codice", "Cod.", "fornitore", "Articolo"]
    sent = run("--db", url, "order", "send", "1", "--out", "laguna.xlsx", cwd=folder)
    assert sent.stdout == "ordine 1 inviato: scritto laguna.xlsx\n"
    got = run("--db", url, "order", "receive", "1", "--line", "RUM-WRAY=6", cwd=folder)
    assert got.stdout == "ordine 1 ricevuto: 1 articolo caricato in giacenza\n"
    bad = run("--db", url, "order", "set", "1", "RUM-WRAY", cwd=folder)
    assert bad.stderr == ("inventory-app: errore: SKU=QTY: serve CODICE=VALORE, non 'RUM-WRAY'\n")
