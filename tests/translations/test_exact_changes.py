"""After an English edit, every language sees exactly which words changed, from git history."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from lxml import html
from mkdocs.utils.meta import get_data

from oer.locales import label
from oer.translations.__main__ import main
from tests.conftest import REPO, Build, run_build
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
        assert f" — docs/translated.{lang}.md\n  May be out of date · 2 words changed" in out
        assert f"  § {heading} [Choice]\n" in out
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

    assert main(["mark-current", "--force", "translated.nl.md"], cwd=course_repo.root) == 0

    record = get_data(course_repo.read("translated.nl.md"))[1]["translation_of"]
    assert record["blob"] == git(course_repo.root, "rev-parse", "HEAD:docs/translated.md").strip()


def test_one_languages_to_do_in_that_language(
    course_repo: CourseRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    course_repo.replace("translated.md", *CHANGE)
    course_repo.write("people.nl.md", "---\ntranslators: [translator-nl]\n---\n\n# Mensen\n")
    course_repo.commit("English: choice with support; Dutch: people, not yet reviewed")

    assert main(["status", "--lang", "nl"], cwd=course_repo.root) == 0

    out = capsys.readouterr().out
    assert out.startswith(
        "== Nog te doen in het Nederlands ==\n"
        "14% van de pagina's is vertaald en actueel: 1 actueel, 1 misschien verouderd, "
        "1 nieuw en nog niet nagekeken, 4 nog niet vertaald.\n"
        "Alles bij elkaar: ongeveer 75 minuten werk.\n"
    ), out
    assert (
        "Hoop en keuze — docs/translated.nl.md\n"
        "  Misschien verouderd · 2 woorden gewijzigd · ongeveer 10 minuten werk\n"
        "  § Keuze [Choice]\n"
        "    ## Choice People choose the work they want{+, with support+}.\n"
    ) in out
    assert (
        "Mensen — docs/people.nl.md\n  Nieuw, nog niet nagekeken · 8 woorden om na te kijken"
    ) in out
    assert "translated.es.md" not in out and "translated.it.md" not in out


def test_an_unknown_language_is_a_clear_error(
    course_repo: CourseRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--lang", "fr"], cwd=course_repo.root) == 1

    assert capsys.readouterr().err == (
        f"error: {course_repo.config}: 'fr' is not one of this course's translation languages. "
        "Fix: Use one of: es, nl, it.\n"
    )


@pytest.mark.parametrize(("given", "expected"), [("LANG=nl", "--lang nl"), ("", None)])
def test_make_translations_passes_the_language_only_when_asked(
    given: str, expected: str | None
) -> None:
    # The environment's LANG (a locale such as C.UTF-8) must not count as a request.
    command = ["make", "-n", "-C", str(REPO), "translations", *([given] if given else [])]
    env = {**os.environ, "LANG": "C.UTF-8"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)

    line = next(line for line in result.stdout.splitlines() if "oer.translations" in line)
    assert line.split("oer.translations ", 1)[1].strip() == " ".join(
        ["status", *([expected] if expected else [])]
    )


def test_the_status_file_and_page_say_where_each_translation_is(
    course_repo: CourseRepo, tmp_path: Path
) -> None:
    course_repo.replace("translated.md", *CHANGE)
    course_repo.commit("English: choice with support")

    build = run_build(course_repo.config, tmp_path / "site")

    data = json.loads(build.read("translation-status.json"))
    entry = next(e for e in data["pages"] if e["page"] == "translated.md" and e["lang"] == "nl")
    assert {k: entry[k] for k in ("title", "source_title", "status", "source", "translation")} == {
        "title": "Hoop en keuze",
        "source_title": "Hope and choice",
        "status": "outdated",
        "source": "docs/translated.md",
        "translation": "docs/translated.nl.md",
    }
    assert entry["source_url"] == BASE + "translated/"
    assert entry["translation_url"] == BASE + "nl/translated/"
    assert entry["sections"] == [
        {"source_title": "Choice", "title": "Keuze", "change": "changed", "words": 2}
    ]
    assert entry["words"] == 2 and entry["effort_minutes"] == 10
    grid = html.fromstring(build.read("it/status/index.html")).xpath(
        "//table[@class='oer-translation-status']"
    )[0]
    assert [th.text_content() for th in grid.xpath(".//thead//th")] == [
        "Pagina",
        "Spagnolo",
        "Olandese",
        "Italiano",
    ]
    row = grid.xpath(".//tbody/tr[th//a[contains(@href, 'translated/')]]")[0]
    cells = [" ".join(td.text_content().split()) for td in row.xpath("td")]
    assert cells == ["⚠︎ Forse non aggiornata"] * 3
    assert row.xpath("td//span[@aria-hidden='true']/text()") == ["⚠︎"] * 3
