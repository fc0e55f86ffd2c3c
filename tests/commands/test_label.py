"""`make --label` and `label BATCH --out FILE.pdf [--sheet]`: the PDF written, its QR code
decoded back to the batch code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.commands.running import copy_demo, run
from tests.ui.render.test_batch_label_pdf import needs_zbar, pdf_text, qr_codes, squeezed


@pytest.fixture(autouse=True)
def offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


@needs_zbar
def test_make_with_a_label_then_a_sheet_of_them(
    demo_template: Path, tmp_path: Path, qapp: object
) -> None:
    url, folder = copy_demo(demo_template, tmp_path)
    code = f"ORG-{date.today():%y%m%d}-1"
    done = run("--db", url, "--user", "giulia", "make", "House orgeat", "--label", "orzata.pdf",
               cwd=folder)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.endswith(f"label of batch {code}: wrote orzata.pdf\n")
    text = squeezed(pdf_text(folder / "orzata.pdf"))
    assert squeezed("House orgeat") in text and "Allergens:8Nuts" in text
    assert "Storage:fridge,2–4°C;shakebeforeuse" in text and "Madebygiulia" in text
    assert qr_codes(folder / "orzata.pdf") == [code]
    done = run("--db", url, "--lang", "it", "label", code.lower(), "--out", "foglio.pdf",
               "--sheet", "--copies", "3", cwd=folder)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    text = squeezed(pdf_text(folder / "foglio.pdf"))
    assert text.count(code) == 3 and "Allergeni:8Fruttaaguscio" in text
    assert qr_codes(folder / "foglio.pdf") == [code] * 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["label", "ORG-OPEN-1", "--out", "label.png"],
         "a label is written as a .pdf file, got 'label.png'"),
        (["label", "NOPE-1", "--out", "label.pdf"], "no batch with code 'NOPE-1'"),
        (["label", "ORG-OPEN-1", "--out", "label.pdf", "--copies", "0"],
         "--copies: expected 1 to 240, got 0"),
    ],
)  # fmt: skip
def test_refused(demo_template: Path, tmp_path: Path, args: list[str], message: str) -> None:
    url, folder = copy_demo(demo_template, tmp_path)
    done = run("--db", url, *args, cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"inventory-app: error: {message}\n"
    assert not (folder / "label.pdf").exists()
