"""Tests mirror the source: `tests/<same path>/test_<module>.py` for every module with logic.

A module has logic when it defines a function or a method; an `__init__.py` without code,
a module of re-exports and one of constants or plain data classes have none. Each such
module of `inventory_app` either has its mirrored test, or is named below: in `EXEMPT`
with the reason its tests live elsewhere by nature, or in `NOT_YET_MIRRORED`, the backlog
of issue 16 (modules tested only through their callers or from another path). A new
module with logic therefore comes with its test, and the backlog only shrinks: a module
that gains its mirrored test must leave it (the test says so).

Modules stay under a page or so (the house rule: about 400 lines), so each can be read
whole; one that grows past it is split along a seam of what it holds.

Run `pytest -s tests/test_layout.py` to see the numbers.
"""

from __future__ import annotations

import ast
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "inventory_app"

# Reason, then the modules (fnmatch patterns, relative to inventory_app/) it covers.
EXEMPT: dict[str, tuple[str, ...]] = {
    "Alembic's environment and revisions: run up and down, on SQLite and PostgreSQL, by "
    "tests/db/test_migrations.py and tests/db/test_migrate.py": (
        "db/migrations/env.py",
        "db/migrations/versions/*.py",
    ),
}
# The backlog: no test at the mirrored path yet. Issue 16 emptied it; a module named here
# must leave it when its test lands.
NOT_YET_MIRRORED: frozenset[str] = frozenset()
MAX_LINES = 400


def has_logic(path: Path) -> bool:
    """A function or a method anywhere in the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) for n in ast.walk(tree))


def mirrored_test(module: str) -> Path:
    """tests/<same path>/test_<module>.py for `module` (a path relative to inventory_app/)."""
    path = Path(module)
    return ROOT / "tests" / path.parent / f"test_{path.name}"


def mirror_map() -> dict[str, bool]:
    """Every module with logic (relative to inventory_app/) and whether its mirror exists."""
    modules = sorted(p for p in SOURCE.rglob("*.py") if has_logic(p))
    return {
        str(p.relative_to(SOURCE)): mirrored_test(str(p.relative_to(SOURCE))).exists()
        for p in modules
    }


def exempt(module: str) -> bool:
    return any(fnmatch(module, pattern) for patterns in EXEMPT.values() for pattern in patterns)


def test_every_module_with_logic_has_its_mirrored_test() -> None:
    found = mirror_map()
    mirrored = sum(found.values())
    print(f"\n{mirrored} of {len(found)} modules with logic have a mirrored test; "
          f"{sum(map(exempt, found))} exempt, {len(NOT_YET_MIRRORED)} in the backlog")  # fmt: skip
    missing = [m for m, has in found.items() if not has and not exempt(m)]
    unlisted = sorted(set(missing) - NOT_YET_MIRRORED)
    assert unlisted == [], f"write tests/<same path>/test_<module>.py for: {unlisted}"


def test_the_backlog_only_shrinks() -> None:
    """A module that gained its mirrored test, or is gone, leaves NOT_YET_MIRRORED."""
    found = mirror_map()
    stale = sorted(m for m in NOT_YET_MIRRORED if found.get(m, True))
    assert stale == [], f"remove from NOT_YET_MIRRORED (mirrored now, or gone): {stale}"


def test_the_exemptions_name_real_modules_and_tests() -> None:
    for reason, patterns in EXEMPT.items():
        for pattern in patterns:
            assert any(fnmatch(m, pattern) for m in mirror_map()), pattern
        for test in (w for w in reason.split() if w.startswith("tests/")):
            assert (ROOT / test.rstrip(",.")).exists(), test


def test_every_module_is_under_the_house_length() -> None:
    sizes = {
        str(p.relative_to(SOURCE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in SOURCE.rglob("*.py")
    }
    print(f"\nlongest module: {max(sizes.values())} lines (the limit is {MAX_LINES})")
    too_long = sorted(m for m, lines in sizes.items() if lines > MAX_LINES)
    assert too_long == [], f"split along a seam of what they hold: {too_long}"
