"""Import a modifier sheet: every rule in it added or replaced, all of them or none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.db.models import ImportRecord
from inventory_app.domain.errors import ImportErrors, InputError
from inventory_app.domain.permissions import Action
from inventory_app.io.modifier_file import parse_modifiers, sheet_row, write_modifier_sheet
from inventory_app.io.tabular import file_sha256
from inventory_app.services.people.permissions import require
from inventory_app.services.recipes.modifiers import modifier_rules, rule_problems, save_rule

IMPORT_KIND = "modifiers"


@dataclass(frozen=True)
class ModifierImportSummary:
    """What an import did; `unchanged` rules were already exactly as in the file."""

    file_name: str
    added: int
    replaced: int
    unchanged: int
    import_id: int | None  # None: nothing changed, so no import was recorded


def import_modifiers(session: Session, path: Path, *, author: str) -> ModifierImportSummary:
    """Add or replace each rule of the sheet (by modifier and recipe); others stay.

    Every row is checked before any is saved, so a bad row (named by row and column)
    changes nothing. A sheet imported twice changes nothing the second time: no audit
    entry and no import record.
    """
    require(session, author, Action.IMPORT_RECIPES)
    rules = parse_modifiers(path)
    errors = [
        InputError(p.detail, row=rule.row, column=p.column)
        for rule in rules
        for p in rule_problems(session, rule.spec)
    ]
    if errors:
        raise ImportErrors(path.name, errors)
    outcomes = [save_rule(session, rule.spec, author=author) for rule in rules]
    import_id = None
    if outcomes.count("unchanged") < len(outcomes):
        record = ImportRecord(
            kind=IMPORT_KIND, filename=path.name, sha256=file_sha256(path), rows=len(rules),
            author=author,
        )  # fmt: skip
        session.add(record)
        session.flush()
        import_id = record.id
    return ModifierImportSummary(
        file_name=path.name, added=outcomes.count("added"),
        replaced=outcomes.count("replaced"), unchanged=outcomes.count("unchanged"),
        import_id=import_id,
    )  # fmt: skip


def export_modifiers(session: Session, path: Path) -> int:
    """Write every rule as the sheet `import modifiers` reads; returns how many."""
    rows = [sheet_row(rule.spec) for rule in modifier_rules(session)]
    write_modifier_sheet(path, rows)
    return len(rows)
