"""`order create`, `set`, `send`, `receive`, `list` and `show` on the demo bar. In process."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.commands.running import run

D = Decimal


def test_order_create_send_receive(bar: tuple[str, Path]) -> None:
    url, folder = bar
    created = run("--db", url, "order", "create", "--supplier", "Laguna Spirits Srl", cwd=folder)
    assert created.returncode == 0, created.stderr
    assert created.stdout.startswith("draft order 1: Laguna Spirits Srl, 4 lines, ")
    set_one = run("--db", url, "order", "set", "1", "RUM-WRAY=12", cwd=folder)
    assert set_one.stdout == "order 1: 1 line set\n", set_one.stderr
    bad = run("--db", url, "order", "set", "1", "RUM-WRAY=lots", cwd=folder)
    assert bad.returncode == 2 and bad.stdout == ""
    sent = run("--db", url, "order", "send", "1", "--out", "laguna.xlsx", cwd=folder)
    assert sent.returncode == 0, sent.stderr
    year = date.today().year
    assert sent.stdout == f"order 1 sent as {year}-0001: wrote laguna.xlsx\n"
    sheet = load_workbook(folder / "laguna.xlsx").active
    assert sheet is not None
    assert ("LS-30131", 12) in {(r[0].value, r[3].value) for r in sheet.iter_rows()}
    numbered = run("--db", url, "order", "list", cwd=folder).stdout.splitlines()
    assert numbered[0].split()[:2] == ["ID", "Number"]
    assert numbered[2].split()[:2] == ["1", f"{year}-0001"]
    got = run("--db", url, "order", "receive", "1", "--line", "RUM-WRAY=6",
              "--cost", "RUM-WRAY=€23,50", cwd=folder)  # fmt: skip
    assert got.returncode == 0, got.stderr
    assert got.stdout == (
        "order 1 received: 1 item into stock\n"
        "1 line short, 3 lines not arrived, 1 price changed: cost updated to the last price\n"
        "RUM-WRAY: cost €23.00 → €23.50\n"
    )
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
    assert listed[0].split() == ["ID", "Numero", "Fornitore", "Stato", "Creato", "Righe",
                                 "Totale", "€", "Versione"]  # fmt: skip
    row = listed[2].split()  # a draft has no number yet: the column is blank
    assert row[4] == "bozza" and re.fullmatch(r"\d\d/\d\d/20\d\d", row[5]) and row[7] == "930,00"
    shown = run("--db", url, "order", "show", "1", cwd=folder).stdout.splitlines()
    assert shown[0].split()[:4] == ["Codice", "Cod.", "fornitore", "Articolo"]
    sent = run("--db", url, "order", "send", "1", "--out", "laguna.xlsx", cwd=folder)
    assert sent.stdout == f"ordine 1 inviato come {date.today().year}-0001: scritto laguna.xlsx\n"
    got = run("--db", url, "order", "receive", "1", "--line", "RUM-WRAY=6", cwd=folder)
    assert (
        got.stdout == "ordine 1 ricevuto: 1 articolo caricato in giacenza\n3 righe non arrivate\n"
    )
    bad = run("--db", url, "order", "set", "1", "RUM-WRAY", cwd=folder)
    assert bad.stderr == ("inventory-app: errore: SKU=QTY: serve CODICE=VALORE, non 'RUM-WRAY'\n")


@pytest.mark.usefixtures("qapp")  # in process: the PDF is drawn in a QApplication
def test_order_send_to_a_pdf_then_print_it_again(bar: tuple[str, Path]) -> None:
    """The suffix picks the format; `order document` prints a sent order with its number."""
    url, folder = bar
    assert run("--db", url, "order", "create", cwd=folder).returncode == 0
    sent = run("--db", url, "order", "send", "1", "--out", "order.pdf", "--note", "ring twice",
               cwd=folder)  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    assert (folder / "order.pdf").read_bytes()[:4] == b"%PDF"
    again = run("--db", url, "order", "document", "1", "--out", "again.xlsx", cwd=folder)
    assert again.returncode == 0 and again.stdout == "order 1: wrote again.xlsx\n"
    sheet = load_workbook(folder / "again.xlsx").active
    assert sheet is not None
    words = {c.value for row in sheet.iter_rows() for c in row}
    assert {f"{date.today().year}-0001", "Notes: ring twice", "La Chiusa Cocktail Bar"} <= words
    draft = run("--db", url, "order", "document", "2", "--out", "draft.xlsx", cwd=folder)
    assert draft.returncode == 0, draft.stderr
    draft_sheet = load_workbook(folder / "draft.xlsx").active
    assert draft_sheet is not None and draft_sheet["A7"].value is not None
    titles = {c.value for row in draft_sheet.iter_rows() for c in row}
    assert "Draft order: not confirmed yet" in titles
    listed = run("--db", url, "order", "list", "--status", "draft", cwd=folder).stdout
    rows = [line.split() for line in listed.splitlines()[2:]]
    assert rows and not any(re.fullmatch(r"\d{4}-\d{4}", row[1]) for row in rows)  # no number


def test_order_send_refuses_another_format_and_sends_nothing(bar: tuple[str, Path]) -> None:
    url, folder = bar
    assert run("--db", url, "order", "create", cwd=folder).returncode == 0
    refused = run("--db", url, "order", "send", "1", "--out", "order.csv", cwd=folder)
    assert refused.returncode == 2 and "a .pdf or an .xlsx" in refused.stderr
    assert not (folder / "order.csv").exists()
    shown = run("--db", url, "order", "list", "--status", "draft", cwd=folder).stdout
    assert "1" in [line.split()[0] for line in shown.splitlines()[2:]]


def _sent_laguna(url: str, folder: Path) -> None:
    run("--db", url, "order", "create", "--supplier", "Laguna Spirits Srl", cwd=folder)
    sent = run("--db", url, "order", "send", "1", "--out", "laguna.xlsx", cwd=folder)
    assert sent.returncode == 0, sent.stderr


def _receive_with_papers(url: str, folder: Path) -> tuple[str, str]:
    """A short line at a new price, a substitute, the DDT and invoice: then `order show`."""
    lines = run("--db", url, "order", "show", "1", cwd=folder).stdout.splitlines()[2:]
    first, second = (line.split()[0] for line in lines[:2])
    got = run(
        "--db", url, "order", "receive", "1", "--ddt", "DDT 118/A", "--invoice", "FT 77",
        "--line", f"{first}=1@30,00", "--substitute", f"{second}=BIT-ANGO:2@9,50", cwd=folder,
    )  # fmt: skip
    assert got.returncode == 0, got.stderr
    shown = run("--db", url, "order", "show", "1", cwd=folder)
    assert shown.returncode == 0, shown.stderr
    return got.stdout, shown.stdout


def test_order_receive_with_ddt_short_line_new_price_and_substitute(bar: tuple[str, Path]) -> None:
    url, folder = bar
    _sent_laguna(url, folder)
    got, shown = _receive_with_papers(url, folder)
    said = got.splitlines()
    assert said[0] == "order 1 received: 2 items into stock"
    assert said[1] == (
        "1 line short, 1 line substituted, 2 lines not arrived, 2 prices changed: "
        "cost updated to the last price"
    )
    assert said[2].endswith("→ €30.00") and said[3] == "BIT-ANGO: cost €11.90 → €9.50"
    rows = shown.splitlines()
    assert rows[0].split()[-1] == "Outcome"
    assert rows[2].endswith("short, price changed")
    assert rows[3].endswith("substituted")
    assert rows[4].startswith("BIT-ANGO") and rows[4].endswith(
        "arrived instead of " + rows[3].split()[0] + ", price changed"
    )
    assert rows[-1] == "DDT: DDT 118/A · invoice: FT 77"


def test_order_receive_in_italian(bar: tuple[str, Path], italian: None) -> None:
    url, folder = bar
    _sent_laguna(url, folder)
    got, shown = _receive_with_papers(url, folder)
    said = got.splitlines()
    assert said[1] == (
        "1 riga in meno, 1 riga sostituita, 2 righe non arrivate, 2 prezzi cambiati: "
        "costo aggiornato all'ultimo prezzo"
    )
    assert said[3] == "BIT-ANGO: costo 11,90\u00a0€ → 9,50\u00a0€"
    rows = shown.splitlines()
    assert rows[0].split()[-1] == "Esito"
    assert rows[2].endswith("in meno, prezzo cambiato")
    assert rows[-1] == "DDT: DDT 118/A · fattura: FT 77"


def test_order_receive_refuses_a_bad_substitute_and_receives_nothing(
    bar: tuple[str, Path],
) -> None:
    url, folder = bar
    _sent_laguna(url, folder)
    bad = run("--db", url, "order", "receive", "1", "--substitute", "RUM-WRAY=NOPE:2", cwd=folder)
    assert bad.returncode == 2 and "NOPE" in bad.stderr
    malformed = run("--db", url, "order", "receive", "1", "--substitute", "RUM-WRAY=2", cwd=folder)
    assert malformed.returncode == 2 and "SKU=OTHER:QTY" in malformed.stderr
    listed = run("--db", url, "order", "list", cwd=folder).stdout
    assert "sent" in listed and "received" not in listed


def test_order_export_writes_a_drafts_workbook_into_the_months_folder(
    bar: tuple[str, Path],
) -> None:
    url, folder = bar
    assert run("--db", url, "order", "create", "--supplier", "Laguna Spirits Srl", cwd=folder)
    out = folder / "Ordini"
    exported = run("--db", url, "order", "export", "1", "--folder", str(out), "--format", "xlsx",
                   cwd=folder)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    today = date.today()
    written = out / f"{today:%Y-%m}" / f"draft {today.isoformat()} Laguna Spirits Srl.xlsx"
    lines = exported.stdout.splitlines()
    assert lines[0] == f"wrote {written}"
    assert lines[1].startswith("email: mailto:ordini@laguna-spirits.example?subject=Draft%20order")
    assert written.is_file()
    again = run("--db", url, "order", "export", "1", "--folder", str(out), "--format", "xlsx",
                cwd=folder)  # fmt: skip
    assert again.stdout.splitlines()[0] == f"wrote {written.with_stem(written.stem + ' (2)')}"
    neither = run("--db", url, "order", "export", cwd=folder)
    assert neither.returncode == 2 and "--proposal" in neither.stderr


@pytest.mark.usefixtures("qapp")  # in process: the PDF is drawn in a QApplication
def test_order_send_into_the_documents_folder_of_the_settings(bar: tuple[str, Path]) -> None:
    """Without --out, sending writes the PDF and the workbook under the order's number."""
    url, folder = bar
    documents = folder / "documenti"
    chosen = run("--db", url, "settings", "set", "order_documents_folder", str(documents),
                 cwd=folder)  # fmt: skip
    assert chosen.returncode == 0, chosen.stderr
    assert run("--db", url, "order", "create", "--supplier", "Laguna Spirits Srl", cwd=folder)
    sent = run("--db", url, "order", "send", "1", cwd=folder)
    assert sent.returncode == 0, sent.stderr
    today = date.today()
    number = f"{today.year}-0001"
    month = documents / f"{today:%Y-%m}"
    assert sent.stdout.splitlines()[:3] == [
        f"order 1 sent as {number}",
        f"wrote {month / f'{number} Laguna Spirits Srl.pdf'}",
        f"wrote {month / f'{number} Laguna Spirits Srl.xlsx'}",
    ]
    assert f"subject=Order%20{number}%20%E2%80%93%20La%20Chiusa%20Cocktail%20Bar" in sent.stdout
    assert (month / f"{number} Laguna Spirits Srl.pdf").read_bytes()[:4] == b"%PDF"
    proposal = run("--db", url, "order", "export", "--proposal", "--format", "pdf", cwd=folder)
    assert proposal.returncode == 0, proposal.stderr
    names = sorted(p.name for p in month.iterdir())
    assert f"draft {today.isoformat()} Laguna Spirits Srl.pdf" not in names  # Laguna is sent
    assert any(n.startswith(f"draft {today.isoformat()} ") for n in names)
