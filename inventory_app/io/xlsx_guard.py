"""A workbook's zip is measured before openpyxl opens it, so a zip bomb is refused unread.

An .xlsx is a zip of XML parts. Its central directory declares each part's packed and
unpacked size, and Python's zipfile never unpacks more than the declared size, so these
numbers bound what openpyxl can be made to read: the whole file, each part, the parts
read whole into memory (shared strings, styles, the workbook), and how much a part
may expand (a few KB of zeros can claim gigabytes). XML entities are refused by
defusedxml, which openpyxl uses when it is installed.
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr

MAX_FILE_BYTES = 200 * 1024 * 1024  # on disk; a 2-million-line sales export is ~60 MB
MAX_SHEET_BYTES = 2 * 1024 * 1024 * 1024  # one worksheet's XML, streamed row by row
MAX_MEMORY_PART_BYTES = 100 * 1024 * 1024  # shared strings, styles: parsed whole
MAX_TOTAL_BYTES = 3 * 1024 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed; real sheets stay far below
RATIO_FROM_BYTES = 1024 * 1024  # small parts may compress as they like
MAX_PARTS = 10_000


def check_workbook_zip(handle: BinaryIO, file_name: str) -> None:
    """Raise InputError if the open file is not a zip, or would unpack too far.

    Its size on disk (MAX_FILE_BYTES) was checked when it was opened (sheet_stream.sheet_limit).
    """
    try:
        with zipfile.ZipFile(handle) as archive:
            parts = archive.infolist()
        handle.seek(0)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        message = tr("cannot read the file as an .xlsx workbook")
        raise InputError(message, file=file_name) from None
    _check_parts(file_name, parts)


def _check_parts(file_name: str, parts: list[zipfile.ZipInfo]) -> None:
    if len(parts) > MAX_PARTS:
        message = tr("the workbook has {parts} parts; refused as a possible zip bomb")
        raise InputError(message.format(parts=len(parts)), file=file_name)
    total = 0
    for part in parts:
        total += part.file_size
        limit = MAX_SHEET_BYTES if _is_sheet(part.filename) else MAX_MEMORY_PART_BYTES
        if part.file_size > limit:
            message = tr(
                "the part {part} unpacks to {mb} MB (at most {limit} MB); "
                "refused as a possible zip bomb"
            )
            raise InputError(
                message.format(
                    part=part.filename, mb=part.file_size // 2**20, limit=limit // 2**20
                ),
                file=file_name,
            )
        packed = max(part.compress_size, 1)
        if part.file_size > RATIO_FROM_BYTES and part.file_size / packed > MAX_RATIO:
            message = tr(
                "the part {part} expands {ratio} times (at most {limit}); "
                "refused as a possible zip bomb"
            )
            raise InputError(
                message.format(part=part.filename, ratio=part.file_size // packed, limit=MAX_RATIO),
                file=file_name,
            )
    if total > MAX_TOTAL_BYTES:
        message = tr("the workbook unpacks to {mb} MB; refused as a possible zip bomb")
        raise InputError(message.format(mb=total // 2**20), file=file_name)


def _is_sheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")
