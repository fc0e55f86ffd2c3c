"""House-prep labels (ui/render/batch_label_pdf.py): every field read back by pdftotext,
and the QR code decoded by zbarimg from the page drawn at 300 dpi gives exactly the code."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from inventory_app.domain.batch_label import BatchLabel
from inventory_app.services.recipes.production import make_prep
from inventory_app.services.views.batch_label import batch_label
from inventory_app.ui.render.batch_label_pdf import write_labels_pdf
from tests.services.batches.batch_fixtures import stock_orgeat_kitchen
from tests.ui.render.test_order_pdf import PDFTOTEXT, needs_poppler

ZBARIMG = shutil.which("zbarimg")
PDFTOPPM = shutil.which("pdftoppm")
needs_zbar = pytest.mark.skipif(ZBARIMG is None or PDFTOPPM is None, reason="zbar-tools")


def squeezed(text: str) -> str:
    """Without any whitespace: a narrow label wraps a field over two lines."""
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    """In the order drawn (-raw): the code under the QR code first, then the text column,
    which the layout mode would interleave line by line."""
    assert PDFTOTEXT is not None
    done = subprocess.run([PDFTOTEXT, "-raw", str(path), "-"], check=True, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    return done.stdout


def qr_codes(pdf: Path, page: int = 1) -> list[str]:
    """What zbarimg reads on that page of the PDF drawn at 300 dpi, one code a line."""
    assert PDFTOPPM is not None and ZBARIMG is not None
    stem = pdf.with_suffix("")
    subprocess.run([PDFTOPPM, "-r", "300", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True, timeout=60)  # fmt: skip
    done = subprocess.run([ZBARIMG, "--raw", "-q", f"{stem}.png"], capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip
    return done.stdout.splitlines()


def made_label(session: Session, language: str) -> BatchLabel:
    stock_orgeat_kitchen(session)
    code = make_prep(session, "House orgeat", author="giulia").batch_code
    return batch_label(session, code, language=language)


@needs_poppler
@needs_zbar
@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("sheet", [False, True])
def test_every_field_is_printed_and_the_qr_code_is_the_batch_code(
    session: Session, tmp_path: Path, language: str, sheet: bool
) -> None:
    label = made_label(session, language)
    pdf = write_labels_pdf(tmp_path / "label.pdf", label, sheet=sheet, copies=2)
    text = pdf_text(pdf)
    for field in (label.name, label.code, *label.lines):
        assert squeezed(field) in squeezed(text), (field, text)
    assert squeezed(text).count(label.code) == 2  # two labels
    assert text.count("\f") == (1 if sheet else 2)  # the sheet holds both; the roll, a page each
    codes = qr_codes(pdf)
    assert codes == [label.code] * (2 if sheet else 1)


@needs_poppler
def test_the_italian_label_reads_italian(session: Session, tmp_path: Path) -> None:
    label = made_label(session, "it")
    text = squeezed(pdf_text(write_labels_pdf(tmp_path / "l.pdf", label, sheet=False)))
    for words in ("Preparato il", "Da consumarsi entro", "Allergeni: 8 Frutta a guscio",
                  "Conservazione: Fridge, 2–4 °C", "Preparato da giulia"):  # fmt: skip
        assert squeezed(words) in text


@needs_poppler
@needs_zbar
def test_a_long_label_still_prints_whole_and_scans(tmp_path: Path) -> None:
    label = BatchLabel(
        code="HON-261208-12", name="Coffee-infused honey, ginger and fig syrup (double strength)",
        made_on="Made on 2026-12-08", use_by="Use by 2026-12-22",
        allergens="Allergens: 1 Cereals containing gluten, 3 Eggs, 7 Milk, 8 Nuts, 11 Sesame, "
        "12 Sulphur dioxide and sulphites", storage="Storage: fridge, 2–4 °C, shake well",
        made_by="Made by Giulia Bianchi", language="en",
    )  # fmt: skip
    pdf = write_labels_pdf(tmp_path / "long.pdf", label, sheet=False)
    text = squeezed(pdf_text(pdf))
    for field in (label.name, *label.lines):
        assert squeezed(field) in text, field
    assert qr_codes(pdf) == ["HON-261208-12"]
