"""The allergen register: what the law asks a bar to have in writing, built once
(services/views/allergen_register.py) and drawn twice, as a workbook
(io/allergen_workbook.py) and as a PDF (ui/render/allergen_pdf.py).

Every text is already in the register's language and every row decided, so the two
files cannot disagree (EU Reg. 1169/2011 art. 44, D.Lgs. 231/2017).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inventory_app.domain.allergens import Allergen
from inventory_app.domain.order_document import BarDetails


@dataclass(frozen=True)
class RegisterRow:
    """One drink as served: on every channel alike, or on one ('asporto') when they differ."""

    drink: str
    served: str  # 'tutti' when every channel serves it alike, else the channel
    channel: str | None  # the stored channel, None for every one
    allergens: tuple[Allergen, ...]
    allergens_text: str  # '3 Uova, 12 Anidride solforosa e solfiti' or 'nessuno dei 14'


@dataclass(frozen=True)
class LegendLine:
    number: int
    name: str  # the Annex's long wording in the register's language


@dataclass(frozen=True)
class AllergenRegister:
    language: str
    issued: date
    issued_text: str  # 'Aggiornato al 08/12/2026'
    bar: BarDetails
    bar_lines: tuple[str, ...]
    title: str
    intro: str
    headings: tuple[str, str, str]  # drink, served, allergens
    rows: tuple[RegisterRow, ...]
    legend_heading: str
    legend: tuple[LegendLine, ...]
    notes: tuple[str, ...]
    footer: str  # with {page} and {pages} to fill
