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


def test_supplier_set_gives_an_address_and_a_p_iva_that_list_shows(bar: tuple[str, Path]) -> None:
    """Issue 19: the supplier's record holds what their order is headed with."""
    url, folder = bar
    done = run("--db", url, "supplier", "set", "laguna spirits srl", "--address",
               "Calle Larga 8\\n30121 Venezia VE", "--vat", "it 0555 0200 025",
               "--email", "nuovi@laguna.example", "--lead-time", "3", cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:3] == [
        "saved Laguna Spirits Srl:", "  Calle Larga 8, 30121 Venezia VE", "  VAT no. IT05550200025"
    ]  # fmt: skip
    listed = run("--db", url, "supplier", "list", cwd=folder).stdout
    assert (
        "Laguna Spirits Srl: not observed yet: no order received\n"
        "  Calle Larga 8, 30121 Venezia VE\n  VAT no. IT05550200025\n"
        "  Marco Bellin · nuovi@laguna.example · +39 041 555 0142\n  orders this year: 0\n"
    ) in listed
    laguna = next(line for line in listed.splitlines() if line.startswith("Laguna Spirits Srl  "))
    assert laguna.split()[3:] == ["3", "0"]  # the lead time given, nothing received yet


def test_supplier_set_refuses_a_wrong_p_iva_and_changes_nothing(bar: tuple[str, Path]) -> None:
    url, folder = bar
    before = run("--db", url, "supplier", "list", cwd=folder).stdout
    done = run("--db", url, "supplier", "set", "Laguna Spirits Srl", "--vat", "05550200026",
               "--email", "x@y.example", cwd=folder)  # fmt: skip
    assert done.returncode == 2
    assert "column 'vat_number'" in done.stderr and "wrong check digit" in done.stderr
    assert run("--db", url, "supplier", "list", cwd=folder).stdout == before
    refused = run("--db", url, "--user", "giulia", "supplier", "set", "Laguna Spirits Srl",
                  "--phone", "1", cwd=folder)  # fmt: skip
    assert refused.returncode == 3


def test_supplier_set_adds_a_new_supplier_in_italian(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--lang", "it", "--db", url, "supplier", "set", "Navigli Ghiaccio", "--address",
               "Via Tortona 12\\n20144 Milano MI", "--order-days", "lun;gio", "--language",
               "bar", cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "salvato Navigli Ghiaccio:\n  Via Tortona 12, 20144 Milano MI\n  ordini quest'anno: 0\n"
    )
    listed = run("--lang", "it", "--db", url, "supplier", "list", cwd=folder).stdout
    assert "  P.IVA IT05550142029\n" in listed  # the demo's Laguna Spirits
    assert "Navigli Ghiaccio: non ancora osservato: nessun ordine ricevuto\n" in listed


def test_supplier_import_reads_a_sheet_or_names_its_bad_cell(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sheet = folder / "fornitori.csv"
    sheet.write_text('name,address,vat_number\nGhiaccio Srl,"Via Tortona 12\n20144 Milano MI",'
                     "IT05550100019\n", encoding="utf-8")  # fmt: skip
    done = run("--db", url, "supplier", "import", str(sheet), cwd=folder)
    assert done.stdout == "imported fornitori.csv: 1 supplier\n", done.stderr
    sheet.write_text("name,vat_number\nGhiaccio Srl,IT05550100018\n", encoding="utf-8")
    wrong = run("--lang", "it", "--db", url, "supplier", "import", str(sheet), cwd=folder)
    assert wrong.returncode == 2
    assert "fornitori.csv, riga 2, colonna 'vat_number'" in wrong.stderr
    listed = run("--db", url, "supplier", "list", cwd=folder).stdout
    assert "  VAT no. IT05550100019\n" in listed
