"""The audit log: who changed what outside the ledger, recorded in the change's transaction.

An entry keeps only the fields that changed, before and after, as JSON. This is the lowest
service: catalogue, places, settings, people and recipes record through it, so it imports
none of them. Taking a change back is `services/undo/changes.py`, above them all.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventory_app.db.models import AuditEntry
from inventory_app.domain.errors import NotFoundError
from inventory_app.i18n.catalogue import tr

UNDOABLE = ("create", "update", "disable")


@dataclass(frozen=True)
class Change:
    """One audit entry as plain values, for the History page and the CLI."""

    id: int
    at: datetime
    author: str
    entity: str
    entity_id: str
    label: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    note: str
    undoes_id: int | None


_AS_IS = frozenset({str, int, bool, float, type(None)})  # exact types: an enum is not one


def plain(value: Any) -> Any:
    """JSON-ready: Decimals as text (exact), times in ISO 8601, enums by value."""
    if type(value) in _AS_IS:  # most fields; checked first (an import writes a row per item)
        return value
    if type(value) is dict:  # the entry itself; its plain, Decimal and enum fields in line
        return {
            str(k): v
            if type(v) in _AS_IS
            else _number(v)
            if type(v) is Decimal
            else v.value
            if isinstance(v, Enum)
            else plain(v)
            for k, v in value.items()
        }
    if isinstance(value, Decimal):
        return _number(value)
    if type(value) is tuple and all(type(v) is str for v in value):  # an item's barcodes
        return list(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list | frozenset | set):
        return [plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    return value


# json.dumps(..., sort_keys=True) makes an encoder per call; this is the same encoder, once.
_JSON = json.JSONEncoder(sort_keys=True)


def _number(value: Decimal) -> str:
    """One text per number: 17.9000 as stored, 17.90 as typed."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def encode(values: Mapping[str, Any] | None) -> str | None:
    return None if values is None else _JSON.encode(plain(values))


def diff(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields whose plain value changed, on both sides."""
    changed = [k for k in after if plain(before.get(k)) != plain(after[k])]
    return {k: before.get(k) for k in changed}, {k: after[k] for k in changed}


def record_change(
    session: Session,
    *,
    author: str,
    entity: str,
    entity_id: object,
    label: str,
    action: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    note: str = "",
    undoes_id: int | None = None,
) -> int:
    """Append one entry in the caller's transaction, so it stands or falls with the change."""
    entry = AuditEntry(
        author=author, entity=entity, entity_id=str(entity_id), label=label[:200],
        action=action, before=encode(before), after=encode(after), note=note,
        undoes_id=undoes_id,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry.id


def get_change(session: Session, entry_id: int) -> Change:
    entry = session.get(AuditEntry, entry_id)
    if entry is None:
        raise NotFoundError(tr("no change with id {id}").format(id=entry_id))

    return as_change(entry)


def as_change(entry: AuditEntry) -> Change:
    return Change(
        id=entry.id, at=entry.at, author=entry.author, entity=entry.entity,
        entity_id=entry.entity_id, label=entry.label, action=entry.action,
        before=json.loads(entry.before) if entry.before else None,
        after=json.loads(entry.after) if entry.after else None,
        note=entry.note, undoes_id=entry.undoes_id,
    )  # fmt: skip


def undone_by(session: Session, entry_id: int) -> int | None:
    return session.scalar(select(AuditEntry.id).where(AuditEntry.undoes_id == entry_id))
