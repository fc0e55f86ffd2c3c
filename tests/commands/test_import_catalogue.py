"""`import catalogue FILE`: added, updated, levels set once; a bad file changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app import cli
from tests.commands.running import run, stock_json


def test_bad_import_exits_2_and_changes_nothing(bar: tuple[str, Path]) -> None:
    url, folder = bar
    before = stock_json(url, folder)
    bad = folder / "prices.csv"
    bad.write_text("sku,cost,on_hand\nGIN-TANQ,19.90,1\nAMA-CAMP,abc,2\n", encoding="utf-8")
    done = run("--db", url, "import", "catalogue", str(bad), cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "inventory-app: error: prices.csv: 1 problem; nothing was imported:\n"
        "  row 3, column 'cost': expected a price such as 12.50, got 'abc'\n"
    )
    assert stock_json(url, folder) == before


def test_import_env_db_and_csv_stock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INVENTORY_APP_DB", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    path = tmp_path / "cat.csv"
    path.write_text("sku;name;cost;on_hand\n=CMD;=HYPERLINK(1);12,50;2\n", encoding="utf-8")
    assert cli.main(["import", "catalogue", str(path)]) == 0
    assert capsys.readouterr().out == (
        "imported cat.csv (import 1): 1 added, 0 updated, 0 unchanged, 1 levels set\n"
    )
    assert cli.main(["import", "catalogue", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "the same file was imported before (import 1): its on_hand levels were not set again"
    )
    assert cli.main(["stock", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        "'=CMD,'=HYPERLINK(1),,bottle,ml,700,1400,2,,,ok,,,12.5"
    )


@pytest.mark.usefixtures("italian")
def test_import_catalogue_in_italian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INVENTORY_APP_DB", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    path = tmp_path / "listino.csv"
    path.write_text("sku;name;cost;on_hand\nGIN-X;Gin X;1.234,50;2\n", encoding="utf-8")
    assert cli.main(["import", "catalogue", str(path)]) == 0
    assert capsys.readouterr().out == (
        "importato listino.csv (importazione 1): aggiunti 1, aggiornati 0, invariati 0, "
        "giacenze impostate 1\n"
    )
    assert cli.main(["import", "catalogue", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "lo stesso file era già stato importato (importazione 1): le giacenze on_hand non sono "
        "state reimpostate"
    )
