"""The translation workflow on a real build of the fixture site."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree, html

from oer.locales import label
from oer.translations.__main__ import main
from tests.conftest import FIXTURE_SITE, Build, run_build

CHANGED = ("People choose the work they want.", "People choose the work they want, with support.")


def notice(build: Build, page: str) -> str:
    document = html.fromstring(build.read(page))
    found = document.xpath("//div[contains(@class, 'oer-translation-notice')]")
    return found[0].text_content() if found else ""


def status_of(build: Build, page: str) -> dict[str, object]:
    data = json.loads(build.read("translation-status.json"))
    return next(e for e in data["pages"] if e["page"] == page and e["lang"] == "es")


def test_editing_english_marks_the_translation_outdated_until_marked_current(
    fixture_copy: Path, tmp_path: Path
) -> None:
    source = fixture_copy / "docs" / "translated.md"
    source.write_text(source.read_text(encoding="utf-8").replace(*CHANGED), encoding="utf-8")

    before = run_build(fixture_copy / "mkdocs.yml", tmp_path / "before")
    assert before.returncode == 0, before.log
    assert "original en inglés ha cambiado" in notice(before, "es/translated/index.html")
    assert "Secciones que han cambiado: Elección." in notice(before, "es/translated/index.html")
    assert status_of(before, "translated.md")["status"] == "outdated"
    assert status_of(before, "translated.md")["changed_sections"] == ["Choice"]
    status_page = html.fromstring(before.read("es/status/index.html")).text_content()
    assert label("es", "translations.state_outdated") in status_page and "Elección" in status_page

    main(
        ["-f", str(fixture_copy / "mkdocs.yml"), "mark-current", str(source.with_suffix(".es.md"))]
    )
    after = run_build(fixture_copy / "mkdocs.yml", tmp_path / "after")

    assert notice(after, "es/translated/index.html") == ""
    assert status_of(after, "translated.md")["status"] == "current"


def test_an_untranslated_page_says_so_in_the_readers_language(fixture_build: Build) -> None:
    text = " ".join(notice(fixture_build, "es/untranslated/index.html").split())

    assert text.startswith(
        "Esta página aún no está disponible en español; estás leyendo el original en inglés."
    )
    assert "Ayuda a traducirla." in text
    assert notice(fixture_build, "es/translated/index.html") == ""


def test_status_report_has_a_completion_figure_per_language(fixture_build: Build) -> None:
    data = json.loads(fixture_build.read("translation-status.json"))

    assert data["languages"]["es"]["current"] == 4
    assert data["languages"]["es"]["missing"] == 3
    assert data["languages"]["es"]["completion"] == pytest.approx(4 / 7, abs=0.001)


def test_the_sitemap_claims_no_spanish_page_that_is_really_english(fixture_build: Build) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = etree.fromstring((fixture_build.site / "sitemap.xml").read_bytes())
    entries = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in tree.findall("s:url", ns)
    }
    base = "https://example.org/fixture/"

    assert base + "es/untranslated/" not in entries
    assert entries[base + "untranslated/"] == {
        "en": base + "untranslated/",
        "x-default": base + "untranslated/",
    }
    assert entries[base + "es/translated/"]["en"] == base + "translated/"


BREAKAGES: dict[str, tuple[Callable[[Path], object], str]] = {
    "orphan translation": (
        lambda site: (site / "docs" / "translatd.es.md").write_text("# Errata\n", encoding="utf-8"),
        "docs/translatd.es.md: This translation has no source page: "
        "docs/translatd.md does not exist, so it is not published.",
    ),
    "translation with front matter only": (
        lambda site: (site / "docs" / "untranslated.es.md").write_text(
            "---\ntitle: Sin traducir\ntranslators: [translator-es]\n---\n", encoding="utf-8"
        ),
        "docs/untranslated.es.md: This translation has front matter but no text",
    ),
    "script in a partner page": (
        lambda site: _append(
            site / "docs" / "translated.es.md", "\n<script>alert('hi')</script>\n"
        ),
        "docs/translated.es.md:18: The page contains a <script> element, which is not allowed",
    ),
    "missing exercise": (
        lambda site: _replace(
            site / "docs" / "module" / "lesson.es.md", "id: hope-in-practice", "id: esperanza"
        ),
        "docs/module/lesson.es.md: The exercise 'hope-in-practice' of the source is missing here.",
    ),
}


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _replace(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("breakage", BREAKAGES, ids=str)
def test_partner_mistakes_fail_strict_and_the_site_still_builds_safely(
    fixture_copy: Path, tmp_path: Path, breakage: str
) -> None:
    breaks, message = BREAKAGES[breakage]
    breaks(fixture_copy)

    strict = run_build(fixture_copy / "mkdocs.yml", tmp_path / "strict")
    relaxed = run_build(fixture_copy / "mkdocs.yml", tmp_path / "relaxed", strict=False)

    assert strict.returncode != 0
    assert message in strict.log, strict.log
    assert relaxed.returncode == 0
    published = (tmp_path / "relaxed" / "es" / "translated" / "index.html").read_text("utf-8")
    assert "alert(" not in published


def test_make_translations_prints_the_status_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-f", str(FIXTURE_SITE / "mkdocs.yml"), "status"]) == 0

    out = capsys.readouterr().out
    assert "translated.md     Current" in out
    assert "untranslated.md   Not yet translated" in out
    assert (
        "== To do in Spanish ==\n57% of pages are translated and current: 4 current, "
        "0 may be out of date, 0 new and not yet reviewed, 3 not yet translated.\n" in out
    )


def test_a_new_translation_warns_its_translator_and_shows_readers_no_notice(
    fixture_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (fixture_copy / "docs" / "untranslated.es.md").write_text(
        "---\ntranslators: [translator-es]\n---\n\n# Una página traducida hace poco\n\n"
        "Texto nuevo.\n",
        encoding="utf-8",
    )

    strict = run_build(fixture_copy / "mkdocs.yml", tmp_path / "strict")
    relaxed = run_build(fixture_copy / "mkdocs.yml", tmp_path / "relaxed", strict=False)

    assert strict.returncode != 0
    assert (
        "docs/untranslated.es.md:1: This translation is new and not yet reviewed: it does not "
        "record which version of its source page it was made from. Fix: When it has been checked "
        "against the source, record that with '.venv/bin/python -m oer.translations "
        "mark-current docs/untranslated.es.md'." in strict.log
    ), strict.log
    assert notice(relaxed, "es/untranslated/index.html") == ""
    assert status_of(relaxed, "untranslated.md")["status"] == "new"
    status_page = html.fromstring(relaxed.read("es/status/index.html")).text_content()
    assert label("es", "translations.state_new") in status_page
    assert main(["-f", str(fixture_copy / "mkdocs.yml"), "status"]) == 0
    out = capsys.readouterr().out
    assert "untranslated.md   New — not yet reviewed" in out
    assert (
        "Una página traducida hace poco — docs/untranslated.es.md\n"
        "  New — not yet reviewed · 8 words to review · about 10 minutes of work\n"
        "  .venv/bin/python -m oer.translations mark-current docs/untranslated.es.md\n" in out
    )


def test_a_broken_front_matter_gets_one_message_not_a_follow_on(
    fixture_copy: Path, tmp_path: Path
) -> None:
    translation = fixture_copy / "docs" / "translated.es.md"
    _replace(translation, "translators: [translator-es]", "title: 'Esperanza")

    build = run_build(fixture_copy / "mkdocs.yml", tmp_path / "site", strict=False)

    assert "docs/translated.es.md:2: The front matter is not valid YAML" in build.log
    assert "translated.es.md:1: This translation is new" not in build.log


def test_unpublishable_translations_are_left_out_and_counted_missing(
    fixture_copy: Path, tmp_path: Path
) -> None:
    docs = fixture_copy / "docs"
    (docs / "translatd.es.md").write_text("# Errata\n", encoding="utf-8")
    (docs / "untranslated.es.md").write_text("---\ntitle: Vacía\n---\n\n", encoding="utf-8")

    relaxed = run_build(fixture_copy / "mkdocs.yml", tmp_path / "site", strict=False)

    site = tmp_path / "site"
    assert not (site / "es" / "translatd").exists()
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "translatd" not in sitemap and "es/untranslated/" not in sitemap
    # Readers of Spanish get the original, marked as not yet translated.
    fallback = (site / "es" / "untranslated" / "index.html").read_text(encoding="utf-8")
    assert "Vacía" not in fallback and 'lang="en"' in fallback
    status = json.loads((site / "translation-status.json").read_text(encoding="utf-8"))
    entry = next(p for p in status["pages"] if p["page"] == "untranslated.md" and p["lang"] == "es")
    assert entry["status"] == "missing"
    assert relaxed.returncode == 0
