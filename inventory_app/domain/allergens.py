"""The 14 allergens of Annex II of Regulation (EU) No 1169/2011, numbered as the trade numbers them.

One table: a stable code (what the database keeps), the number 1-14 (what menus and
registers print), and each allergen's name in the regulation's own Italian and English
wording, short (a checkbox, a list) and long (the register's legend). The names are the
regulation's, not translations of ours: they are data, picked by language, never tr().

Sulphites count only above 10 mg/kg or 10 mg/l as total SO2 (Annex II, 12): an item
carries them when the owner flags it (wine, vermouth, prosecco); nothing is inferred.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.domain.numbers import shown
from inventory_app.i18n.catalogue import NC_, tr, trc

SEPARATOR = "|"  # between allergens in a catalogue cell and in the stored text


class Allergen(StrEnum):
    """The stored code of each allergen; the order is the regulation's (1-14)."""

    GLUTEN = "gluten"
    CRUSTACEANS = "crustaceans"
    EGGS = "eggs"
    FISH = "fish"
    PEANUTS = "peanuts"
    SOYBEANS = "soybeans"
    MILK = "milk"
    NUTS = "nuts"
    CELERY = "celery"
    MUSTARD = "mustard"
    SESAME = "sesame"
    SULPHITES = "sulphites"
    LUPIN = "lupin"
    MOLLUSCS = "molluscs"

    @property
    def number(self) -> int:
        """1-14, as Annex II numbers it."""
        return ANNEX_II[self].number

    @property
    def label(self) -> str:
        """The short name in the language shown now, through the catalogue (the window's
        walk under the pseudo language sees it wrapped); its Italian is the regulation's,
        which tests/domain/test_allergens.py holds equal to name_in('it')."""
        return trc("allergen", _LABELS[self])

    def name_in(self, language: str, *, long: bool = False) -> str:
        """The regulation's wording in 'it' or 'en' (any other language reads English)."""
        names = ANNEX_II[self]
        if language == "it":
            return names.long_it if long else names.short_it
        return names.long_en if long else names.short_en


@dataclass(frozen=True)
class AllergenNames:
    number: int
    short_it: str
    long_it: str
    short_en: str
    long_en: str
    also: tuple[str, ...] = ()  # other words a catalogue cell may use


ANNEX_II: dict[Allergen, AllergenNames] = {
    Allergen.GLUTEN: AllergenNames(
        1, "Glutine",
        "Cereali contenenti glutine, cioè: grano (farro e grano khorasan), segale, orzo, "
        "avena o i loro ceppi ibridati e prodotti derivati",
        "Gluten",
        "Cereals containing gluten, namely: wheat (such as spelt and khorasan wheat), rye, "
        "barley, oats or their hybridised strains, and products thereof",
        ("cereali contenenti glutine", "cereals containing gluten", "cereali", "cereals"),
    ),
    Allergen.CRUSTACEANS: AllergenNames(
        2, "Crostacei", "Crostacei e prodotti a base di crostacei",
        "Crustaceans", "Crustaceans and products thereof", ("crostaceo", "crustacean"),
    ),
    Allergen.EGGS: AllergenNames(
        3, "Uova", "Uova e prodotti a base di uova",
        "Eggs", "Eggs and products thereof", ("uovo", "egg"),
    ),
    Allergen.FISH: AllergenNames(
        4, "Pesce", "Pesce e prodotti a base di pesce", "Fish", "Fish and products thereof",
    ),
    Allergen.PEANUTS: AllergenNames(
        5, "Arachidi", "Arachidi e prodotti a base di arachidi",
        "Peanuts", "Peanuts and products thereof", ("arachide", "peanut"),
    ),
    Allergen.SOYBEANS: AllergenNames(
        6, "Soia", "Soia e prodotti a base di soia",
        "Soybeans", "Soybeans and products thereof", ("soy", "soya", "soybean"),
    ),
    Allergen.MILK: AllergenNames(
        7, "Latte", "Latte e prodotti a base di latte (incluso lattosio)",
        "Milk", "Milk and products thereof (including lactose)", ("lattosio", "lactose"),
    ),
    Allergen.NUTS: AllergenNames(
        8, "Frutta a guscio",
        "Frutta a guscio, vale a dire: mandorle, nocciole, noci, noci di acagiù, noci di "
        "pecan, noci del Brasile, pistacchi, noci macadamia o noci del Queensland, e i loro "
        "prodotti",
        "Nuts",
        "Nuts, namely: almonds, hazelnuts, walnuts, cashews, pecan nuts, Brazil nuts, "
        "pistachio nuts, macadamia or Queensland nuts, and products thereof",
        ("tree nuts", "nut", "frutta secca"),
    ),
    Allergen.CELERY: AllergenNames(
        9, "Sedano", "Sedano e prodotti a base di sedano",
        "Celery", "Celery and products thereof",
    ),
    Allergen.MUSTARD: AllergenNames(
        10, "Senape", "Senape e prodotti a base di senape",
        "Mustard", "Mustard and products thereof",
    ),
    Allergen.SESAME: AllergenNames(
        11, "Semi di sesamo", "Semi di sesamo e prodotti a base di semi di sesamo",
        "Sesame seeds", "Sesame seeds and products thereof", ("sesamo", "sesame"),
    ),
    Allergen.SULPHITES: AllergenNames(
        12, "Anidride solforosa e solfiti",
        "Anidride solforosa e solfiti in concentrazioni superiori a 10 mg/kg o 10 mg/litro "
        "in termini di SO2 totale",
        "Sulphur dioxide and sulphites",
        "Sulphur dioxide and sulphites at concentrations of more than 10 mg/kg or "
        "10 mg/litre in terms of the total SO2",
        ("solfiti", "anidride solforosa", "sulphites", "sulfites", "sulphur dioxide",
         "sulfur dioxide", "so2"),
    ),
    Allergen.LUPIN: AllergenNames(
        13, "Lupini", "Lupini e prodotti a base di lupini",
        "Lupin", "Lupin and products thereof", ("lupino", "lupins"),
    ),
    Allergen.MOLLUSCS: AllergenNames(
        14, "Molluschi", "Molluschi e prodotti a base di molluschi",
        "Molluscs", "Molluscs and products thereof", ("mollusco", "mollusc", "mollusks"),
    ),
}  # fmt: skip


_LABELS = {
    Allergen.GLUTEN: NC_("allergen", "Gluten"),
    Allergen.CRUSTACEANS: NC_("allergen", "Crustaceans"),
    Allergen.EGGS: NC_("allergen", "Eggs"),
    Allergen.FISH: NC_("allergen", "Fish"),
    Allergen.PEANUTS: NC_("allergen", "Peanuts"),
    Allergen.SOYBEANS: NC_("allergen", "Soybeans"),
    Allergen.MILK: NC_("allergen", "Milk"),
    Allergen.NUTS: NC_("allergen", "Nuts"),
    Allergen.CELERY: NC_("allergen", "Celery"),
    Allergen.MUSTARD: NC_("allergen", "Mustard"),
    Allergen.SESAME: NC_("allergen", "Sesame seeds"),
    Allergen.SULPHITES: NC_("allergen", "Sulphur dioxide and sulphites"),
    Allergen.LUPIN: NC_("allergen", "Lupin"),
    Allergen.MOLLUSCS: NC_("allergen", "Molluscs"),
}


def _folded(text: str) -> str:
    """Case, accents, dashes and repeated blanks do not matter when a cell is read."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace("_", " ").split())


def _words() -> dict[str, Allergen]:
    words: dict[str, Allergen] = {}
    for allergen, names in ANNEX_II.items():
        for word in (allergen.value, str(names.number), names.short_it, names.long_it,
                     names.short_en, names.long_en, *names.also):  # fmt: skip
            words[_folded(word)] = allergen
    return words


_BY_WORD = _words()


def ordered(allergens: Iterable[Allergen]) -> tuple[Allergen, ...]:
    """Each allergen once, in the regulation's order."""
    return tuple(sorted(set(allergens), key=lambda a: a.number))


def parse_allergens(text: str) -> tuple[Allergen, ...]:
    """A cell such as 'uova|latte', '3|7' or 'Eggs | Milk'; InputError names a bad token."""
    found: list[Allergen] = []
    for token in text.split(SEPARATOR):
        if not token.strip():
            continue
        allergen = _BY_WORD.get(_folded(token))
        if allergen is None:
            raise InputError(
                tr(
                    "{token} is none of the 14 allergens: give their names or numbers 1-14 "
                    "separated by |, such as uova|latte or 3|7"
                ).format(token=shown(token.strip()))
            )
        found.append(allergen)
    return ordered(found)


def allergen_codes(allergens: Iterable[Allergen]) -> str:
    """The stored form: codes in the regulation's order, 'eggs|milk' ('' for none)."""
    return SEPARATOR.join(a.value for a in ordered(allergens))


def stored_allergens(text: str | None) -> tuple[Allergen, ...]:
    """What allergen_codes() stored, read back."""
    return ordered(Allergen(code) for code in (text or "").split(SEPARATOR) if code)


def numbered(allergens: Iterable[Allergen], language: str) -> str:
    """'3 Uova, 12 Anidride solforosa e solfiti': how lists and registers print them."""
    return ", ".join(f"{a.number} {a.name_in(language)}" for a in ordered(allergens))


def labelled(allergens: Iterable[Allergen]) -> str:
    """numbered() in the language shown now, through the catalogue (the window's lists)."""
    return ", ".join(f"{a.number} {a.label}" for a in ordered(allergens))
