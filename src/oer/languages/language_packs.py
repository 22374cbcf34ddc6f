"""Everything the toolkit needs per language, in one folder per language: a language pack.

    packs/<lang>/pack.yml     native name, readability formula (or "not measured"),
                              search language, region for documents
    packs/<lang>/labels.yml   the interface text the toolkit adds to pages
    packs/<lang>/wording.yml  respectful-language rules and link texts that say nothing

A course may keep packs of its own in a folder named by ``extra.course.language_packs``,
laid out the same way. Its files are laid over the toolkit's: a label or a ``pack.yml``
key replaces ours; wording rules, word sets and link texts are added to ours, the
course's rules first so that its advice wins where both match. A language only the
course knows is complete when the course's folder holds all three files.

What a pack lacks is decided in ``oer.languages.support``; this module only reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from oer.content.yaml_text import load_yaml

__all__ = [
    "NOT_MEASURED",
    "PACK_FILES",
    "Pack",
    "PackFolders",
    "active_folders",
    "pack",
    "pack_folders",
    "shown_path",
    "toolkit_languages",
    "use_course_packs",
]

TOOLKIT_PACKS = Path(__file__).resolve().parent / "packs"
# How the toolkit's own packs are named to authors: as the repository holds them.
_TOOLKIT_SHOWN = "src/oer/languages/packs"
PACK_FILES = ("pack.yml", "labels.yml", "wording.yml")
# What pack.yml says for a language no readability formula is known for.
NOT_MEASURED = "not measured"


@dataclass(frozen=True)
class PackFolders:
    """Where packs are read from: the course's folder, if it has one, over the toolkit's.

    ``stamp`` holds the course files' modification times when the build started, so a
    pack an author edits during ``mkdocs serve`` is read again by the next build.
    """

    course: Path | None = None
    stamp: tuple[tuple[str, int], ...] = ()


def pack_folders(course: Path | None) -> PackFolders:
    if course is None:
        return PackFolders()
    files = sorted(course.glob("*/*.yml")) if course.is_dir() else []
    return PackFolders(course, tuple((str(path), path.stat().st_mtime_ns) for path in files))


@dataclass(frozen=True)
class Pack:
    """One language's pack as the build uses it, the course's files laid over ours."""

    lang: str
    # Per file name (pack.yml …): the files that were read, the course's first.
    sources: Mapping[str, tuple[Path, ...]]
    info: Mapping[str, Any] = field(default_factory=dict)
    labels: Mapping[str, Any] = field(default_factory=dict)
    wording: Mapping[str, Any] = field(default_factory=dict)
    # Each file that could not be read, and why: ("…/labels.yml", "is not valid YAML …").
    errors: tuple[tuple[Path, str], ...] = ()

    def has(self, name: str) -> bool:
        return bool(self.sources.get(name))

    @property
    def readability(self) -> str | None:
        """The readability formula's name, or None where the pack says "not measured"."""
        value = self.info.get("readability")
        return None if value in (None, NOT_MEASURED) else str(value)

    @property
    def search(self) -> str:
        """The language the theme's search stems words in; English without a stemmer."""
        return str(self.info.get("search") or "en")

    @property
    def native_name(self) -> str | None:
        name = self.info.get("name")
        return str(name) if name else None

    @property
    def region(self) -> str | None:
        """The language with its region for documents ("de-DE"), if the pack names one."""
        region = self.info.get("region")
        return str(region) if region else None


# The course's pack folder for the build under way. Labels are read by plain functions all
# over the toolkit, which should not have to pass it along; so hooks/languages.py sets it
# each time a build's configuration loads, before any label is read, and nothing outlives
# the build that set it. The renderer processes are forked from the build's thread and
# inherit its context (a spawned process would read the toolkit's packs only).
_ACTIVE: ContextVar[PackFolders | None] = ContextVar("oer_language_packs", default=None)


def use_course_packs(course: Path | None) -> PackFolders:
    """Read packs from ``course`` (over the toolkit's) from now on in this build."""
    folders = pack_folders(course)
    _ACTIVE.set(folders)
    return folders


def active_folders() -> PackFolders:
    return _ACTIVE.get() or PackFolders()


def pack(lang: str, folders: PackFolders | None = None) -> Pack:
    """``lang``'s pack, from ``folders`` or else from those of the build under way."""
    return _load(lang, folders if folders is not None else active_folders())


def toolkit_languages() -> list[str]:
    """The languages the toolkit ships a pack for."""
    return sorted(entry.name for entry in TOOLKIT_PACKS.iterdir() if entry.is_dir())


def shown_path(path: Path) -> str:
    """A pack file as an author finds it: ours in the repository, a course's from here."""
    if path.is_relative_to(TOOLKIT_PACKS):
        return f"{_TOOLKIT_SHOWN}/{path.relative_to(TOOLKIT_PACKS).as_posix()}"
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def toolkit_file(lang: str, name: str) -> str:
    """Where the toolkit keeps (or would keep) one of ``lang``'s files, as authors see it."""
    return f"{_TOOLKIT_SHOWN}/{lang}/{name}"


# ---------------------------------------------------------------------------
# Reading and laying files over each other
# ---------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _load(lang: str, folders: PackFolders) -> Pack:
    # The course's folder first: its files are laid over ours.
    places = [folders.course / lang] if folders.course is not None else []
    places.append(TOOLKIT_PACKS / lang)
    sources: dict[str, tuple[Path, ...]] = {}
    read: dict[str, list[Any]] = {}
    errors = []
    for name in PACK_FILES:
        found = tuple(place / name for place in places if (place / name).is_file())
        sources[name] = found
        read[name] = []
        for path in found:
            data, error = _read(path)
            if error:
                errors.append((path, error))
            elif data is not None:
                read[name].append(data)
    info: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for data in reversed(read["pack.yml"]):
        info.update(data)
    for data in reversed(read["labels.yml"]):
        labels = _laid_over(labels, data)
    return Pack(lang, sources, info, labels, _wording(read["wording.yml"]), tuple(errors))


def _read(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return None, f"cannot be read ({error})"
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        return None, f"is not valid YAML ({where}{getattr(error, 'problem', None) or error})"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return None, "does not hold `key: value` lines"
    return data, None


def _laid_over(base: Mapping[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        below = merged.get(key)
        if isinstance(below, Mapping) and isinstance(value, Mapping):
            merged[key] = _laid_over(below, value)
        else:
            merged[key] = value
    return merged


def _wording(files: list[dict[str, Any]]) -> dict[str, Any]:
    """Wording files added together, the course's rules first: the earlier rule wins."""
    if len(files) == 1:
        return files[0]
    vague: list[Any] = []
    rules: list[Any] = []
    sets: dict[str, Any] = {}
    for data in files:
        vague += _list(data.get("vague_links"))
        rules += _list(data.get("respectful_language"))
    for data in reversed(files):
        word_sets = data.get("word_sets")
        if isinstance(word_sets, Mapping):
            sets.update(word_sets)
    return {"vague_links": vague, "respectful_language": rules, "word_sets": sets}


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
