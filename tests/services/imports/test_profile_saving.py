"""Save as profile: the assistant's profile lands in the bar's folder, auto reads the next file
with it, and a taken name or a bar without a folder is refused without writing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventory_app.domain.errors import InputError
from inventory_app.io.profile_mapping import MappingChoice
from inventory_app.services.imports.sales_profiles import (
    needs_mapping,
    owned_profiles,
    save_profile,
)

TILL = "Quando;Articolo;Pezzi\n05/11/2026 21:30;Negroni;2\n"
CHOICE = MappingChoice(
    name="cassetta",
    title="Cassetta",
    columns={"date": "Quando", "item": "Articolo", "quantity": "Pezzi"},
    separator=";",
)


def test_a_saved_profile_is_found_and_the_till_needs_no_mapping_again(tmp_path: Path) -> None:
    export = tmp_path / "till.csv"
    export.write_text(TILL, encoding="utf-8")
    folder = tmp_path / "sales-profiles"
    assert needs_mapping(export, folder)
    saved = save_profile(CHOICE, folder)
    assert saved.path == folder / "cassetta.toml"
    assert [p.name for p in owned_profiles(folder)] == ["cassetta"]
    assert not needs_mapping(export, folder)


def test_a_taken_name_is_refused_and_nothing_is_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "sales-profiles"
    save_profile(CHOICE, folder)
    before = (folder / "cassetta.toml").read_bytes()
    with pytest.raises(InputError, match="already taken"):
        save_profile(CHOICE, folder)
    with pytest.raises(InputError, match="already taken"):
        save_profile(MappingChoice(**{**CHOICE.__dict__, "name": "sumup"}), folder)
    assert (folder / "cassetta.toml").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["cassetta.toml"]


def test_a_bar_on_a_server_has_no_folder_to_save_in() -> None:
    with pytest.raises(InputError, match="no profile folder"):
        save_profile(CHOICE, None)
