"""Batch codes: short, unique, readable aloud and printable, e.g. 'ORG-261208-1'.

The rule: the last part of the flask's SKU (FLK-ORGEAT -> ORGEAT) cut to three letters or
digits, the local day it was made as YYMMDD, and the how-manieth batch of that prefix made
that day. Stock with no known make date (there before batches were kept, or found by a
count with no batch to hold it) reads 'ORG-OPEN-1'. The SKU, not the name, so that the
code is the same in Italian and English and never changes when the name is reworded.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventory_app.db.models import PrepBatch

# What a scanned or typed text must look like to be taken for a batch code.
CODE_PATTERN = re.compile(r"^[A-Z0-9]{1,3}-(?:\d{6}|OPEN)-\d{1,5}$")


def code_prefix(sku: str) -> str:
    """'FLK-ORGEAT' -> 'ORG'; 'lime' -> 'LIM'; a SKU of no letters -> 'B'."""
    last = sku.rsplit("-", 1)[-1]
    letters = re.sub(r"[^A-Z0-9]", "", last.upper())[:3]
    return letters or "B"


def looks_like_code(text: str) -> bool:
    return CODE_PATTERN.match(text.strip().upper()) is not None


def next_code(session: Session, sku: str, made_on: date | None) -> str:
    """The next free code for this SKU's prefix on that day (None: an opening batch)."""
    middle = "OPEN" if made_on is None else made_on.strftime("%y%m%d")
    stem = f"{code_prefix(sku)}-{middle}-"
    taken = session.scalar(
        select(func.count()).select_from(PrepBatch).where(PrepBatch.code.like(f"{stem}%"))
    )
    number = (taken or 0) + 1
    while session.scalar(select(PrepBatch.id).where(PrepBatch.code == f"{stem}{number}")):
        number += 1  # never reached unless a code was written by hand
    return f"{stem}{number}"
