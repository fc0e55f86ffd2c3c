"""Which import profile a sales import uses: auto, a built-in or owner's name, or a file.

The owner's profiles live in a folder `sales-profiles` beside the bar's SQLite file: they
are the bar's settings, so they travel with its database (a copied bar folder imports the
same tills), two bars on one computer keep theirs apart, and the window and the command
line find the same ones. A bar on a PostgreSQL server has no such folder: it names its
profile by path.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from inventory_app.db.engine import sqlite_path
from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr
from inventory_app.io.profile_file import load_profile
from inventory_app.io.profile_mapping import MappingChoice, build_profile
from inventory_app.io.sales_file import matches_no_profile
from inventory_app.io.sales_line import SalesFormat
from inventory_app.io.sales_profile import SalesProfile
from inventory_app.io.sheet_stream import open_sheet_stream
from inventory_app.io.text_encoding import AUTO
from inventory_app.io.till_profiles import BUILT_IN

PROFILES_FOLDER = "sales-profiles"
PROFILE_SUFFIX = ".toml"
MAX_PROFILES = 200  # a bar has a till or two; more files is not a profiles folder

ProfileChoice = SalesFormat | SalesProfile


def profiles_folder(session: Session) -> Path | None:
    """The folder of the owner's profiles, beside the database file (None on a server)."""
    url = session.get_bind().engine.url.render_as_string(hide_password=False)
    path = sqlite_path(url)
    return None if path is None else path.resolve().parent / PROFILES_FOLDER


def owned_profiles(folder: Path | None) -> list[SalesProfile]:
    """Every profile in the folder, by file name; one bad file stops here, naming it."""
    if folder is None or not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == PROFILE_SUFFIX)
    if len(files) > MAX_PROFILES:
        raise InputError(
            tr("the folder holds more than {count} profiles").format(count=MAX_PROFILES),
            file=str(folder),
        )
    profiles = [load_profile(p) for p in files if p.is_file()]
    taken = {p.name for p in BUILT_IN}
    for profile in profiles:
        if profile.name in taken:
            raise InputError(
                tr("key 'name': the profile {name} is already taken; choose another name").format(
                    name=repr(profile.name)
                ),
                file=profile.path.name if profile.path else None,
            )
        taken.add(profile.name)
    return profiles


def resolve_profile(spec: str | ProfileChoice, folder: Path | None) -> ProfileChoice:
    """`auto`, a built-in or owner's profile by name, or a profile file by its path."""
    if isinstance(spec, SalesFormat | SalesProfile):
        return spec
    if spec == SalesFormat.AUTO.value:
        return SalesFormat.AUTO
    for profile in (*BUILT_IN, *owned_profiles(folder)):
        if profile.name == spec:
            return profile
    if spec.lower().endswith(PROFILE_SUFFIX) or "/" in spec or "\\" in spec:
        return load_profile(Path(spec))
    names = ", ".join(["auto", *(p.name for p in (*BUILT_IN, *owned_profiles(folder)))])
    raise InputError(
        tr("unknown profile {name}; the profiles are {names}, or a .toml file's path").format(
            name=repr(spec), names=names
        )
    )


def needs_mapping(path: Path, folder: Path | None) -> bool:
    """True when no profile, built-in or the owner's, reads this file's header."""
    with open_sheet_stream(path, encoding=AUTO) as sheet:
        return matches_no_profile(sheet.header, owned_profiles(folder))


def save_profile(choice: MappingChoice, folder: Path | None) -> SalesProfile:
    """Write the assistant's profile into the bar's folder; auto picks it from now on.

    A name already taken (built in, or another file) is refused, never overwritten; the
    file is written whole or not at all."""
    if folder is None:
        raise InputError(
            tr("a bar on a database server has no profile folder; save the profile as a file")
        )
    profile, text = build_profile(choice)
    taken = {p.name for p in (*BUILT_IN, *owned_profiles(folder))}
    target = folder / f"{profile.name}{PROFILE_SUFFIX}"
    if profile.name in taken or target.exists():
        raise InputError(
            tr("the profile {name} is already taken; choose another name").format(
                name=repr(profile.name)
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".toml.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except (OSError, UnicodeEncodeError) as exc:
        partial.unlink(missing_ok=True)
        raise InputError(
            tr("cannot write the profile: {reason}").format(reason=exc), file=str(target)
        ) from None
    return load_profile(target)
