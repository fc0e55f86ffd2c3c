"""What the core says in Italian: its refusals with their values filled in, written with
Italian numbers, and pieces shown and typed as 'pz' (issue 17).

The English wording of each refusal is held by the test of its module; here, the same
refusal reaches a person in Italian, placeholders filled, numbers with a decimal comma.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D

import pytest

from inventory_app.domain import display
from inventory_app.domain.adjustments import check_adjustment
from inventory_app.domain.bottle_states import BottleState, Opening, next_state, state_before
from inventory_app.domain.catalogue import ItemKind, Reason
from inventory_app.domain.counting import Band, Entry, Scale, counted_quantity, parse_entry
from inventory_app.domain.credentials import secret_kind
from inventory_app.domain.errors import ImportErrors, InputError, changed_elsewhere
from inventory_app.domain.item_rules import ItemSpec, item_problems, parse_item_number
from inventory_app.domain.levels import Status
from inventory_app.domain.money import parse_money
from inventory_app.domain.numbers import read_decimal
from inventory_app.domain.ordering import check_delivered, order_weekdays, parse_containers
from inventory_app.domain.permissions import Action, Role, refusal
from inventory_app.domain.recipes import Channel, RecipeKind, check_batches, parse_yield
from inventory_app.domain.units import (
    BaseUnit,
    Unit,
    check_stock,
    format_quantity,
    parse_quantity,
    parse_unit,
    to_base,
)

pytestmark = pytest.mark.usefixtures("italian")

GIN = Scale("Gin Mare", BaseUnit.ML, D(700), tare_g=D(520), full_g=D(1180))
CUPS = Scale("Bicchieri asporto", BaseUnit.PCS, D(1))


def _bottle_spec(**fields: object) -> ItemSpec:
    return ItemSpec(sku="GIN-1", name="Gin Mare", **fields)  # type: ignore[arg-type]


ERRORS: list[tuple[str, Callable[[], object], str]] = [
    # numbers: the example in the wording is written as an Italian writes it
    ("a price", lambda: parse_money("abc"), "serve un prezzo come 12,50, non 'abc'"),
    ("a negative price", lambda: parse_money("-3"), "serve un prezzo di zero o più, non '-3'"),
    (
        "one thousand or one",
        lambda: parse_money("1,000"),
        "serve un prezzo come 12,50, non '1,000': può voler dire 1000 (',' separa le migliaia) "
        "o 1,0 (',' come separatore decimale); scrivi 1000 o 1,0",
    ),
    (
        "underscores",
        lambda: read_decimal("1_000", what="a number"),
        "serve un numero, non '1_000': '_' non vale come separatore delle cifre; "
        "scrivi solo le cifre, come 1000",
    ),
    (
        "a space",
        lambda: read_decimal("1 000", what="a number"),
        "serve un numero, non '1 000': uno spazio dentro un numero non si legge (potrebbe "
        "separare due numeri); scrivi 1000 o 1234,56",
    ),
    (
        "an exponent",
        lambda: read_decimal("1E3", what="a number"),
        "serve un numero, non '1E3': scrivi il numero per intero, senza esponente (1000, non 1E3)",
    ),
    (
        "other digits",
        lambda: read_decimal("١٢", what="a number"),
        "serve un numero, non '١٢': '١' (arabic-indic digit one) non è una delle cifre 0-9; "
        "scrivi il numero con 0-9",
    ),
    (
        "the other decimal mark",
        lambda: read_decimal("12.5", what="a number", mark=","),
        "serve un numero, non '12.5': qui il separatore decimale è ','",
    ),
    (
        "groups out of place",
        lambda: read_decimal("1.23.4", what="a number"),
        "serve un numero, non '1.23.4': un numero ha un solo separatore decimale (. o ,) e il "
        "separatore delle migliaia solo a gruppi di tre accanto a esso, come in 1.234,56 o "
        "1,234.56",
    ),
    (
        "too large",
        lambda: parse_containers("1000000000"),
        "serve un numero di contenitori come 6, non '1000000000': troppo grande "
        "(al massimo 999999999)",
    ),
    (
        "a quantity too large to keep",
        lambda: check_stock(D("1000000000000.5")),
        "1000000000000,5 è una quantità troppo grande da tenere (al massimo 999999999999 "
        "nell'unità dell'articolo)",
    ),
    # units
    (
        "an unknown unit",
        lambda: parse_unit("bicchiere"),
        "unità 'bicchiere' sconosciuta; usa una tra ml, cl, oz, dash, barspoon, drop, g, pcs",
    ),
    (
        "a quantity without its unit",
        lambda: parse_quantity("2"),
        "alla quantità '2' serve un'unità (ml, cl, oz, dash, barspoon, drop, g, pz)",
    ),
    (
        "no quantity at all",
        lambda: parse_quantity("tanto"),
        "serve una quantità con la sua unità come -40ml o +2pz, non 'tanto'",
    ),
    (
        "pieces into millilitres",
        lambda: to_base(D(2), Unit.PCS, BaseUnit.ML),
        "non si può convertire pz in ml: l'articolo è tenuto in ml",
    ),
    # recipes
    (
        "a yield",
        lambda: parse_yield("molto"),
        "serve una resa come 1000, nell'unità dell'articolo, non 'molto'",
    ),
    (
        "no batches",
        lambda: check_batches(D("-0.5")),
        "colonna 'batches': servono lotti sopra zero, non -0,5",
    ),
    # item rules
    (
        "a whole number",
        lambda: parse_item_number("pack_size", "1,5"),
        "serve un numero intero come 6, non '1,5'",
    ),
    (
        "a density",
        lambda: parse_item_number("density", "x"),
        "serve una densità in g/ml come 0,94, non 'x'",
    ),
    # counting
    (
        "tenths out of range",
        lambda: counted_quantity(Entry(tenths=D("12.5")), GIN),
        "colonna 'tenths': servono decimi da 0 a 10, non 12,5",
    ),
    (
        "below the empty weight",
        lambda: counted_quantity(Entry(weight_g=D("480.5")), GIN),
        "colonna 'weight_g': 480,5 g è sotto il peso a vuoto di 520 g di Gin Mare: "
        "ripesa o inserisci i decimi",
    ),
    (
        "above the full weight",
        lambda: counted_quantity(Entry(weight_g=D(1380)), GIN),
        "colonna 'weight_g': 1.380 g è sopra il peso pieno di 1.180 g di Gin Mare: "
        "ripesa o inserisci i decimi",
    ),
    (
        "part of a full container",
        lambda: counted_quantity(Entry(full=D("1.5")), GIN),
        "colonna 'full': serve un numero intero di contenitori pieni, non 1,5 (inserisci "
        "quello aperto in decimi o come peso)",
    ),
    (
        "tenths of pieces",
        lambda: counted_quantity(Entry(tenths=D(3)), CUPS),
        "colonna 'tenths': Bicchieri asporto si conta a pezzi: inseriscili come pieni o come "
        "quantità",
    ),
    (
        "nothing counted",
        lambda: counted_quantity(Entry(), GIN),
        "colonna 'full': niente inserito per Gin Mare",
    ),
    (
        "a count field",
        lambda: parse_entry("weight_g", "pesante"),
        "serve un peso in grammi come 905, non 'pesante'",
    ),
    # ordering
    (
        "an order day",
        lambda: order_weekdays("lun, domenica, festa"),
        "colonna 'order_days': 'festa' non è un giorno della settimana come lun",
    ),
    (
        "a negative delivered cost",
        lambda: check_delivered("GIN-1", D("-2.5"), "cost"),
        "colonna 'cost': GIN-1: un costo è zero o più, non -2,5",
    ),
    # adjustments: the reason's label, quantities with a comma
    (
        "waste beyond what is there",
        lambda: check_adjustment(
            Reason.WASTE, D(-2000), on_hand=D("1000.5"), size=D(700), unit=BaseUnit.ML
        ),
        "colonna 'by': scarto di 2000 ml: è più della giacenza di 1000,5 ml più un contenitore "
        "(700 ml); se la giacenza è sbagliata, fai la conta (o il titolare registra una rettifica)",
    ),
    (
        "a correction beyond a thousand containers",
        lambda: check_adjustment(
            Reason.CORRECTION, D(2000), on_hand=D(0), size=D("1.5"), unit=BaseUnit.PCS
        ),
        "colonna 'by': rettifica di 2000 pz: è più di 1000 contenitori da 1,5 pz (1500 pz); "
        "controlla la quantità e l'unità",
    ),
    # bottles
    (
        "open twice",
        lambda: next_state(BottleState.OPEN, Opening.OPEN, name="Port Ellen #12"),
        "Port Ellen #12 è già aperta",
    ),
    (
        "finish a sealed bottle",
        lambda: next_state(BottleState.SEALED, Opening.EMPTY, name="Port Ellen #12"),
        "Port Ellen #12 è ancora sigillata: aprila prima di segnarla come finita",
    ),
    (
        "undo an opening of a finished bottle",
        lambda: state_before(BottleState.EMPTY, Opening.OPEN, name="Port Ellen #12"),
        "Port Ellen #12 ora è finita: prima annulla quello che è successo dopo averla aperta",
    ),
    # people
    (
        "a short PIN",
        lambda: secret_kind("12"),
        "un PIN ha da 4 a 8 cifre, non 2",
    ),
]


@pytest.mark.parametrize(("call", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS])
def test_a_refusal_reads_in_italian_with_its_values_filled(
    call: Callable[[], object], message: str
) -> None:
    with pytest.raises(InputError) as caught:
        call()
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("spec", "column", "message"),
    [
        (_bottle_spec(size=D(0)), "size", "serve un formato sopra zero, non 0"),
        (_bottle_spec(cost=D("-1.5")), "cost", "serve zero o più, non -1,5"),
        (
            _bottle_spec(par=D(2), reorder_at=D("2.5")),
            "reorder_at",
            "il punto di riordino (2,5) è sopra la scorta ideale (2)",
        ),
        (
            _bottle_spec(tare_g=D(520), full_g=D("510.5")),
            "full_g",
            "il peso pieno (510,5 g) deve essere sopra quello a vuoto (520 g)",
        ),
        (
            _bottle_spec(category="x" * 81),
            "category",
            "una categoria ha al massimo 80 caratteri, non 81",
        ),
        (
            _bottle_spec(barcodes=("800 123",)),
            "barcode",
            "un codice a barre è una parola sola senza spazi, non '800 123'",
        ),
        (
            ItemSpec(sku="GIN 1", name=" "),
            "sku",
            "uno SKU è una parola sola di al massimo 64 caratteri, senza spazi",
        ),
    ],
)
def test_an_items_problems_read_in_italian(spec: ItemSpec, column: str, message: str) -> None:
    problems = {p.column: p.detail for p in item_problems(spec)}
    assert problems[column] == message


def test_a_refused_person_reads_the_role_and_the_action_in_italian() -> None:
    assert refusal("giulia", Role.BARTENDER, Action.EDIT_COSTS) == (
        "Solo il titolare può cambiare i costi (sei entrato come giulia, barista)."
    )


def test_where_an_import_went_wrong_and_how_much_reads_in_italian() -> None:
    errors = [InputError("serve un numero", row=3, column="cost") for _ in range(27)]
    report = str(ImportErrors("catalogue.csv", errors))
    assert report.startswith("catalogue.csv: 27 problemi; non è stato importato nulla:\n")
    assert "\n  riga 3, colonna 'cost': serve un numero\n" in report
    assert report.endswith("\n  ... e altri 2")
    one = str(ImportErrors("catalogue.csv", errors[:1]))
    assert one.startswith("catalogue.csv: 1 problema; non è stato importato nulla:")


def test_a_lost_race_reads_in_italian() -> None:
    assert str(changed_elsewhere("Negroni")) == (
        "Qualcun altro ha modificato Negroni nel frattempo; riapri per vedere la sua modifica"
    )


@pytest.mark.parametrize(
    ("label", "word"),
    [
        (lambda: Role.OWNER.label, "titolare"),
        (lambda: Reason.BREAKAGE.label, "rottura"),
        (lambda: Reason.COMP.label, "omaggio"),
        (lambda: ItemKind.FLASK.label, "flacone"),
        (lambda: BottleState.SEALED.label, "sigillata"),
        (lambda: Status.LOW.label, "sottoscorta"),
        (lambda: Status.OUT.label, "esaurito"),
        (lambda: Band.LEAK.label, "perdita"),
        (lambda: RecipeKind.PREP.label, "preparazione"),
        (lambda: Channel.TAKEAWAY.label, "asporto"),
        (lambda: display.ContainerStyle.DECIMAL.label, "decimali (1,4)"),
        (lambda: display.ContainerStyle.TENTHS.label, "decimi (1 + 4/10)"),
    ],
)
def test_stored_words_are_shown_by_their_italian_label(label: Callable[[], str], word: str) -> None:
    assert label() == word


# --- pieces: 'pz' shown, 'pz' typed, 'pcs' still typed and stored --------------------------


@pytest.mark.parametrize(
    ("value", "unit", "signed", "text"),
    [
        (D(24), "pcs", False, "24 pz"),
        (D("1.5"), "pcs", False, "1,5 pz"),
        (D("23.825"), "pcs", True, "+24 pz"),
        (D(1360), "pcs", False, "1.360 pz"),
        (D("22.5"), "ml", True, "+22,5 ml"),
        (D(1360), "g", False, "1.360 g"),
    ],
)
def test_a_shown_quantity_writes_pieces_as_pz(value: D, unit: str, signed: bool, text: str) -> None:
    assert display.quantity_text(value, unit, signed=signed) == text


def test_a_quantity_in_a_message_writes_pz_and_a_decimal_comma() -> None:
    assert format_quantity(D("-2.5"), BaseUnit.PCS) == "-2,5 pz"
    assert format_quantity(D("22.5"), Unit.ML) == "22,5 ml"
    assert (
        display.containers_with_base(
            D("1.4"), D(980), "ml", display.ContainerStyle.DECIMAL, label="bt"
        )
        == "1,4 bt (980 ml)"
    )


@pytest.mark.parametrize(
    ("typed", "amount", "unit"),
    [
        ("+2pz", D(2), Unit.PCS),
        ("-3 pz", D(-3), Unit.PCS),
        ("2 PZ", D(2), Unit.PCS),
        ("1,5 pezzi", D("1.5"), Unit.PCS),
        ("+2pcs", D(2), Unit.PCS),  # the token of every file and command stays
        ("4 cl", D(4), Unit.CL),
        ("22,5ml", D("22.5"), Unit.ML),
    ],
)
def test_pieces_are_typed_as_pz_or_pcs(typed: str, amount: D, unit: Unit) -> None:
    assert parse_quantity(typed) == (amount, unit)
    assert parse_quantity(typed)[1].value in ("pcs", "cl", "ml")  # what is stored


def test_what_a_window_shows_reads_back_as_it_was() -> None:
    shown = display.quantity_text(D("1.5"), "pcs", grouped=False)
    assert shown == "1,5 pz"
    assert parse_quantity(shown) == (D("1.5"), Unit.PCS)
    assert parse_unit("pz") is Unit.PCS


def test_a_suppliers_order_days_may_be_written_in_italian() -> None:
    assert order_weekdays("lun, gio") == order_weekdays("Mon, Thu") == frozenset({0, 3})
    assert order_weekdays("martedì; sabato") == frozenset({1, 5})
