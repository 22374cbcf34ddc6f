"""Every problem of a build, by language: the rules, without a build."""

from __future__ import annotations

from oer.engine.build_problems import Course, Found, Logged, by_language, found, summary

COURSE = Course(languages=("en", "es", "nl"), default="en")
PAGES = {
    "docs/module/values.nl.md": (
        "# Waarden\n\nZie [de modellen](models.md).\n\nEn [dit](gone.md).\n"
    ),
    "mkdocs.yml": "nav:\n  - index.md\n  - missing.md\n",
}
NAMES = {"en": "English", "es": "Español", "nl": "Nederlands"}


def read(path: str) -> str | None:
    return PAGES.get(path)


def test_a_hook_problem_keeps_its_file_line_and_fix_and_belongs_to_its_files_language() -> None:
    logged = Logged(
        "oer.accessibility: docs/module/values.es.md:12: The image has no text. Fix: Describe it.",
        built="es",
    )

    problem = found(logged, COURSE, read)

    assert problem.text == "docs/module/values.es.md:12: The image has no text. Fix: Describe it."
    assert (problem.file, problem.line, problem.lang) == ("docs/module/values.es.md", 12, "es")


def test_an_english_page_belongs_to_english_whichever_language_was_being_built() -> None:
    logged = Logged("oer.translations: docs/module/values.md:3: Wrong. Fix: Right.", built="nl")

    assert found(logged, COURSE, read).lang == "en"


def test_a_site_wide_file_belongs_to_the_whole_site() -> None:
    logged = Logged("oer.settings: mkdocs.yml:7: Unknown key. Fix: Delete it.", built="en")

    problem = found(logged, COURSE, read)

    assert (problem.file, problem.line, problem.lang) == ("mkdocs.yml", 7, None)


def test_mkdocs_broken_link_gets_the_page_the_line_the_target_and_a_fix() -> None:
    logged = Logged(
        "Doc file 'module/values.nl.md' contains a link 'gone.md', but the target "
        "'module/gone.md' is not found among documentation files.",
        built="nl",
    )

    problem = found(logged, COURSE, read)

    assert problem.text.startswith(
        "docs/module/values.nl.md:5: This page contains a link 'gone.md', but the target "
        "'module/gone.md' is not found among documentation files. Fix: Point the link at"
    )
    assert (problem.file, problem.line, problem.lang) == ("docs/module/values.nl.md", 5, "nl")
    assert problem.related == ("docs/module/gone.md",)


def test_a_link_to_a_missing_anchor_depends_on_the_page_it_points_to() -> None:
    logged = Logged(
        "Doc file 'module/values.nl.md' contains a link 'models.md#x', but the doc "
        "'module/models.md' does not contain an anchor '#x'.",
        built="nl",
    )

    assert found(logged, COURSE, read).related == ("docs/module/models.md",)


def test_a_missing_nav_page_points_at_the_configuration() -> None:
    logged = Logged(
        "A reference to 'missing.md' is included in the 'nav' configuration, which is not "
        "found in the documentation files.",
        built="en",
    )

    problem = found(logged, COURSE, read)

    assert (problem.file, problem.line, problem.lang) == ("mkdocs.yml", 3, None)
    assert "Fix: Correct the path under 'nav:'" in problem.text


def test_a_message_that_names_no_file_belongs_to_the_language_being_built() -> None:
    problem = found(Logged("Something odd happened.", built="es"), COURSE, read)

    assert (problem.file, problem.lang, problem.text) == (None, "es", "Something odd happened.")


def test_problems_are_grouped_by_language_in_the_courses_order_once_each() -> None:
    def problem(text: str, lang: str | None, file: str = "docs/a.md", line: int = 1) -> Found:
        return Found(text, file, line, lang)

    english = problem("docs/a.md:1: Broken. Fix: Mend.", "en")
    problems = [
        problem("docs/b.nl.md:9: Late. Fix: Mend.", "nl", "docs/b.nl.md", 9),
        problem("mkdocs.yml:2: Odd. Fix: Mend.", None, "mkdocs.yml", 2),
        english,
        problem("docs/b.nl.md:2: Early. Fix: Mend.", "nl", "docs/b.nl.md", 2),
        # An English page is built again for every language: one problem, not three.
        english,
        english,
    ]

    groups = by_language(problems, COURSE.languages)

    assert list(groups) == ["en", "nl", None]
    assert [p.text for p in groups["nl"]] == [
        "docs/b.nl.md:2: Early. Fix: Mend.",
        "docs/b.nl.md:9: Late. Fix: Mend.",
    ]
    assert summary(groups, NAMES) == (
        "4 problems in this build; every language was checked. By language:\n"
        "\n"
        "English (en): 1 problem\n"
        "  docs/a.md:1: Broken. Fix: Mend.\n"
        "\n"
        "Nederlands (nl): 2 problems\n"
        "  docs/b.nl.md:2: Early. Fix: Mend.\n"
        "  docs/b.nl.md:9: Late. Fix: Mend.\n"
        "\n"
        "Whole site: 1 problem\n"
        "  mkdocs.yml:2: Odd. Fix: Mend."
    )


def test_no_problems_no_summary() -> None:
    assert summary(by_language([], COURSE.languages), NAMES) == ""
