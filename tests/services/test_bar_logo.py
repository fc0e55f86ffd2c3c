"""The bar's logo (services/bar_logo.py): kept in the database, the owner's, in History by
its fingerprint, and never a reason for an order not to print."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from inventory_app.db.engine import Database
from inventory_app.db.models import AuditEntry, Setting
from inventory_app.domain.errors import InputError, PermissionDenied
from inventory_app.domain.order_document import Logo
from inventory_app.services.audit_log.entries import as_change
from inventory_app.services.bar_logo import (
    LOGO_MAX_BYTES,
    LOGO_SETTING,
    bar_logo,
    clear_bar_logo,
    describe_logo,
    logo_kind,
    set_bar_logo,
)
from inventory_app.services.settings import all_settings

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


@pytest.mark.parametrize(
    ("data", "kind"),
    [(PNG, "png"), (b"\xff\xd8\xff\xe0rest", "jpeg"), (SVG, "svg"), (b"  <svg></svg>", "svg")],
)
def test_a_logos_kind_is_read_from_its_bytes(data: bytes, kind: str) -> None:
    assert logo_kind(data) == kind


@pytest.mark.parametrize("data", [b"", b"GIF89a", b"%PDF-1.4", b"<html><svg/></html>"])
def test_anything_else_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="PNG, JPEG or SVG"):
        logo_kind(data)


def test_kept_read_back_and_removed(db: Database) -> None:
    with db.reading() as s:
        assert bar_logo(s) is None
    with db.transaction() as s:
        set_bar_logo(s, PNG, author="owner")
    with db.reading() as s:
        assert bar_logo(s) == Logo("png", PNG)
        assert LOGO_SETTING not in all_settings(s)  # never listed with the plain settings
    with db.transaction() as s:
        clear_bar_logo(s, author="owner")
        clear_bar_logo(s, author="owner")  # none left: nothing to do, nothing recorded
    with db.reading() as s:
        assert bar_logo(s) is None
        entries = [as_change(e) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
                   if e.entity == LOGO_SETTING]  # fmt: skip
    described = describe_logo(Logo("png", PNG))
    assert described.startswith("png, 1 kB, ")
    assert [(e.before, e.after) for e in entries] == [
        ({"value": ""}, {"value": described}), ({"value": described}, {"value": ""})
    ]  # fmt: skip


def test_a_big_image_or_a_bartender_is_refused(db: Database) -> None:
    with pytest.raises(InputError, match="at most 512 kB"), db.transaction() as s:
        set_bar_logo(s, PNG + b"\x00" * LOGO_MAX_BYTES, author="owner")
    with pytest.raises(PermissionDenied), db.transaction() as s:
        set_bar_logo(s, PNG, author="giulia")
    with db.reading() as s:
        assert bar_logo(s) is None


@pytest.mark.parametrize(
    "stored", ["png;base64,not base64!", "png;base64,", "jpeg;base64,iVBORw0KGgo="]
)
def test_a_damaged_logo_reads_as_none(db: Database, stored: str) -> None:
    with db.transaction() as s:
        set_bar_logo(s, PNG, author="owner")
        s.execute(update(Setting).where(Setting.key == LOGO_SETTING).values(value=stored))
    with db.reading() as s:
        assert bar_logo(s) is None
