"""Where a supplier's order documents go and what they are called: one folder per month,
a file name the supplier and the owner both recognise, never one written over another.

Pure rules (no disk writes): services/ordering/order_export.py asks them, then writes.
A name is safe on Windows too, since the bar's folder may be shared with a Windows PC.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

# Windows refuses these names whatever their suffix ('CON.pdf'), and these characters.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
)
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
NAME_MAX = 120  # characters of a stem: well inside Windows' 260 for the whole path


def safe_name(text: str) -> str:
    """`text` as a file name's stem on any system: unsafe characters become '-', runs of
    spaces one space, no trailing dot or space (Windows drops them), no reserved name."""
    stem = " ".join(_UNSAFE.sub("-", text).split())[:NAME_MAX].rstrip(". ")
    if not stem:
        return "-"
    if stem.split(".")[0].upper() in _RESERVED:
        return f"{stem}-"
    return stem


def month_folder(root: Path, day: date) -> Path:
    """The month's folder under the documents folder: '2026-12'."""
    return root / f"{day.year:04d}-{day.month:02d}"


def document_stem(*, number: str, supplier: str, day: date, draft_word: str) -> str:
    """'2026-0042 Rossi Distribuzione' for a numbered order; a draft or the proposal, which
    have no number yet, 'bozza 2026-12-08 Rossi Distribuzione' (`draft_word` in the
    supplier's language)."""
    first = number if number else f"{draft_word} {day.isoformat()}"
    return safe_name(f"{first} {supplier}")


def free_stem(folder: Path, stem: str, suffixes: Sequence[str]) -> str:
    """`stem`, or 'stem (2)', 'stem (3)'…: the first under which no file of any of the
    `suffixes` exists, so a PDF and its workbook keep one name and nothing is overwritten."""
    candidate, count = stem, 1
    while any((folder / f"{candidate}{suffix}").exists() for suffix in suffixes):
        count += 1
        candidate = f"{stem} ({count})"
    return candidate
