"""Where the shipped resources (demo bar, icons, stylesheet) live on disk."""

from __future__ import annotations

from pathlib import Path

# inventory_app/resources.py -> the repository root holds resources/.
_ROOT = Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A file under resources/, e.g. resource_path("demo", "catalogue.csv")."""
    return _ROOT.joinpath(*parts)
