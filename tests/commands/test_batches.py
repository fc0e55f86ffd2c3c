"""`batches`, `batch show`, `batch discard` and `adjust --batch` on the demo bar (issue 20)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.commands.running import copy_demo, run


def today() -> str:
    return date.today().strftime("%y%m%d")


@pytest.fixture
def made(demo_template: Path, tmp_path: Path) -> tuple[str, Path, str]:
    """A copy of the demo bar with one batch of orgeat made; its URL, folder and code."""
    url, folder = copy_demo(demo_template, tmp_path)
    done = run("--db", url, "--user", "giulia", "make", "House orgeat", cwd=folder)
    code = f"ORG-{today()}-1"
    assert f"  batch {code}\n" in done.stdout
    return url, folder, code


def batches(url: str, folder: Path, *args: str) -> list[dict[str, object]]:
    done = run("--db", url, "batches", "--format", "json", *args, cwd=folder)
    assert (done.returncode, done.stderr) == (0, "")
    records: list[dict[str, object]] = json.loads(done.stdout)
    return records


def test_batches_lists_the_made_batch_and_the_opening_stock(made: tuple[str, Path, str]) -> None:
    url, folder, code = made
    found = batches(url, folder, "--item", "FLK-ORGEAT")
    assert [(r["code"], r["made_by"], r["remaining"], r["state"]) for r in found] == [
        (code, "giulia", 500, "ok"), ("ORG-OPEN-1", "", 375, "ok"),
    ]  # fmt: skip
    table = run("--db", url, "batches", "--item", "FLK-ORGEAT", cwd=folder).stdout
    assert table.splitlines()[0].split() == [
        "Batch", "SKU", "Name", "Made", "on", "Made", "by", "Use", "by", "Made", "Remaining",
        "State",
    ]  # fmt: skip
    assert code in table and "ORG-OPEN-1" in table


def test_waste_from_a_batch_then_discard_it_and_show_its_trace(made: tuple[str, Path, str]) -> None:
    url, folder, code = made
    done = run("--db", url, "adjust", "FLK-ORGEAT", "--by=-40ml", "--reason", "waste",
               "--batch", code.lower(), cwd=folder)  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("FLK-ORGEAT (House orgeat): -40 ml waste; on hand now 835 ml")
    done = run("--db", url, "batch", "discard", code, cwd=folder)
    assert done.stdout == f"batch {code} discarded: written off as waste\n"
    assert [r["remaining"] for r in batches(url, folder, "--item", "FLK-ORGEAT")] == [0, 375]
    shown = run("--db", url, "batch", "show", code, cwd=folder).stdout.splitlines()
    assert shown[0] == f"batch {code}: House orgeat (FLK-ORGEAT)"
    use_by = date.today() + timedelta(days=7)  # the demo orgeat keeps a week
    assert shown[1] == f"  made on {date.today().isoformat()} by giulia; use by {use_by}"
    assert shown[2] == "  made 500 ml; remaining 0 ml (empty)"
    assert shown[3:6] == [
        "went into it:", "  250 g DRY-ALMOND (Blanched almonds 1 kg)",
        "  300 g DRY-SUGAR (Demerara sugar 1 kg)",
    ]  # fmt: skip
    assert shown[6] == "drawn from it:"
    assert [line.split()[1:3] for line in shown[7:]] == [["waste", "-40"], ["waste", "-460"]]


def test_expired_lists_a_batch_past_its_use_by(made: tuple[str, Path, str]) -> None:
    url, folder, code = made
    engine = create_engine(url)
    with engine.begin() as conn:  # two days pass: the batch's use-by is yesterday
        past = (date.today() - timedelta(days=1)).isoformat()
        conn.execute(text("UPDATE prep_batches SET use_by = :d WHERE code = :c"),
                     {"d": past, "c": code})  # fmt: skip
    engine.dispose()
    assert [(r["code"], r["state"]) for r in batches(url, folder, "--expired")] == [
        (code, "expired")
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["batch", "show", "NOPE-1"], "no batch with code 'NOPE-1'"),
        (["adjust", "DRY-SUGAR", "--by=-5g", "--reason", "waste", "--batch", "ORG-OPEN-1"],
         "column 'batch': batch ORG-OPEN-1 is not one of this item's batches"),
    ],
)  # fmt: skip
def test_refused(made: tuple[str, Path, str], args: list[str], message: str) -> None:
    url, folder, _ = made
    done = run("--db", url, *args, cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"inventory-app: error: {message}\n"


def test_a_bottle_names_the_batches_it_went_into(demo_template: Path, tmp_path: Path) -> None:
    """A prep poured from the open Macallan 18: `batches --bottle ID` lists its batch."""
    url, folder = copy_demo(demo_template, tmp_path)
    (folder / "rinse.csv").write_text(
        "recipe,kind,price,pos_name,ingredient,quantity,unit,channel,yield_sku,yield_quantity,notes\n"
        "Macallan rinse,prep,,,WHI-MAC18,50,ml,,FLK-DEMER,50,\n",
        encoding="utf-8",
    )
    assert run("--db", url, "import", "recipes", "rinse.csv", cwd=folder).returncode == 0
    made = run("--db", url, "make", "Macallan rinse", cwd=folder)
    assert made.returncode == 0, made.stderr
    code = f"DEM-{today()}-1"
    listed = json.loads(run("--db", url, "bottles", "WHI-MAC18", "--state", "open",
                            "--format", "json", cwd=folder).stdout)  # fmt: skip
    opened = listed[0]["id"]
    assert [r["code"] for r in batches(url, folder, "--bottle", str(opened))] == [code]
    sealed = json.loads(run("--db", url, "bottles", "WHI-MAC18", "--state", "sealed",
                            "--format", "json", cwd=folder).stdout)[0]["id"]  # fmt: skip
    assert batches(url, folder, "--bottle", str(sealed)) == []
    shown = run("--db", url, "batch", "show", code, cwd=folder).stdout
    assert "50 ml WHI-MAC18 (Macallan 18 Sherry Oak) [" in shown  # the bottle it came from
