"""After an English edit, every language sees exactly which words changed, from git history."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from lxml import html
from mkdocs.utils.meta import get_data

from oer.locales import label
from oer.translations.__main__ import main
from tests.conftest import Build, run_build
from tests.translations.conftest import CourseRepo, git

CHANGE = ("People choose the work they want.", "People choose the work they want, with support.")
HEADINGS = {"es": "Elección", "nl": "Keuze", "it": "Scelta"}
BASE = "https://example.org/fixture/"


def notice_of(build: Build, page: str) -> html.HtmlElement:
    document = html.fromstring(build.read(page))
    found: list[html.HtmlElement] = document.xpath(
        "//div[contains(@class, 'oer-translation-notice')]"
    )
    assert found, f"no notice on {page}"
    return found[0]


def followed(build: Build, page: str, href: str) -> html.HtmlElement:
    """The element a link on ``page`` points at, in the built site."""
    target = urlparse(urljoin(BASE + page, href))
    path = target.path.removeprefix(urlparse(BASE).path)
    document = html.fromstring(build.read(path + "index.html"))
    return document.get_element_by_id(target.fragment)


def test_every_language_sees_exactly_the_changed_words_and_the_build_still_passes(
    course_repo: CourseRepo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    course_repo.replace("translated.md", *CHANGE)
    course_repo.commit("English: choice with support")

    build = run_build(course_repo.config, tmp_path / "site")

    assert build.returncode == 0, build.log
    for lang, heading in HEADINGS.items():
        page = f"{lang}/translated/"
        notice = notice_of(build, page + "index.html")
        sections = label(lang, "translations.changed_sections")
        assert f"{sections}: {heading}." in " ".join(notice.text_content().split())
        link = notice.xpath(f".//a[text()='{label(lang, 'translations.see_changes')}']")[0]
        entry = followed(build, page, link.get("href"))
        assert entry.xpath(".//h4")[0].text_content() == heading
        assert [ins.text_content() for ins in entry.xpath(".//ins")] == [", with support"]
        assert entry.xpath(".//del") == []
        assert {dd.get("lang") for dd in entry.xpath(".//dd")} == {"en"}
    english_status = html.fromstring(build.read("status/index.html"))
    for lang in HEADINGS:
        entry = english_status.get_element_by_id(f"todo-{lang}-translated")
        assert [ins.text_content() for ins in entry.xpath(".//ins")] == [", with support"]

    assert main(["-f", str(course_repo.config), "status"]) == 0
    out = capsys.readouterr().out
    for lang, heading in HEADINGS.items():
        assert f"{lang} translated.md → docs/translated.{lang}.md: May be out of date" in out
        assert f"  § {heading} [Choice]" in out
    assert out.count("    ## Choice People choose the work they want{+, with support+}.\n") == 3


def test_an_image_added_in_english_is_a_to_do_not_a_build_error(
    course_repo: CourseRepo, tmp_path: Path
) -> None:
    (course_repo.path("tutor.png")).write_bytes((Path(__file__).parent / "tiny.png").read_bytes())
    course_repo.replace(
        "translated.md", CHANGE[0], CHANGE[0] + "\n\n![A tutor talks with a job seeker](tutor.png)"
    )
    course_repo.commit("English: an image")
    # The Dutch translator has already followed; the others have not.
    course_repo.replace(
        "translated.nl.md",
        "willen.",
        "willen.\n\n![Een begeleider praat met een werkzoekende](tutor.png)",
    )

    build = run_build(course_repo.config, tmp_path / "site")

    assert build.returncode == 0, build.log
    assert "The image 'tutor.png' of the source is missing here." in build.log
    assert "(Not counted: the source changed since this translation.)" in build.log


def test_a_lagging_translation_still_may_not_drop_what_its_own_source_had(
    course_repo: CourseRepo, tmp_path: Path
) -> None:
    (course_repo.path("tutor.png")).write_bytes((Path(__file__).parent / "tiny.png").read_bytes())
    image = "\n\n![A tutor talks with a job seeker](tutor.png)"
    course_repo.replace("translated.md", "begins with hope.", "begins with hope." + image)
    course_repo.replace("translated.es.md", "la esperanza.", "la esperanza." + image)
    course_repo.commit("An image in English and Spanish")
    assert main(["mark-current", "translated.es.md"], cwd=course_repo.root) == 0
    course_repo.commit("Spanish reviewed")
    course_repo.replace("translated.md", *CHANGE)
    course_repo.commit("English: choice with support")
    course_repo.replace("translated.es.md", image, "")

    build = run_build(course_repo.config, tmp_path / "site")

    assert build.returncode != 0
    assert "docs/translated.es.md: The image 'tutor.png' of the source is missing here." in (
        build.log
    )


def test_a_shallow_clone_says_so_in_one_line_and_lists_the_sections(
    course_repo: CourseRepo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    course_repo.replace("translated.md", *CHANGE)
    course_repo.commit("English: choice with support")
    shallow = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{course_repo.root}", str(shallow)],
        check=True,
    )

    assert main(["-f", str(shallow / "mkdocs.yml"), "status"]) == 0
    build = run_build(shallow / "mkdocs.yml", tmp_path / "site")

    out = capsys.readouterr().out
    message = (
        "The earlier English text is not in this copy's history (for example, a shallow clone), "
        "so only the changed sections are listed."
    )
    assert out.count(f"  {message}\n") == 3
    assert "  Sections that changed: Keuze [Choice]\n" in out
    assert "{+" not in out
    assert build.returncode == 0, build.log
    entry = html.fromstring(build.read("nl/status/index.html")).get_element_by_id(
        "todo-nl-translated"
    )
    assert label("nl", "translations.history_missing").format(original="Engels") in (
        entry.text_content()
    )
    assert entry.xpath(".//h4")[0].text_content() == "Keuze"
    assert entry.xpath(".//ins") == []


def test_marking_records_the_english_blob(course_repo: CourseRepo) -> None:
    course_repo.replace("translated.md", *CHANGE)
    course_repo.commit("English: choice with support")

    assert main(["mark-current", "translated.nl.md"], cwd=course_repo.root) == 0

    record = get_data(course_repo.read("translated.nl.md"))[1]["translation_of"]
    assert record["blob"] == git(course_repo.root, "rev-parse", "HEAD:docs/translated.md").strip()
