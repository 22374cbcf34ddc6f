"""A real fixture build: the module page's preview picture and the line under each exercise."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest
from lxml import html
from PIL import Image

from oer.locales import label
from tests.conftest import FIXTURE_SITE, Build, run_build


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_module_page_shows_the_first_page_of_its_learner_sheets(
    fixture_build: Build, lang: str
) -> None:
    page = f"{prefix(lang)}module/index.html"
    document = html.fromstring(fixture_build.read(page))

    image = document.xpath("//section[@class='oer-downloads']//img")[0]
    picture = fixture_build.site / PurePosixPath(page).parent / image.get("src")
    with Image.open(picture) as opened:
        assert opened.format == "PNG"
        assert opened.size == (int(image.get("width")), int(image.get("height")))
        assert opened.size[0] == 300
    assert image.get("src") == f"downloads/module-{lang}-learner-sheets.png"
    assert image.get("alt") == label(lang, "bundles.preview_alt")
    assert image.get("loading") == "lazy"


def size_kb(path: Path) -> int:
    return max(1, round(path.stat().st_size / 1000))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_exercise_ends_with_its_sheet_page_and_the_bundle(
    fixture_build: Build, lang: str
) -> None:
    page = f"{prefix(lang)}module/lesson/index.html"
    document = html.fromstring(fixture_build.read(page))

    exercise = document.xpath("//section[@class='oer-exercise']")[0]
    line = exercise[-1]
    assert line.get("class") == "oer-exercise-downloads"
    assert line.get("lang") == lang
    links = line.xpath(".//a")
    targets = [fixture_build.site / PurePosixPath(page).parent / a.get("href") for a in links]
    assert [t.name for t in targets] == [
        f"module-{lang}-learner-sheets.pdf",
        f"module-{lang}-exercises.zip",
    ]
    sheet = label(lang, "bundles.exercise_sheet").format(page=1)
    assert links[0].text_content() == f"{sheet} (PDF, {size_kb(targets[0])} kB)"
    assert links[1].text_content().endswith(f"(ZIP, {size_kb(targets[1])} kB)")


def test_no_marker_is_left_in_any_page(fixture_build: Build) -> None:
    pages = list(fixture_build.site.rglob("*.html"))

    assert pages
    assert [p for p in pages if "<!-- oer-exercise-downloads" in p.read_text("utf-8")] == []


def test_two_builds_give_the_same_picture_and_lines(fixture_build: Build, tmp_path: Path) -> None:
    again = run_build(FIXTURE_SITE / "mkdocs.yml", tmp_path / "again", fresh_cache=True)

    assert again.returncode == 0, again.log
    for lang in ("en", "es"):
        picture = f"{prefix(lang)}module/downloads/module-{lang}-learner-sheets.png"
        assert (tmp_path / "again" / picture).read_bytes() == (
            fixture_build.site / picture
        ).read_bytes()
        lesson = f"{prefix(lang)}module/lesson/index.html"
        assert again.read(lesson) == fixture_build.read(lesson)
