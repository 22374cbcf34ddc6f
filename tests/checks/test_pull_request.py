"""Which problems a change is answerable for, without a build."""

from __future__ import annotations

from oer.checks.pull_request import markdown_report, verdict
from oer.engine.build_problems import Found

SITE_WIDE = ("mkdocs.yml", "coproducers.yml", "hooks/", "src/")
NAMES = {"en": "English", "es": "Español", "nl": "Nederlands"}
LANGUAGES = ("en", "es", "nl")
SPANISH = Found("docs/a.es.md:3: Vague. Fix: Say where.", "docs/a.es.md", 3, "es")
DUTCH = Found("docs/a.nl.md:4: Vague. Fix: Say where.", "docs/a.nl.md", 4, "nl")


def test_only_problems_in_changed_files_count() -> None:
    result = verdict([SPANISH, DUTCH], ["docs/a.nl.md"], SITE_WIDE)

    assert (result.caused, result.others, result.passed) == ([DUTCH], [SPANISH], False)


def test_a_broken_link_counts_when_the_change_removed_its_target() -> None:
    link = Found(
        "docs/b.es.md:1: This page contains a link", "docs/b.es.md", 1, "es", ("docs/c.md",)
    )

    assert verdict([link], ["docs/c.md"], SITE_WIDE).caused == [link]


def test_a_problem_that_names_no_file_counts() -> None:
    unnamed = Found("Something odd.", None, None, "es")

    assert verdict([unnamed], ["docs/a.nl.md"], SITE_WIDE).caused == [unnamed]


def test_a_site_wide_change_makes_every_problem_count() -> None:
    result = verdict([SPANISH, DUTCH], ["hooks/problems.py", "docs/x.md"], SITE_WIDE)

    assert result.caused == [SPANISH, DUTCH]
    assert result.site_wide == ("hooks/problems.py",)


def test_no_problem_in_changed_files_passes() -> None:
    assert verdict([SPANISH], ["docs/a.nl.md"], SITE_WIDE).passed


def test_page_text_in_the_markdown_report_is_shown_never_rendered() -> None:
    hostile = Found(
        "docs/a.nl.md:1: 'x ```\n@someone ![img](https://evil.test/x.png)' is vague. Fix: No.",
        "docs/a.nl.md",
        1,
        "nl",
    )

    markdown = markdown_report(verdict([hostile], ["docs/a.nl.md"], SITE_WIDE), LANGUAGES, NAMES)

    block = markdown.split("**Nederlands (nl)**\n\n", 1)[1]
    assert block.startswith("````text\n") and block.rstrip().endswith("\n````")
    assert block.count("````") == 2
