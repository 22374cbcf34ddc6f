"""Whether the toolkit can publish a language: is its language pack complete?

A language without its interface labels would show English passed off as that language,
one without respectful-language data would pass text nobody checked, and one whose
readability nobody can measure would ignore the minimum a course set for it. Each is
found when the site loads and named in one clear error, never skipped in silence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from oer.accessibility.readability import FORMULAS
from oer.accessibility.wording import tokens
from oer.languages.language_packs import (
    NOT_MEASURED,
    Pack,
    PackFolders,
    active_folders,
    pack,
    shown_path,
    toolkit_file,
)
from oer.problems import Problem

# How many missing labels a message names before it only counts the rest.
_NAMED = 5
_PLACEHOLDER = re.compile(r"\{\w+\}")


def missing_support(
    languages: Iterable[str],
    file: str = "mkdocs.yml",
    *,
    folders: PackFolders | None = None,
    readability_minimum: Mapping[str, float] | None = None,
) -> list[Problem]:
    """At most two problems: the languages whose pack is incomplete, each with every piece
    it lacks, and the readability minimums set for a language that is not measured."""
    folders = folders if folders is not None else active_folders()
    gaps = []
    unmeasured = []
    for lang in languages:
        missing = missing_pieces(lang, folders)
        if missing:
            gaps.append(f"{lang}: {', '.join(missing)}")
        elif lang in (readability_minimum or {}) and pack(lang, folders).readability is None:
            unmeasured.append(lang)
    problems = []
    if gaps:
        problems.append(
            Problem(
                file,
                "Language packs are incomplete. " + "; ".join(gaps) + ".",
                _fix(folders),
                error=True,
            )
        )
    if unmeasured:
        problems.append(
            Problem(
                file,
                f"extra.course.readability_minimum is set for {', '.join(unmeasured)}, whose "
                f"language pack says readability is '{NOT_MEASURED}'.",
                "Remove that language from readability_minimum, or name a readability "
                "formula in its pack.yml (see CONTRIBUTING.md, 'Adding a language').",
                error=True,
            )
        )
    return problems


def missing_pieces(lang: str, folders: PackFolders) -> list[str]:
    """What ``lang`` lacks to be published, in the words a message lists them in."""
    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return ["not a language code the toolkit knows (use a two-letter ISO 639-1 code)"]
    found = pack(lang, folders)
    missing = [f"{shown_path(path)} {error}" for path, error in found.errors]
    if not found.has("labels.yml"):
        missing.append("no labels (labels.yml)")
    else:
        missing += _label_gaps(found, pack("en", folders))
    if not found.has("wording.yml"):
        missing.append("no respectful-language data (wording.yml)")
    elif not _lemmatised(lang):
        missing.append(
            f"no dictionary forms for '{lang}' in the simplemma library (the words of "
            "wording.yml cannot be matched)"
        )
    if not found.has("pack.yml"):
        missing.append(
            "no pack.yml (native name, readability formula or 'not measured', search language)"
        )
    else:
        missing += _info_gaps(found.info)
    return missing


def _fix(folders: PackFolders) -> str:
    where = (
        f"to {shown_path(folders.course)}/<language>/"
        if folders.course is not None
        else "to a folder of your course's packs (extra.course.language_packs: packs/, "
        "then packs/<language>/)"
    )
    return (
        f"Add what is missing {where}, starting from copies of "
        f"{toolkit_file('en', '')} (see CONTRIBUTING.md, 'Adding a language'), "
        "or remove the language from plugins → i18n → languages."
    )


def _label_gaps(found: Pack, english: Pack) -> list[str]:
    ours, theirs = _texts(english.labels), _texts(found.labels)
    absent = [key for key in ours if key not in theirs]
    gaps = []
    if absent:
        named = ", ".join(absent[:_NAMED])
        more = f" and {len(absent) - _NAMED} more" if len(absent) > _NAMED else ""
        gaps.append(f"labels.yml lacks {len(absent)} of the English labels ({named}{more})")
    for key, text in ours.items():
        if key in theirs and _placeholders(theirs[key]) != _placeholders(text):
            expected = " ".join(sorted(_placeholders(text))) or "none"
            gaps.append(f"labels.yml's {key} must use the placeholders {expected}")
    return gaps


def _texts(node: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(node, Mapping):
        return {prefix.rstrip("."): node}
    return {
        k: v for key, value in node.items() for k, v in _texts(value, f"{prefix}{key}.").items()
    }


def _placeholders(text: Any) -> set[str]:
    return set(_PLACEHOLDER.findall(str(text)))


def _info_gaps(info: Mapping[str, Any]) -> list[str]:
    gaps = []
    if not isinstance(info.get("name"), str) or not info["name"]:
        gaps.append("pack.yml has no native name (name: Deutsch)")
    formula = info.get("readability")
    if formula is None:
        gaps.append(
            f"pack.yml does not say how readability is measured (readability: a formula, "
            f"or '{NOT_MEASURED}')"
        )
    elif formula != NOT_MEASURED and formula not in FORMULAS:
        gaps.append(
            f"pack.yml names the readability formula {formula!r}, which the toolkit does not "
            f"know (it knows {', '.join(FORMULAS)}; or write '{NOT_MEASURED}')"
        )
    search = info.get("search")
    if search is None:
        gaps.append("pack.yml has no search language (search: the language's code, or en)")
    elif search not in search_languages():
        gaps.append(
            f"pack.yml's search language {search!r} is not one the theme's search knows "
            f"({', '.join(sorted(search_languages()))})"
        )
    region = info.get("region")
    if region is not None and not (
        isinstance(region, str) and re.fullmatch(r"[a-z]{2,3}-[A-Z]{2}", region)
    ):
        gaps.append(f"pack.yml's region {region!r} is not a language with a region, such as de-DE")
    return gaps


def _lemmatised(lang: str) -> bool:
    # Whether simplemma ships the language's dictionary, found without importing simplemma:
    # asking for a lemma would load the whole dictionary (about half a second) and the
    # library in every build, also when every page's findings come from the cache.
    spec = find_spec("simplemma")
    folders = spec.submodule_search_locations if spec is not None else None
    if folders:
        data = Path(next(iter(folders))) / "strategies" / "dictionaries" / "data"
        if data.is_dir():
            return (data / f"{lang}.plzma").is_file()
    try:  # a later simplemma keeps its dictionaries elsewhere: ask it
        tokens("a", lang)
    except ValueError:
        return False
    return True


@cache
def search_languages() -> frozenset[str]:
    """The languages Material's search can stem words in (its lunr language files)."""
    folder = files("material").joinpath("templates", "assets", "javascripts", "lunr", "min")
    names = (entry.name for entry in folder.iterdir()) if folder.is_dir() else ()
    found = {
        name.split(".")[1]
        for name in names
        if name.startswith("lunr.") and name.endswith(".min.js") and name.count(".") == 3
    }
    return frozenset(found - {"stemmer", "multi"} | {"en"})
