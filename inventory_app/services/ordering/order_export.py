"""The suppliers' documents written where the owner finds them: one folder per month under
the documents folder, a PDF and/or a workbook per supplier, and the email to send them with.

Export (a draft, any order again, or the proposal) reads only; sending numbers the order
and writes its documents in one transaction (orders.send_order). The PDF is drawn by Qt,
so the front ends hand in the writer (ui/render/order_files.write_order_file).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import platformdirs
from sqlalchemy.orm import Session

from inventory_app.domain.order_document import OrderDocument
from inventory_app.domain.order_files import document_stem, free_stem, month_folder
from inventory_app.domain.order_mail import order_mail
from inventory_app.i18n.catalogue import in_language, trc
from inventory_app.services.ordering import orders
from inventory_app.services.ordering.order_document import order_document, proposal_document
from inventory_app.services.ordering.reorder import reorder_proposal, with_quantities
from inventory_app.services.settings import (
    DOCUMENT_FORMAT,
    DOCUMENTS_FOLDER,
    bar_language,
    get_setting,
)

Writer = Callable[[Path, OrderDocument], Path]
SUFFIXES: dict[str, tuple[str, ...]] = {
    "both": (".pdf", ".xlsx"),
    "pdf": (".pdf",),
    "xlsx": (".xlsx",),
}


@dataclass(frozen=True)
class WrittenDocument:
    """One supplier's document as written: its files, their folder, the email to send."""

    supplier: str
    number: str  # '' for a draft or the proposal
    email: str  # the supplier's address; '' when they have none
    folder: Path
    files: tuple[Path, ...]
    mailto: str | None  # None when the supplier has no email address


def documents_root(session: Session) -> Path:
    """The documents folder: the setting, else 'Ordini' ('Orders' in an English bar) in
    the documents folder of whoever runs the app, where an owner looks for files first."""
    chosen = get_setting(session, DOCUMENTS_FOLDER)
    return Path(chosen).expanduser() if chosen else default_documents_root(session)


def default_documents_root(session: Session) -> Path:
    """'Documents/Ordini' ('Orders' in an English bar): the folder an empty setting means."""
    with in_language(bar_language(session)):
        name = trc("folder name", "Orders")
    return Path(platformdirs.user_documents_dir()) / name


def document_suffixes(session: Session, chosen: str | None = None) -> tuple[str, ...]:
    """The files each document is written as: `chosen` ('pdf', 'xlsx', 'both'), else the
    owner's setting."""
    return SUFFIXES[chosen or get_setting(session, DOCUMENT_FORMAT)]


def write_document(
    document: OrderDocument, root: Path, suffixes: Sequence[str], write: Writer
) -> WrittenDocument:
    """The document into its month's folder under a name no file has yet, in each format;
    a format that fails takes the files already written with it."""
    folder = month_folder(root, document.order_day)
    with in_language(document.language):
        draft_word = trc("file name", "draft")
    stem = document_stem(
        number=document.number, supplier=document.supplier or document.supplier_lines[0],
        day=document.order_day, draft_word=draft_word,
    )  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    stem = free_stem(folder, stem, suffixes)
    written: list[Path] = []
    try:
        for suffix in suffixes:
            written.append(write(folder / f"{stem}{suffix}", document))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    mail = order_mail(
        email=document.supplier_email, language=document.language, bar=document.bar.name,
        number=document.number, delivery=document.delivery_day, files=[p.name for p in written],
    )  # fmt: skip
    return WrittenDocument(
        supplier=document.supplier, number=document.number, email=document.supplier_email,
        folder=folder, files=tuple(written), mailto=mail,
    )  # fmt: skip


def export_orders(
    session: Session,
    order_ids: Sequence[int],
    *,
    write: Writer,
    root: Path | None = None,
    suffixes: Sequence[str] | None = None,
    today: date | None = None,
) -> list[WrittenDocument]:
    """Orders' documents again: a sent one as sent, a draft marked a draft (reads only)."""
    where = root or documents_root(session)
    kinds = suffixes or document_suffixes(session)
    return [
        write_document(order_document(session, i, today=today), where, kinds, write)
        for i in order_ids
    ]


def export_proposal(
    session: Session,
    quantities: Mapping[tuple[str, str], Decimal],
    *,
    write: Writer,
    root: Path | None = None,
    suffixes: Sequence[str] | None = None,
    today: date | None = None,
) -> list[WrittenDocument]:
    """The proposal, with the owner's quantities by (supplier, SKU), one document per
    supplier: not orders yet, so drafts without a number (reads only)."""
    where = root or documents_root(session)
    kinds = suffixes or document_suffixes(session)
    written = []
    for proposal in reorder_proposal(session):
        mine = {sku: q for (name, sku), q in quantities.items() if name == proposal.supplier}
        edited = with_quantities(proposal, mine)
        if edited.lines:
            document = proposal_document(session, edited, today=today)
            written.append(write_document(document, where, kinds, write))
    return written


def send_to_folder(
    session: Session,
    order_id: int,
    *,
    author: str,
    write: Writer,
    root: Path | None = None,
    suffixes: Sequence[str] | None = None,
    expected_version: int | None = None,
    note: str | None = None,
) -> WrittenDocument:
    """Send the draft (numbered, marked sent) and write its documents into the month's
    folder, in one transaction: a document not written leaves the order a draft."""
    where = root or documents_root(session)
    kinds = suffixes or document_suffixes(session)
    done: list[WrittenDocument] = []

    def into_folder(_out: Path, document: OrderDocument) -> Path:
        done.append(write_document(document, where, kinds, write))
        return done[-1].files[0]

    orders.send_order(
        session, order_id, author=author, out=where, expected_version=expected_version,
        write=into_folder, note=note,
    )  # fmt: skip
    return done[0]
