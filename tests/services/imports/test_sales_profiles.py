"""Import profiles: a SumUp export in any of its languages deducts exactly what the same sales
in Square's layout deduct; a drifted export is refused, naming profile, column and value."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from inventory_app.db.engine import Database
from inventory_app.db.migrate import open_database
from inventory_app.db.models import Movement, Sale
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.services.imports.sales import SalesImportSummary, import_sales
from tests.conftest import copy_migrated
from tests.services.sales_fixtures import Bar, counts, make_bar, write

D = Decimal
AUTHOR = "owner"
# (No Dining Option: SumUp's report has none, so both take the bar's default channel.)
SQUARE = (
    "Date,Time,Item,Qty,Gross Sales,Net Sales,Transaction ID,Event Type\n"
    "2026-03-06,21:00:00,Negroni,1.0,€1234.56,€1011.93,T1,Payment\n"
    "2026-03-06,21:00:00,Shot,2.0,€10.00,€8.20,T1,Payment\n"
    "2026-03-06,21:30:00,Negroni,-1.0,-€10.00,-€8.20,T1,Refund\n"
    "2026-03-07,00:15:00,Shot,3.0,€15.00,€12.30,T2,Payment\n"
)
# The two real header lines of issue 18 (English and German accounts), our Italian one.
SUMUP_EN = (
    "Account,Date,Time,Type,Transaction ID,Receipt Number,Payment Method,Quantity,Description,"
    "Currency,Price (Gross),Price (Net),Tax,Tax rate,Transaction refunded\n"
    "bar@example.com,06.03.2026,21:00,Sale,T1,1,Card,1,Negroni,EUR,1234.56,1011.93,0,22%,\n"
    "bar@example.com,06.03.2026,21:00,Sale,T1,1,Card,2,Shot,EUR,10.00,8.20,0,22%,\n"
    "bar@example.com,06.03.2026,21:30,Refund,T1,1,Card,-1,Negroni,EUR,-10.00,-8.20,0,22%,yes\n"
    "bar@example.com,07.03.26,00:15,Sale,T2,2,Cash,3,Shot,EUR,15.00,12.30,0,22%,\n"
)
SUMUP_DE = (
    "Datum;Typ;Transaktionsnummer;Zahlungsmethode;Menge;Beschreibung;Category;Sku;Währung;"
    "Preis vor Rabatt;Rabatt;Preis (brutto);Preis (netto);Steuer;Steuersatz;Konto\n"
    '"06.03.2026, 21:00";Verkauf;T1;Karte;1;Negroni;Drinks;;EUR;1.234,56;0;1.234,56;'
    "1.011,93;0;22%;bar@example.com\n"
    '"06.03.2026, 21:00";Verkauf;T1;Karte;2;Shot;Drinks;;EUR;10,00;0;10,00;8,20;0;22%;bar\n'
    '"06.03.2026, 21:30";Rückerstattung;T1;Karte;1;Negroni;Drinks;;EUR;10,00;0;10,00;8,20;0;'
    "22%;bar\n"
    '"07.03.2026, 00:15";Verkauf;T2;Bar;3;Shot;Drinks;;EUR;15,00;0;15,00;12,30;0;22%;bar\n'
)
SUMUP_IT = (
    "Conto;Data;Ora;Tipo;ID transazione;Metodo di pagamento;Quantità;Descrizione;Valuta;"
    "Prezzo (lordo);Prezzo (netto)\n"
    "bar;06.03.2026;21:00;Vendita;T1;Carta;1;Negroni;EUR;1.234,56;1.011,93\n"
    "bar;06.03.2026;21:00;Vendita;T1;Carta;2;Shot;EUR;10,00;8,20\n"
    "bar;06.03.2026;21:30;Rimborso;T1;Carta;-1;Negroni;EUR;-10,00;-8,20\n"
    "bar;07.03.2026;00:15;Vendita;T2;Contanti;3;Shot;EUR;15,00;12,30\n"
)


@pytest.fixture
def bar(db: Database) -> Bar:
    with db.transaction() as s:
        return make_bar(s)


def run(db: Database, path: Path, **options: object) -> SalesImportSummary:
    with db.transaction() as s:
        return import_sales(s, path, author=AUTHOR, **options)  # type: ignore[arg-type]


def ledger(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The sales and movements written, without ids, authors' clocks or line keys."""
    with db.transaction() as s:
        sales = s.execute(
            select(
                Sale.at, Sale.recipe_name, Sale.quantity, Sale.channel, Sale.kind,
                Sale.gross_amount, Sale.net_amount,
            ).order_by(Sale.id)
        ).all()  # fmt: skip
        moves = s.execute(
            select(
                Movement.at, Movement.item_id, Movement.delta, Movement.reason, Movement.reference
            )
            .where(Movement.reason == "sale")
            .order_by(Movement.id)
        ).all()
        return [tuple(r) for r in sales], [tuple(r) for r in moves]


@pytest.mark.parametrize(
    "text", [SUMUP_EN, SUMUP_DE, SUMUP_IT], ids=["english", "german", "italian"]
)
def test_a_sumup_export_imports_exactly_like_the_same_sales_in_squares_layout(
    tmp_path: Path, migrated_template: Path, text: str
) -> None:
    results = []
    for name, content in (("square.csv", SQUARE), ("sumup.csv", text)):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        copy_migrated(migrated_template, url)
        database = open_database(url)
        with database.transaction() as s:
            make_bar(s)
        done = run(database, write(tmp_path / name, content))
        results.append((done, ledger(database)))
        database.dispose()
    (square, square_ledger), (sumup, sumup_ledger) = results
    assert (square.format, sumup.format) == ("square", "sumup")
    assert (sumup.lines, sumup.imported, sumup.refunds, sumup.drinks, sumup.movements) == (
        square.lines, square.imported, square.refunds, square.drinks, square.movements,
    )  # fmt: skip
    assert sumup.movements > 0
    assert sumup_ledger == square_ledger


def test_a_sumup_export_imported_twice_deducts_once(db: Database, bar: Bar, tmp_path: Path) -> None:
    path = write(tmp_path / "sumup.csv", SUMUP_DE)
    first = run(db, path, fmt="sumup")
    second = run(db, path)
    assert (first.imported, first.refunds) == (4, 1)
    assert (second.imported, second.already_known) == (0, 4)
    with db.transaction() as s:
        assert counts(s)[0] == 4
        keys = s.scalars(select(Sale.line_key).order_by(Sale.id)).all()
        assert keys == ["sumup:T1#1", "sumup:T1#2", "sumup:T1#refund-1", "sumup:T2#1"]


def refused(db: Database, path: Path, **options: object) -> InputError:
    with db.transaction() as s:
        before = counts(s)
    with pytest.raises(InputError) as caught:
        run(db, path, **options)
    with db.transaction() as s:
        assert counts(s) == before, "a refused import changed the database"
    return caught.value


def test_a_renamed_column_is_reported_not_misread(db: Database, bar: Bar, tmp_path: Path) -> None:
    """SumUp renames Beschreibung: auto names the profile and the missing column."""
    text = SUMUP_DE.replace("Beschreibung", "Artikel", 1)
    error = refused(db, write(tmp_path / "sumup.csv", text))
    assert isinstance(error, ImportErrors)
    [problem] = error.errors
    assert problem.row == 1
    assert "'SumUp sales report'" in problem.detail
    assert "'Description', 'Beschreibung' or 'Descrizione'" in problem.detail
    assert "'Artikel'" in problem.detail


def test_a_renamed_type_column_is_not_read_as_all_sales(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    """Without its Type column a refund would read as a sale: the profile requires it."""
    text = SUMUP_EN.replace(",Type,", ",Kind,", 1)
    error = refused(db, write(tmp_path / "sumup.csv", text), fmt="sumup")
    assert isinstance(error, ImportErrors)
    assert "'Type', 'Typ' or 'Tipo'" in error.errors[0].detail


def test_a_new_refund_word_stops_the_import_naming_row_column_and_word(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    text = SUMUP_DE.replace("Rückerstattung", "Erstattet", 1)
    error = refused(db, write(tmp_path / "sumup.csv", text))
    assert isinstance(error, ImportErrors)
    [problem] = error.errors
    assert (problem.row, problem.column) == (4, "Typ")
    assert "'SumUp sales report'" in problem.detail and "'Erstattet'" in problem.detail


def test_a_date_in_another_order_is_refused_not_turned_around(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    text = SUMUP_EN.replace("07.03.26", "2026-03-07", 1)
    error = refused(db, write(tmp_path / "sumup.csv", text))
    assert isinstance(error, ImportErrors)
    [problem] = error.errors
    assert (problem.row, problem.column) == (5, "Date")
    assert "'2026-03-07'" in problem.detail and "'SumUp sales report'" in problem.detail


def test_the_owners_profile_beside_the_database_is_picked_by_auto(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    if not db.url.startswith("sqlite:///"):
        pytest.skip("a server database has no folder beside it: its profiles are named by path")
    folder = Path(db.url.removeprefix("sqlite:///")).resolve().parent / "sales-profiles"
    folder.mkdir()
    (folder / "cassa.toml").write_text(
        'name = "cassa"\ntitle = "Cassa del bar"\ndecimal = "comma"\ndate_order = "dmy"\n'
        'required = ["date", "item", "quantity", "line_type"]\n'
        '[columns]\ndate = "Data e ora"\nitem = "Prodotto"\nquantity = "Qtà"\n'
        'line_type = "Movimento"\nchannel = "Modalità"\n'
        '[line_types]\nsale = "Vendita"\nrefund = "Reso"\nvoid = "Annullato"\n',
        encoding="utf-8",
    )
    path = write(
        tmp_path / "cassa.csv",
        "Data e ora;Prodotto;Qtà;Movimento;Modalità;Reparto\n"
        "06/03/2026 21:00;Negroni;1;Vendita;Asporto;Bar\n"
        "06/03/2026 21:05;Shot;2;Annullato;Al tavolo;Bar\n"
        "06/03/2026 21:10;Negroni;1;Reso;Al tavolo;Bar\n",
    )
    done = run(db, path)
    assert (done.format, done.lines, done.imported, done.refunds) == ("cassa", 2, 2, 1)
    with db.transaction() as s:
        assert s.scalars(select(Sale.channel).order_by(Sale.id)).all() == [
            "takeaway", "speakeasy",
        ]  # fmt: skip


def test_a_bad_profile_file_names_the_file_and_the_key(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    profile = write(
        tmp_path / "till.toml",
        'name = "till"\ndate_order = "ymd"\n[columns]\ndate = "D"\nitem = "I"\nquantity = "Q"\n',
    )
    error = refused(db, write(tmp_path / "s.csv", "D,I,Q\n"), fmt=str(profile))
    assert error.file == "till.toml"
    assert "'date_order'" in error.detail and "'dmy'" in error.detail


def test_an_unknown_profile_name_lists_the_profiles(db: Database, bar: Bar, tmp_path: Path) -> None:
    error = refused(db, write(tmp_path / "s.csv", SQUARE), fmt="zettle")
    assert "'zettle'" in error.detail and "auto, square, sumup, loyverse, generic" in error.detail


@pytest.mark.usefixtures("italian")
def test_in_italian_the_drift_is_named_in_italian(db: Database, bar: Bar, tmp_path: Path) -> None:
    text = SUMUP_IT.replace("Rimborso", "Storno", 1)
    error = refused(db, write(tmp_path / "sumup.csv", text))
    assert isinstance(error, ImportErrors)
    [problem] = error.errors
    assert (problem.row, problem.column) == (4, "Tipo")
    assert problem.detail.startswith(
        "il profilo 'Report vendite di SumUp' non conosce il tipo di riga 'Storno'"
    )


def test_a_server_database_takes_a_profile_by_path(db: Database, bar: Bar, tmp_path: Path) -> None:
    profile = write(
        tmp_path / "till.toml",
        'name = "till"\ndate_order = "dmy"\n'
        '[columns]\ndatetime = "Quando"\nitem = "Prodotto"\nquantity = "Pezzi"\n',
    )
    path = write(tmp_path / "till.csv", "Quando,Prodotto,Pezzi\n06/03/2026 21:00,Shot,2\n")
    done = run(db, path, fmt=str(profile))
    assert (done.format, done.imported, done.drinks) == ("till", 1, D(2))


@pytest.mark.usefixtures("italian")
def test_in_italian_a_missing_column_names_its_field_in_italian(
    db: Database, bar: Bar, tmp_path: Path
) -> None:
    """The field is named from the one table of labels, never by its key (`quantity`)."""
    text = SUMUP_IT.replace("Quantità", "Pezzi", 1)
    error = refused(db, write(tmp_path / "sumup.csv", text))
    assert isinstance(error, ImportErrors)
    [problem] = error.errors
    assert "per il campo quantità;" in problem.detail
    assert "'Quantity', 'Menge' o 'Quantità'" in problem.detail
    assert "quantity" not in problem.detail.replace("'Quantity'", "")


@pytest.mark.parametrize(
    ("encoding", "imported"), [("auto", True), ("cp1252", True), ("utf-8", False)]
)
def test_a_profiles_own_encoding_wins_over_the_guess(
    db: Database, bar: Bar, tmp_path: Path, encoding: str, imported: bool
) -> None:
    """A Windows-1252 file (a 'ü' in a column name): auto and cp1252 read it, a profile
    that says UTF-8 is taken at its word and refuses it."""
    profile = write(
        tmp_path / "till.toml",
        f'name = "till"\nencoding = "{encoding}"\ndate_order = "dmy"\n'
        '[columns]\ndatetime = "Uhrzeit für"\nitem = "Getränk"\nquantity = "Stück"\n',
    )
    path = tmp_path / "till.csv"
    path.write_bytes("Uhrzeit für;Getränk;Stück\n06/03/2026 21:00;Shot;2\n".encode("cp1252"))
    if imported:
        done = run(db, path, fmt=str(profile))
        assert (done.imported, done.drinks, done.encoding) == (1, D(2), "cp1252")
    else:
        error = refused(db, path, fmt=str(profile))
        assert "expected UTF-8 text, got a byte 0xfc" in str(error)
