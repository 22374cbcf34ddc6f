"""A new course as data: every file of a minimal course, by its path, in chosen languages.

The course has one module with one exercise, a co-producers page, a guide for
contributors and the about-pages, in each chosen language; the first language is the
one pages are written in first, the others are translations marked current. It takes
from the toolkit only what the toolkit needs to build any course (its hooks, Markdown
extensions, theme features and stylesheets), read from the toolkit's own files.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import yaml_load

from oer.attribution.licences import DEFAULT_LICENCE, LICENCES
from oer.languages.language_packs import PackFolders, pack
from oer.languages.support import missing_pieces
from oer.locales import label
from oer.problems import Problem
from oer.templates import templates_for
from oer.translations.record import with_record

__all__ = [
    "MODULE",
    "StarterError",
    "starter_files",
    "starter_languages",
    "toolkit_root",
    "write_course",
]

MODULE = "first-module"
# Each page of the course (its path below docs/) and the text it is written from.
PAGES = {
    "index.md": "index.md",
    f"{MODULE}/index.md": "module.md",
    f"{MODULE}/first-session.md": "session.md",
    "coproducers.md": "coproducers.md",
    "contributing.md": "contributing.md",
    "translation-status.md": "translation-status.md",
    "accessibility.md": "accessibility.md",
}
# The stand-in co-producers the module credits until the course names its own.
MODULE_CREDITS = {
    "expert-by-experience": ["peer-tutor-1"],
    "expert-by-profession": ["professional-tutor-1"],
}
# The toolkit's stylesheets a course lists in extra_css, copied from the example course.
STYLESHEETS = ("palette.css", "oer.css")
STATES = ("current", "outdated", "new", "missing")


class StarterError(Exception):
    """A choice the person asked for cannot be made; printed without a traceback."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    site: Mapping[str, str]


def toolkit_root() -> Path:
    """The toolkit's folder (hooks/, overrides/): the package runs from its source tree."""
    return Path(__file__).resolve().parents[3]


def _pages(lang: str) -> Any:
    return files(__package__).joinpath("templates", "pages", lang)


def starter_languages() -> list[str]:
    """Languages the starter has texts for and the toolkit can publish."""
    folder = files(__package__).joinpath("templates", "pages")
    return sorted(
        entry.name
        for entry in folder.iterdir()
        if entry.joinpath("site.yml").is_file() and not missing_pieces(entry.name, PackFolders())
    )


def _language(code: str) -> Language:
    site = yaml.safe_load(_pages(code).joinpath("site.yml").read_text(encoding="utf-8"))
    return Language(code, str(pack(code).info.get("name") or code), site)


def _check(languages: Sequence[str], licence: str, toolkit: Path) -> None:
    offered = starter_languages()
    unknown = [lang for lang in languages if lang not in offered]
    if not languages or unknown:
        raise StarterError(
            Problem(
                "LANGS",
                f"The starter has no texts in {', '.join(unknown)}."
                if unknown
                else "No language was given.",
                f"Choose from {', '.join(offered)}, first the language pages are written in "
                '(e.g. LANGS="en nl"). Add another language to the course afterwards '
                "(see the toolkit's CONTRIBUTING.md, 'Adding a language').",
            )
        )
    if len(set(languages)) != len(languages):
        raise StarterError(
            Problem("LANGS", "A language is named twice.", "Name each language once.")
        )
    if licence not in LICENCES:
        raise StarterError(
            Problem(
                "--licence",
                f"The toolkit does not know the licence {licence!r}.",
                f"Choose from {', '.join(LICENCES)}.",
            )
        )
    if not (toolkit / "hooks").is_dir() or not (toolkit / "overrides").is_dir():
        raise StarterError(
            Problem(
                str(toolkit),
                "This is not the toolkit's folder (it has no hooks/ and overrides/).",
                "Run the starter from the toolkit's own checkout (make new-course there).",
            )
        )


def _quoted(text: str) -> str:
    """``text`` as a YAML scalar that means exactly that text."""
    return json.dumps(text, ensure_ascii=False)


def _slug(target: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", target.name.lower()).strip("-") or "course"


def _page(lang: Language, name: str, values: Mapping[str, str]) -> str:
    template = templates_for(__package__).get_template(f"pages/{lang.code}/{name}")
    return template.render(**values)


def _with_front_matter(text: str, extra: Mapping[str, Any]) -> str:
    """``text`` with ``extra`` added at the end of its front matter."""
    block = yaml.safe_dump(
        dict(extra), allow_unicode=True, sort_keys=False, default_flow_style=None
    )
    head, rest = text.split("\n---\n", 1)
    return f"{head}\n{block}---\n{rest}"


def _toolkit_config(toolkit: Path) -> dict[str, Any]:
    """The toolkit's own mkdocs.yml, read with MkDocs' YAML loader (``!ENV`` and all)."""
    with (toolkit / "mkdocs.yml").open(encoding="utf-8") as source:
        loaded: dict[str, Any] = yaml_load(source)
    return loaded


def _docs(languages: Sequence[Language], title: str | None) -> dict[str, str]:
    default = languages[0]
    others = [lang.code for lang in languages[1:]]
    example = others[0] if others else ("nl" if default.code != "nl" else "en")
    docs = {}
    for lang in languages:
        values = {
            "site_name": title or lang.site["site_name"],
            "example": example,
            **{
                f"state_{state}": label(lang.code, f"translations.state_{state}")
                for state in STATES
            },
        }
        for path, name in PAGES.items():
            text = _page(lang, name, values)
            if lang is default:
                if path == f"{MODULE}/index.md":
                    text = _with_front_matter(text, {"coproducers": MODULE_CREDITS})
                docs[path] = text
                continue
            translated = _with_front_matter(text, {"translators": [f"translator-{lang.code}"]})
            # Written from the same texts as the original: current, as a review would find.
            source_body, _ = get_data(docs[path])
            stem, suffix = path.rsplit(".", 1)
            docs[f"{stem}.{lang.code}.{suffix}"] = with_record(translated, source_body)
    return {f"docs/{path}": text for path, text in docs.items()}


def starter_files(
    target: Path,
    languages: Sequence[str],
    *,
    title: str | None = None,
    licence: str = DEFAULT_LICENCE,
    toolkit: Path | None = None,
) -> dict[str, str]:
    """Every file of a new course in ``target``, by its path in the course.

    ``languages`` come first-written first. ``title`` names the course in every language
    (default: a plain description in each). Raises StarterError for a choice that cannot
    be made.
    """
    toolkit = (toolkit or toolkit_root()).resolve()
    _check(languages, licence, toolkit)
    chosen = [_language(code) for code in languages]
    default = chosen[0]
    toolkit_config = _toolkit_config(toolkit)
    # Relative while the two share a folder below the root, so both can move together.
    shared = os.path.commonpath([toolkit, target.resolve()])
    relative = (
        Path(os.path.relpath(toolkit, target.resolve())).as_posix()
        if shared != Path(shared).anchor
        else toolkit.as_posix()
    )
    licence_name = LICENCES[licence].name

    def site(lang: Language, key: str) -> str:
        if key == "site_name" and title:
            return _quoted(title)
        return _quoted(lang.site[key].format(licence=licence_name))

    extensions = yaml.safe_dump(
        toolkit_config.get("markdown_extensions", []), allow_unicode=True, sort_keys=False
    )
    course: dict[str, Any] = {
        "toolkit": relative,
        "slug": _slug(target),
        "default": default.code,
        "default_name": default.name,
        "site_name": site(default, "site_name"),
        "site_description": site(default, "site_description"),
        "copyright": site(default, "copyright"),
        "dark_mode": site(default, "dark_mode"),
        "light_mode": site(default, "light_mode"),
        "licence": licence,
        "features": toolkit_config.get("theme", {}).get("features", []),
        "hooks": toolkit_config.get("hooks", []),
        "markdown_extensions": "\n".join(f"  {line}" for line in extensions.splitlines()),
        "search": list(
            dict.fromkeys(
                str(pack(lang.code).info["search"])
                for lang in chosen
                if pack(lang.code).info.get("search")
            )
        ),
        "module_title": _quoted(default.site["module"]),
        "about_title": _quoted(default.site["about"]),
        "module_pages": [path for path in PAGES if path.startswith(f"{MODULE}/")],
        "module": MODULE,
        "title": title or default.site["site_name"],
        "language_names": ", ".join(lang.name for lang in chosen),
        "others": [lang.code for lang in chosen[1:]],
        "languages": [
            {
                "code": lang.code,
                "name": _quoted(lang.name),
                **{
                    key: site(lang, key)
                    for key in (
                        "site_name",
                        "site_description",
                        "copyright",
                        "dark_mode",
                        "light_mode",
                    )
                },
                "module": _quoted(lang.site["module"]),
                "about": _quoted(lang.site["about"]),
            }
            for lang in chosen
        ],
    }

    def example_texts(english: str) -> str:
        """A commented example's text per language: the English one, '…' for the others."""
        return "{" + ", ".join(f"{c}: {english if c == 'en' else '…'}" for c in languages) + "}"

    course["example_texts"] = example_texts
    templates = templates_for(__package__)
    made = {
        name: templates.get_template(name).render(**course)
        for name in ("mkdocs.yml", "Makefile", "README.md", "coproducers.yml")
    }
    made[".gitignore"] = templates.get_template("gitignore").render()
    made.update(_docs(chosen, title))
    stylesheets = toolkit / "docs" / "assets" / "stylesheets"
    for sheet in STYLESHEETS:
        made[f"docs/assets/stylesheets/{sheet}"] = (stylesheets / sheet).read_text(encoding="utf-8")
    return made


def write_course(target: Path, made: Mapping[str, str]) -> None:
    """Write ``made`` into ``target``, which must not exist yet or be empty."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StarterError(
            Problem(
                str(target),
                "This folder already exists and is not empty; nothing was written.",
                "Name a new folder, e.g. DIR=../my-course.",
            )
        )
    for path, text in made.items():
        file = target / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
