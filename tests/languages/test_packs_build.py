"""A German and French site builds strictly with their packs, and stigmatising German or
French fails the strict build with the file, the line and the fix."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, Build, run_build

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "languages-site"


@pytest.fixture
def packs_site(tmp_path: Path) -> Iterator[Path]:
    """A private copy of the German and French fixture site, to break on purpose."""
    target = tmp_path / "packs-src"
    shutil.copytree(SITE, target)
    config = target / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("../../../", f"{REPO}/"), encoding="utf-8"
    )
    yield target


@pytest.fixture(scope="module")
def packs_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    build = run_build(SITE / "mkdocs.yml", tmp_path_factory.mktemp("packs") / "site")
    assert build.returncode == 0, build.log
    return build


def test_untranslated_pages_say_so_in_german_and_french(packs_build: Build) -> None:
    german = packs_build.read("de/untranslated/index.html")
    french = packs_build.read("fr/untranslated/index.html")

    assert '<html lang="de"' in german and '<html lang="fr"' in french
    assert "Diese Seite gibt es noch nicht auf Deutsch; Sie lesen das Original auf Englisch." in (
        german
    )
    assert "Cette page n&#39;est pas encore disponible en français\u00a0; vous lisez" in french


def test_each_language_is_measured_and_searched_in_its_own_way(packs_build: Build) -> None:
    report = json.loads(packs_build.read("accessibility.json"))
    formulas = {
        page["lang"]: page["readability"]["formula"]
        for page in report["pages"]
        if page["url"].endswith("work/")
    }

    assert formulas == {"en": "Flesch reading ease", "de": "Flesch-Amstad", "fr": "Kandel-Moles"}
    for lang in ("de", "fr"):
        index = json.loads(packs_build.read(f"{lang}/search/search_index.json"))
        assert index["config"]["lang"] == [lang]


def test_a_course_pack_rewords_a_label_and_adds_a_rule(packs_site: Path, tmp_path: Path) -> None:
    page = packs_site / "docs" / "work.de.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\nFrüher sagte man gemütskranke Menschen.\n", "utf-8"
    )

    build = run_build(packs_site / "mkdocs.yml", tmp_path / "site")

    line = len(page.read_text(encoding="utf-8").splitlines())
    assert build.returncode != 0
    assert f"docs/work.de.md:{line}: 'gemütskranke' can stigmatise: es ist ein veraltetes" in (
        build.log
    )


@pytest.mark.parametrize(
    ("page", "sentences", "found", "advice"),
    [
        (
            "index.de.md",
            [
                "Viele Menschen, die an Depressionen leiden, suchen Arbeit.",
                "Ein Schizophrener hat bei uns angefangen.",
            ],
            ["'an Depressionen leiden' can stigmatise: es stellt", "'Ein Schizophrener'"],
            "lebt mit",
        ),
        (
            "index.fr.md",
            ["Notre collègue souffre de dépression.", "Il a commis un suicide."],
            ["'souffre de dépression' can stigmatise: cela", "'commis un suicide'"],
            "vit avec",
        ),
    ],
)
def test_stigmatising_wording_fails_the_strict_build_with_line_and_fix(
    packs_site: Path,
    tmp_path: Path,
    page: str,
    sentences: list[str],
    found: list[str],
    advice: str,
) -> None:
    source = packs_site / "docs" / page
    text = source.read_text(encoding="utf-8")
    source.write_text(text + "".join(f"\n{sentence}\n" for sentence in sentences), "utf-8")
    first_line = len(text.splitlines()) + 2

    build = run_build(packs_site / "mkdocs.yml", tmp_path / "site")

    assert build.returncode != 0
    for number, finding in enumerate(found):
        assert f"docs/{page}:{first_line + 2 * number}: {finding}" in build.log
    assert f"Fix: Use person-first, recovery-oriented wording: {advice}" in build.log
    assert "Traceback" not in build.log


def test_a_minimum_for_a_language_not_measured_stops_the_build(
    packs_site: Path, tmp_path: Path
) -> None:
    (packs_site / "packs" / "de" / "pack.yml").write_text("readability: not measured\n", "utf-8")
    config = packs_site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("    language_packs: packs\n", "    language_packs: packs\n"
                     "    readability_minimum: {en: 50, de: 50}\n"),
        "utf-8",
    )  # fmt: skip

    build = run_build(config, tmp_path / "site", strict=False)

    errors = [line for line in build.log.splitlines() if line.startswith("ERROR")]
    assert build.returncode != 0 and len(errors) == 1
    assert (
        "readability_minimum is set for de, whose language pack says readability is" in (errors[0])
    )
    assert "Traceback" not in build.log
