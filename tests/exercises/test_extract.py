from __future__ import annotations

import markdown

from oer.exercises.extract import exercises_in
from tests.exercises.test_markdown import SOURCE


def test_exercises_are_read_back_with_notes_apart() -> None:
    md = markdown.Markdown(extensions=["oer.exercises.markdown"])
    page = "<h1>Page</h1>" + md.convert(SOURCE) + md.convert(SOURCE.replace("beliefs", "other"))

    found = exercises_in(page, lang="en")

    assert [e.id for e in found] == ["beliefs", "other"]
    first = found[0]
    assert first.title == "What do I believe?"
    assert first.duration_minutes == 20
    assert "Keep to" not in first.learner_html and "Write three beliefs" in first.learner_html
    assert "<strong>time</strong>" in first.notes_html
    assert "oer-worksheet" in first.learner_html


def test_pages_without_exercises_give_none() -> None:
    assert exercises_in("<p>Nothing to do here.</p>") == []
