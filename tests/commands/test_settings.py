"""`settings` and `settings set`: checked like the dialog, owner only, audited. In process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.commands.test_user import run


def settings(url: str, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, str]:
    status, out, err = run(url, capsys, *args, "settings", "--format", "json", pin="1234")
    assert status == 0, err
    return {row["key"]: row["value"] for row in json.loads(out)}


def test_list_and_set(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = demo_url  # the demo bar: owner 1234, giulia 1111
    owner = ("--user", "owner")
    before = settings(url, capsys, *owner)
    assert before["shift_hours"] == "12" and before["default_channel"] == "takeaway"
    table = run(url, capsys, *owner, "settings", pin="1234")[1].splitlines()
    assert table[0].split() == ["Setting", "Value", "Default"]
    assert run(url, capsys, *owner, "settings", "set", "shift_hours", " 8 ", pin="1234") == (
        0, "shift_hours = 8\n", "",
    )  # fmt: skip
    assert settings(url, capsys, *owner) == before | {"shift_hours": "8"}
    history = run(url, capsys, *owner, "history", "--kind", "change", pin="1234")[1]
    assert "shift_hours" in history


@pytest.mark.parametrize(
    ("args", "pin", "status", "message"),
    [
        (("--user", "owner", "settings", "set", "shift_hours", "0"), "1234", 2,
         "shift_hours is a whole number of hours from 1 to 72, got '0'"),
        (("--user", "owner", "settings", "set", "vat_rate_pct", "abc"), "1234", 2, "vat_rate_pct"),
        (("--user", "giulia", "settings", "set", "shift_hours", "24"), "1111", 3,
         "Only the owner may"),
        (("--user", "owner", "settings", "set", "container_style", "eighths"), "1234", 2,
         "container_style is one of decimal, tenths, got 'eighths'"),
    ],
)  # fmt: skip
def test_refusals_change_nothing(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    pin: str,
    status: int,
    message: str,
) -> None:
    url = demo_url  # the demo bar: owner 1234, giulia 1111
    before = settings(url, capsys, "--user", "owner")
    done = run(url, capsys, *args, pin=pin)
    assert done[0] == status and message in done[2]
    assert settings(url, capsys, "--user", "owner") == before


def test_unknown_setting_is_a_usage_error(url: str) -> None:
    from inventory_app import cli

    with pytest.raises(SystemExit) as exited:
        cli.main(["--db", url, "settings", "set", "happy_hour", "1"])
    assert exited.value.code == 2


def test_stock_reads_part_bottles_as_the_owner_chose(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = demo_url  # the demo bar: owner 1234, giulia 1111
    owner = ("--user", "owner")

    def orange_bitters() -> list[str]:
        table = run(url, capsys, *owner, "stock", pin="1234")[1].splitlines()
        return next(line for line in table if line.startswith("BIT-ORANGE")).split()

    assert orange_bitters()[-6:-3] == ["ml", "1.4", "btl"]  # 140 ml of 100 ml bottles
    assert (
        run(url, capsys, *owner, "settings", "set", "container_style", "tenths", pin="1234")[0] == 0
    )
    assert orange_bitters()[-8:-3] == ["ml", "1", "+", "4/10", "btl"]


def test_settings_in_italian(
    demo_url: str, capsys: pytest.CaptureFixture[str], italian: None
) -> None:
    owner = ("--user", "owner")
    table = run(demo_url, capsys, *owner, "settings", pin="1234")[1].splitlines()
    assert table[0].split() == ["Impostazione", "Valore", "Predefinito"]
    assert any(line.split()[:2] == ["default_channel", "takeaway"] for line in table)
    assert run(demo_url, capsys, *owner, "settings", "set", "shift_hours", "8", pin="1234")[1] == (
        "shift_hours = 8\n"  # keys and stored values are never translated
    )


def test_settings_bar_shows_and_changes_the_bars_details(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = ("--user", "owner")
    details = ("--vat", "it 0964 815 0150", "--email", "ordini@alzaia.example")
    status, out, err = run(demo_url, capsys, *owner, "settings", "bar", *details, pin="1234")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["Detail", "Value"]
    assert "vat               IT09648150150" in lines
    assert "email             ordini@alzaia.example" in lines
    assert any(line.startswith("name ") and "La Chiusa" in line for line in lines)
    refused = run(demo_url, capsys, *owner, "settings", "bar", "--vat", "IT09648150151",
                  "--name", "Other", pin="1234")  # fmt: skip
    assert refused[0] == 2 and "wrong check digit" in refused[2]
    assert settings(demo_url, capsys, *owner)["bar_name"] == "La Chiusa Cocktail Bar"
    bartender = run(demo_url, capsys, "--user", "giulia", "settings", "bar", "--name", "X",
                    pin="1111")  # fmt: skip
    assert bartender[0] == 3


def test_settings_bar_keeps_a_logo_and_removes_it(
    demo_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    owner = ("--user", "owner")
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>')
    status, out, err = run(demo_url, capsys, *owner, "settings", "bar", "--logo", str(logo),
                           pin="1234")  # fmt: skip
    assert status == 0, err
    assert any(line.startswith("logo") and "svg, 1 kB, " in line for line in out.splitlines())
    not_an_image = tmp_path / "logo.txt"
    not_an_image.write_text("a logo")
    refused = run(demo_url, capsys, *owner, "settings", "bar", "--logo", str(not_an_image),
                  pin="1234")  # fmt: skip
    assert refused[0] == 2 and "PNG, JPEG or SVG" in refused[2]
    missing = run(demo_url, capsys, *owner, "settings", "bar", "--logo", str(tmp_path / "no.png"),
                  pin="1234")  # fmt: skip
    assert missing[0] == 2 and "no.png" in missing[2]
    cleared = run(demo_url, capsys, *owner, "settings", "bar", "--no-logo", pin="1234")
    assert cleared[0] == 0 and cleared[1].splitlines()[-1].split() == ["logo"]
