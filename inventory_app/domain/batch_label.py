"""What a house-prep label says, already in its language: the HACCP plan's fields.

Built by services/batches/labels.py, drawn by ui/render/batch_label_pdf.py (a 62 mm roll
label, or an A4 sheet of them); the QR code encodes `code` and nothing else, so that any
scanner reads back exactly the text the app looks up.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BatchLabel:
    code: str  # 'ORG-261208-1': printed under the QR code, and the QR code's whole content
    name: str  # the flask's name, as the catalogue has it
    made_on: str  # 'Made on 2026-12-08' / 'Preparato il 08/12/2026'
    use_by: str  # 'Use by 2026-12-11' / 'Da consumarsi entro 11/12/2026' ('' if no date)
    allergens: str  # 'Allergens: 8 Nuts' / 'Allergeni: 8 Frutta a guscio' (or 'none')
    storage: str  # 'Storage: fridge, 2-4 °C' from the item's notes ('' if none)
    made_by: str  # 'Made by giulia' / 'Preparato da giulia'
    language: str  # 'it' or 'en'

    @property
    def lines(self) -> tuple[str, ...]:
        """The text lines under the name, empty ones left out, in the order printed."""
        return tuple(
            t for t in (self.made_on, self.use_by, self.allergens, self.storage, self.made_by) if t
        )
