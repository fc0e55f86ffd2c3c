"""`import sales FILE`: the Square sample imported once, never twice; unknown names listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.commands.running import TRACEBACK, run
from tests.commands.test_sell import SAMPLE, on_hand


def test_import_square_sample_twice(bar: tuple[str, Path]) -> None:
    url, folder = bar
    dry = run("--db", url, "import", "sales", str(SAMPLE), "--dry-run", cwd=folder)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[0] == "checked square_sample.csv (square)"
    assert dry.stdout.splitlines()[-1] == "(dry run: nothing was written)"
    assert on_hand(bar, "GIN-TANQ") == 2800
    first = run("--db", url, "import", "sales", str(SAMPLE), cwd=folder)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[1:] == dry.stdout.splitlines()[1:-1]
    assert "  refunds:             6" in first.stdout.splitlines()
    after = on_hand(bar, "GIN-TANQ")
    second = run("--db", url, "import", "sales", str(SAMPLE), cwd=folder)
    assert second.returncode == 0, second.stderr
    lines = second.stdout.splitlines()
    assert lines[0].startswith("imported square_sample.csv (square, import ")
    read = lines[1].split()[-1]
    assert lines[2:] == [
        "  new sales imported:  0",
        f"  already known:       {read}",
        "  refunds:             0",
        "  parked unknown:      0",
        "  drinks:              0",
        "  movements:           0",
    ]
    assert on_hand(bar, "GIN-TANQ") == after


def test_import_unknown_names(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sales = folder / "sales.csv"
    sales.write_text("date,item,qty\n2026-03-06,Spritz,1\n2026-03-06,Hugo,1\n2026-03-06,Spritz,2\n")
    done = run("--db", url, "import", "sales", str(sales), cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        'inventory-app: error: sales.csv: 2 unknown items; nothing was imported: "Spritz" '
        '(2 lines), "Hugo" (1 line); add them as recipes or POS names, or use --park-unknown\n'
    )
    assert TRACEBACK not in done.stderr
    skipped = run("--db", url, "import", "sales", str(sales), "--skip-unknown", cwd=folder)
    assert skipped.returncode == 0, skipped.stderr
    assert '  parked unknown:      3 ("Spritz" 2, "Hugo" 1)' in skipped.stdout.splitlines()


@pytest.mark.usefixtures("italian")
def test_the_summary_in_italian_lines_up(bar: tuple[str, Path]) -> None:
    url, folder = bar
    dry = run("--db", url, "import", "sales", str(SAMPLE), "--dry-run", cwd=folder)
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0] == "controllato square_sample.csv (square)"
    assert lines[-1] == "(prova: non è stato scritto niente)"
    labels = [line[: line.index(":") + 1].strip() for line in lines[1:-1]]
    assert labels == [
        "righe lette:", "vendite nuove:", "già importate:", "rimborsi:", "non abbinate:",
        "drink:", "movimenti:",
    ]  # fmt: skip
    assert len({len(line) - len(line.split()[-1]) for line in lines[1:-1]}) == 1, "lined up"
    assert "  rimborsi:            6" in lines
    first = run("--db", url, "import", "sales", str(SAMPLE), cwd=folder)
    assert first.stdout.startswith("importato square_sample.csv (square, importazione ")


SUMUP_DE = (
    "Datum;Typ;Transaktionsnummer;Zahlungsmethode;Menge;Beschreibung;Category;Sku;Währung;"
    "Preis vor Rabatt;Rabatt;Preis (brutto);Preis (netto);Steuer;Steuersatz;Konto\n"
    '"22.11.2026, 21:00";Verkauf;S1;Karte;2;Negroni;Drinks;;EUR;20,00;0;20,00;16,39;3,61;22%;bar\n'
)


def test_auto_says_which_profile_it_used(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sales = folder / "sumup.csv"
    sales.write_text(SUMUP_DE, encoding="utf-8")
    done = run("--db", url, "import", "sales", str(sales), cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported sumup.csv (sumup, import ")
    assert "  drinks:              2" in done.stdout.splitlines()
    again = run("--db", url, "import", "sales", str(sales), "--profile", "sumup", cwd=folder)
    assert again.returncode == 0, again.stderr
    assert "  already known:       1" in again.stdout.splitlines()


def test_a_renamed_column_is_reported_with_the_profile(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sales = folder / "sumup.csv"
    sales.write_text(SUMUP_DE.replace("Transaktionsnummer", "Transaktions-ID"), encoding="utf-8")
    done = run("--db", url, "import", "sales", str(sales), "--profile", "sumup", cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert "sumup.csv" in done.stderr and "row 1" in done.stderr
    assert "'SumUp sales report'" in done.stderr and "'Transaktionsnummer'" in done.stderr
    assert TRACEBACK not in done.stderr


def test_a_profile_file_by_path_and_a_bad_one(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sales = folder / "till.csv"
    sales.write_text("Quando;Prodotto;Pezzi\n22/11/2026 21:00;Negroni;1\n", encoding="utf-8")
    profile = folder / "till.toml"
    profile.write_text(
        'name = "till"\ndate_order = "dmy"\n'
        '[columns]\ndatetime = "Quando"\nitem = "Prodotto"\nquantity = "Pezzi"\n',
        encoding="utf-8",
    )
    done = run("--db", url, "import", "sales", str(sales), "--profile", str(profile), cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported till.csv (till, import ")
    profile.write_text('name = "till"\n[columns]\nitem = 3\n', encoding="utf-8")
    bad = run("--db", url, "import", "sales", str(sales), "--profile", str(profile), cwd=folder)
    assert bad.returncode == 2
    assert bad.stderr == (
        "inventory-app: error: till.toml: key 'columns.item': expected a text or a list of texts\n"
    )


def test_format_is_still_taken(bar: tuple[str, Path]) -> None:
    url, folder = bar
    done = run("--db", url, "import", "sales", str(SAMPLE), "--format", "square", "--dry-run",
               cwd=folder)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "checked square_sample.csv (square)"


def test_an_undescribed_modifier_stops_then_parks(bar: tuple[str, Path]) -> None:
    url, folder = bar
    sales = folder / "square.csv"
    sales.write_text(
        "Date,Time,Item,Qty,Price Point Name,Modifiers Applied,Transaction ID,Event Type\n"
        '2026-03-06,21:00:00,Negroni,1.0,Double,"Gin Sipsmith, Oat milk",T1,Payment\n'
        "2026-03-06,21:05:00,Negroni,1.0,Regular,Gin Sipsmith,T2,Payment\n",
        encoding="utf-8",
    )
    done = run("--db", url, "import", "sales", str(sales), cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "inventory-app: error: square.csv: 1 modifier or variant nobody has described; nothing "
        'was imported: "Oat milk" (1 line); describe them (`import modifiers` or the Recipes '
        "page), or use --park-unknown\n"
    )
    parked = run("--db", url, "import", "sales", str(sales), "--park-unknown", cwd=folder)
    assert parked.returncode == 0, parked.stderr
    assert '  parked unknown:      1 ("Oat milk" 1)' in parked.stdout.splitlines()
    assert "  new sales imported:  1" in parked.stdout.splitlines()
