"""Accessibility checks in a real build: they fail strict, name the line, and lose nothing."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import html

from tests.conftest import Build, run_build


def test_a_translation_with_a_missing_alt_text_fails_strict_with_its_line(
    fixture_copy: Path, tmp_path: Path
) -> None:
    page = fixture_copy / "docs" / "translated.es.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n![](equipo.png)\n", encoding="utf-8")
    (fixture_copy / "docs" / "equipo.png").write_bytes(b"\x89PNG\r\n\x1a\n")

    strict = run_build(fixture_copy / "mkdocs.yml", tmp_path / "strict")
    relaxed = run_build(fixture_copy / "mkdocs.yml", tmp_path / "relaxed", strict=False)

    assert strict.returncode != 0
    line = len(page.read_text(encoding="utf-8").splitlines())
    assert f"docs/translated.es.md:{line}: The image 'equipo.png' has no alternative text." in (
        strict.log
    )
    assert "Describe what the image shows" in strict.log
    assert relaxed.returncode == 0
    for built in ("index.html", "es/translated/index.html", "es/module/lesson/index.html"):
        assert (tmp_path / "relaxed" / built).is_file()


def test_the_report_covers_every_page_in_every_language(fixture_build: Build) -> None:
    report = json.loads(fixture_build.read("accessibility.json"))
    urls = {(page["lang"], page["url"]) for page in report["pages"]}

    assert {("en", "translated/"), ("es", "translated/"), ("es", "module/lesson/")} <= {
        (lang, url.removeprefix("es/")) for lang, url in urls
    }
    assert report["summary"]["findings"] == 0
    lesson = next(p for p in report["pages"] if p["url"] == "module/lesson/")
    assert "respectful-language" in lesson["checks"] and "image-alt" in lesson["checks"]


def test_untranslated_text_is_marked_as_english_on_other_language_pages(
    fixture_build: Build,
) -> None:
    fallback = html.fromstring(fixture_build.read("es/untranslated/index.html"))
    translated = html.fromstring(fixture_build.read("es/translated/index.html"))

    assert fallback.get("lang") == "es"
    marked = fallback.xpath("//article//*[@lang='en']")
    assert [element.tag for element in marked[:2]] == ["h1", "p"]
    assert "Rapid job search" in marked[0].text_content()
    notice = fallback.xpath("//article//div[contains(@class, 'oer-translation-notice')]")[0]
    assert notice.get("lang") == "es"
    assert not translated.xpath("//article//*[@lang='en']")


def test_a_readability_minimum_warns_about_harder_pages_only_when_set(
    fixture_copy: Path, tmp_path: Path
) -> None:
    config = fixture_copy / "mkdocs.yml"
    long_page = fixture_copy / "docs" / "module" / "lesson.md"
    hard = (
        "Notwithstanding considerable methodological heterogeneity, contemporaneous "
        "epidemiological investigations substantiate that individualised vocational "
        "rehabilitation interventions demonstrably outperform conventional prevocational "
        "preparatory programmes regarding competitive employment acquisition.\n\n"
    )
    # Enough prose to be measured: a figure is given from MINIMUM_WORDS words on.
    long_page.write_text(long_page.read_text(encoding="utf-8") + "\n" + hard * 3, encoding="utf-8")
    unset = run_build(config, tmp_path / "unset")
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "    funding: erasmus-plus-2014-2020\n",
            "    funding: erasmus-plus-2014-2020\n    readability_minimum: {en: 60}\n",
        ),
        "utf-8",
    )
    strict = run_build(config, tmp_path / "strict")

    assert "Readability is" not in unset.log
    assert strict.returncode != 0
    assert "docs/module/lesson.md: Readability is" in strict.log
    assert "the course asks for at least 60" in strict.log
