"""`supplier language NAME [it|en|bar]`: each supplier's order sheets in their language."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.commands.running import run


def headings(path: Path) -> dict[str, str]:
    """Each sheet's first heading: 'SKU' in English, 'Codice' in Italian."""
    book = load_workbook(path, read_only=True)
    found = {sheet.title: str(sheet.cell(row=5, column=1).value) for sheet in book.worksheets}
    book.close()
    return found


def test_a_supplier_set_to_italian_gets_an_italian_sheet_beside_english_ones(
    bar: tuple[str, Path],
) -> None:
    url, folder = bar
    done = run("--db", url, "supplier", "language", "laguna spirits srl", "it", cwd=folder)
    assert (done.returncode, done.stdout) == (0, "laguna spirits srl: order sheets in Italian\n")
    out = folder / "reorder.xlsx"
    assert run("--db", url, "reorder", "--out", str(out), cwd=folder).returncode == 0
    assert headings(out) == {
        "Bevande Rialto Distribuzione": "SKU", "Laguna Spirits Srl": "Codice",
        "Packaging Nord Est": "SKU",
    }  # fmt: skip
    back = run("--db", url, "supplier", "language", "Laguna Spirits Srl", "bar", cwd=folder)
    assert back.stdout == "Laguna Spirits Srl: order sheets in the bar's language (English)\n"
    asked = run("--db", url, "supplier", "language", "Packaging Nord Est", cwd=folder)
    assert asked.stdout == "Packaging Nord Est: order sheets in English\n"


def test_a_bartender_may_look_but_not_change_it(bar: tuple[str, Path]) -> None:
    url, folder = bar
    looked = run("--db", url, "--user", "giulia", "supplier", "language", "Laguna Spirits Srl",
                 cwd=folder)  # fmt: skip
    assert looked.returncode == 0, looked.stderr
    refused = run("--db", url, "--user", "giulia", "supplier", "language", "Laguna Spirits Srl",
                  "en", cwd=folder)  # fmt: skip
    assert refused.returncode == 3
    unknown = run("--db", url, "supplier", "language", "Nobody", "en", cwd=folder)
    assert unknown.returncode == 2 and "Nobody" in unknown.stderr


def test_in_italian(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--lang", "it", "--db", url, "supplier", "language", "Packaging Nord Est",
               cwd=folder)  # fmt: skip
    assert done.stdout == "Packaging Nord Est: fogli d'ordine in inglese\n"


def test_supplier_list_shows_the_lead_time_given_and_observed(bar: tuple[str, Path]) -> None:
    """Issue 19: before any delivery nothing is observed; once received, days and orders."""
    url, folder = bar
    before = run("--db", url, "supplier", "list", cwd=folder).stdout.splitlines()
    assert before[0].split()[:4] == ["Supplier", "Lead", "time", "(days)"]
    assert "Laguna Spirits Srl: not observed yet: no order received" in before
    run("--db", url, "order", "create", "--supplier", "Laguna Spirits Srl", cwd=folder)
    run("--db", url, "order", "send", "1", "--out", "laguna.xlsx", cwd=folder)
    run("--db", url, "order", "receive", "1", cwd=folder)
    after = run("--db", url, "supplier", "list", cwd=folder).stdout.splitlines()
    assert "Laguna Spirits Srl: 0 days observed over 1 order" in after  # sent and received today
    laguna = next(line for line in after if line.startswith("Laguna Spirits Srl  "))
    assert laguna.split()[-3:] == ["2", "0", "1"]
