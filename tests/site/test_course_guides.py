"""The course's guide for translators speaks the words the tools show them."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from oer.locales import label
from tests.course import Course, the_course

COURSE = the_course()
GUIDE = PurePosixPath("contributing.md")


@pytest.mark.parametrize("lang", COURSE.languages)
def test_the_guide_uses_the_status_words_of_the_status_page_and_terminal(
    course: Course, lang: str
) -> None:
    if GUIDE not in course.pages:
        pytest.skip(f"the course has no {GUIDE}")
    text = " ".join(course.source(GUIDE, lang).split())

    for state in ("current", "outdated", "new", "missing"):
        assert f"**{label(lang, f'translations.state_{state}')}**" in text
