"""A small course in four languages, kept in a real git repository, for the translators' tools."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from oer.translations.__main__ import main

LANGUAGES = ("es", "nl", "it")
TRANSLATED = {
    "nl": (
        "Hoop en keuze",
        "Arbeidsbemiddeling begint met hoop.",
        "Keuze",
        "Mensen kiezen zelf het werk dat ze willen.",
    ),
    "it": (
        "Speranza e scelta",
        "Il sostegno all'occupazione comincia dalla speranza.",
        "Scelta",
        "Le persone scelgono il lavoro che vogliono.",
    ),
}
HOMES = {"nl": "Startpagina van de testcursus", "it": "Pagina iniziale del corso di prova"}
EXTRA_LANGUAGES = """\
        - locale: nl
          name: Nederlands
        - locale: it
          name: Italiano
"""
EXTRA_PEOPLE = """\
  - id: translator-nl
    credit: chosen
    chosen_name: Noor
  - id: translator-it
    credit: chosen
    chosen_name: Gio
"""


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return result.stdout


@dataclass(frozen=True)
class CourseRepo:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    def path(self, uri: str) -> Path:
        return self.root / "docs" / uri

    def read(self, uri: str) -> str:
        return self.path(uri).read_text(encoding="utf-8")

    def write(self, uri: str, text: str) -> None:
        self.path(uri).write_text(text, encoding="utf-8")

    def replace(self, uri: str, old: str, new: str) -> None:
        text = self.read(uri)
        assert old in text, f"{old!r} not in {uri}"
        self.write(uri, text.replace(old, new))

    def commit(self, message: str) -> str:
        git(self.root, "add", "-A")
        git(self.root, "commit", "-q", "-m", message)
        return git(self.root, "rev-parse", "HEAD").strip()


@pytest.fixture
def course_repo(fixture_copy: Path) -> Iterator[CourseRepo]:
    """The fixture site in Spanish, Dutch and Italian, every translation current, committed."""
    repo = CourseRepo(fixture_copy)
    config = repo.config.read_text(encoding="utf-8")
    marker = "        - locale: es\n          name: Español\n"
    repo.config.write_text(config.replace(marker, marker + EXTRA_LANGUAGES), encoding="utf-8")
    registry = fixture_copy / "coproducers.yml"
    people = registry.read_text(encoding="utf-8").replace(
        "organisations:", EXTRA_PEOPLE + "organisations:"
    )
    registry.write_text(people, encoding="utf-8")
    for lang, (title, intro, heading, text) in TRANSLATED.items():
        repo.write(
            f"translated.{lang}.md",
            f"---\ntranslators: [translator-{lang}]\n---\n\n# {title}\n\n{intro}\n\n"
            f"## {heading}\n\n{text}\n",
        )
        repo.write(
            f"index.{lang}.md",
            f"---\ntranslators: [translator-{lang}]\n---\n\n# {HOMES[lang]}\n\nWelkom.\n"
            if lang == "nl"
            else f"---\ntranslators: [translator-{lang}]\n---\n\n# {HOMES[lang]}\n\nBenvenuti.\n",
        )
    git(fixture_copy, "init", "-q", "-b", "main")
    git(fixture_copy, "config", "user.email", "test@example.org")
    git(fixture_copy, "config", "user.name", "Test")
    repo.commit("Course")
    files = [f"docs/{name}.{lang}.md" for lang in TRANSLATED for name in ("translated", "index")]
    assert main(["mark-current", *files], cwd=fixture_copy) == 0
    repo.commit("Dutch and Italian reviewed")
    yield repo
