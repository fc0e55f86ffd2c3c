"""Which text encoding a till's CSV export is written in, decided before a row is read.

Tills export through Excel-ish tools: UTF-8 with or without its byte-order mark, UTF-16
with its mark ("Unicode text"), and Windows-1252 from Excel's plain "CSV" on Windows.
The whole file is checked first: a stream cannot change its mind after its first rows
were read, and one byte that is not UTF-8 near the end would otherwise be misread or
refused halfway. Bytes that are neither UTF-8 nor Windows-1252, or NUL bytes (a binary
file, or UTF-16 without its mark), are refused by the file's name.
"""

from __future__ import annotations

import codecs
from typing import BinaryIO

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr

AUTO = "auto"
UTF8, UTF8_BOM, UTF16, CP1252, LATIN1 = "utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"
CHUNK = 1 << 20  # bytes checked at a time: memory stays flat on a 1 GB export
# How the summary names each (the codec names are Python's, not the bar owner's).
_NAMES = {
    UTF8: "UTF-8",
    UTF8_BOM: "UTF-8 (BOM)",
    UTF16: "UTF-16",
    CP1252: "Windows-1252",
    LATIN1: "Latin-1",
}


def encoding_name(encoding: str) -> str:
    """'Windows-1252' for 'cp1252'; a workbook (no encoding) is ''."""
    return _NAMES.get(encoding, encoding)


def detect_encoding(binary: BinaryIO, file_name: str) -> str:
    """UTF-8 (with its BOM or not), UTF-16 by its BOM, else Windows-1252; else InputError.

    Reads the whole file once and leaves it at its start."""
    try:
        start = binary.read(4)
        binary.seek(0)
        if start.startswith(codecs.BOM_UTF8):
            return UTF8_BOM
        if start[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return UTF16
        for encoding in (UTF8, CP1252):
            if _decodes(binary, encoding, file_name):
                return encoding
    except OSError as exc:
        raise InputError(
            tr("cannot read the file: {reason}").format(reason=exc.strerror or exc),
            file=file_name,
        ) from None
    finally:
        binary.seek(0)
    raise InputError(
        tr(
            "the file is not text: its bytes are neither UTF-8 nor Windows-1252; "
            "save the sheet as 'CSV UTF-8'"
        ),
        file=file_name,
    )


def _decodes(binary: BinaryIO, encoding: str, file_name: str) -> bool:
    """Whether every byte of the file decodes as `encoding`; a NUL byte raises InputError."""
    binary.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        while chunk := binary.read(CHUNK):
            if b"\x00" in chunk:
                raise InputError(
                    tr(
                        "the file holds NUL bytes (0x00): it is not a text sheet, or it is "
                        "UTF-16 without its byte-order mark; save it as 'CSV UTF-8'"
                    ),
                    file=file_name,
                )
            if not (chunk.isascii() and not decoder.getstate()[0]):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True
