"""The bar's logo, kept in the database beside its other details so every terminal (and a
PostgreSQL server, which has no folder beside it) prints the same one.

Stored as a setting row `bar_logo` ('png;base64,…'), never listed with the plain settings;
a change is the owner's and is in History by its kind, size and fingerprint (not its
bytes). A logo that can no longer be read is treated as none: an order always prints.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from inventory_app.db.models import Setting
from inventory_app.domain.errors import InputError
from inventory_app.domain.order_document import Logo
from inventory_app.domain.permissions import Action
from inventory_app.i18n.catalogue import tr
from inventory_app.services.audit_log.entries import record_change
from inventory_app.services.people.permissions import require

LOGO_SETTING = "bar_logo"
LOGO_MAX_BYTES = 512 * 1024  # a letterhead logo; a photograph is refused with its size
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"))


def logo_kind(data: bytes) -> str:
    """'png', 'jpeg' or 'svg' by the file's own first bytes; anything else is refused."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in head:
        return "svg"
    raise InputError(tr("a logo is a PNG, JPEG or SVG image"))


def set_bar_logo(session: Session, data: bytes, *, author: str) -> Logo:
    """Keep `data` as the bar's logo (owner only, audited by fingerprint)."""
    require(session, author, Action.EDIT_SETTINGS)
    kind = logo_kind(data)
    if len(data) > LOGO_MAX_BYTES:
        raise InputError(
            tr("a logo is at most {limit} kB, this one is {size} kB").format(
                limit=LOGO_MAX_BYTES // 1024, size=len(data) // 1024
            )
        )
    logo = Logo(kind, data)
    before = bar_logo(session)
    session.merge(Setting(key=LOGO_SETTING, value=_encoded(logo)))
    session.flush()
    _record(session, author, before, logo)
    return logo


def clear_bar_logo(session: Session, *, author: str) -> None:
    """No logo from now on (owner only, audited); without one, nothing changes."""
    require(session, author, Action.EDIT_SETTINGS)
    before = bar_logo(session)
    if before is None:
        return
    session.execute(delete(Setting).where(Setting.key == LOGO_SETTING))
    _record(session, author, before, None)


def bar_logo(session: Session) -> Logo | None:
    """The logo kept, or None: none was set, or what is kept no longer reads as one."""
    stored = session.scalar(select(Setting.value).where(Setting.key == LOGO_SETTING))
    if not stored:
        return None
    kind, _sep, body = stored.partition(";base64,")
    try:
        data = base64.b64decode(body, validate=True)
        return Logo(kind, data) if logo_kind(data) == kind else None
    except (binascii.Error, InputError):
        return None


def describe_logo(logo: Logo | None) -> str:
    """'png, 12 kB, 3f2a9c0d1e4b': what History says of a logo, never its bytes."""
    if logo is None:
        return ""
    fingerprint = hashlib.sha256(logo.data).hexdigest()[:12]
    return f"{logo.kind}, {max(len(logo.data) // 1024, 1)} kB, {fingerprint}"


def _encoded(logo: Logo) -> str:
    return f"{logo.kind};base64,{base64.b64encode(logo.data).decode('ascii')}"


def _record(session: Session, author: str, before: Logo | None, after: Logo | None) -> None:
    record_change(
        session, author=author, entity=LOGO_SETTING, entity_id=LOGO_SETTING, label=tr("logo"),
        action="update", before={"value": describe_logo(before)},
        after={"value": describe_logo(after)},
    )  # fmt: skip
