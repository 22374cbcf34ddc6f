from __future__ import annotations

import pytest

from oer.translations.parity import check_parity
from oer.translations.safety import unsafe_markup, without_unsafe_markup

SOURCE = """\
# Values

![A tutor](img/tutor.jpg)

See [the models](models.md#ips).

/// exercise | Beliefs
    id: beliefs
///
"""
GOOD = """\
# Valores

![Una tutora](img/tutor.jpg)

Mira [los modelos](models.md).

/// exercise | Creencias
    id: beliefs
///
"""


def parity(translation: str, meta: dict[str, object] | None = None) -> list[str]:
    problems = check_parity(SOURCE, {}, translation, translation, meta or {}, "docs/v.es.md")
    return [p.message for p in problems]


def test_a_faithful_translation_has_no_parity_problem() -> None:
    assert parity(GOOD) == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    id: beliefs",
            "    id: creencias",
            "The exercise 'beliefs' of the source is missing here.",
        ),
        ("img/tutor.jpg", "img/tutora.jpg", "The image 'img/tutora.jpg' is not in the source."),
        (
            "models.md",
            "modelos.md",
            "The link to the page 'models.md' of the source is missing here.",
        ),
    ],
)
def test_structural_differences_are_named(old: str, new: str, message: str) -> None:
    assert message in parity(GOOD.replace(old, new))


def test_a_translation_may_not_change_its_co_producers() -> None:
    messages = parity(GOOD, {"coproducers": {"expert-by-experience": ["someone-else"]}})

    assert messages == ["'coproducers:' differs from the source page."]


UNSAFE = {
    "script": ("<script>alert(1)</script>", "<script> element"),
    "handler": ('<a href="x.md" onclick="steal()">x</a>', "'onclick=' event handler"),
    "javascript url": ("[click](javascript:alert(1))", "'javascript:' link"),
    "foreign frame": ('<iframe src="https://evil.test/x" title="x"></iframe>', "'evil.test'"),
}


@pytest.mark.parametrize("case", UNSAFE)
def test_unsafe_markup_is_reported_at_its_line(case: str) -> None:
    markup, expected = UNSAFE[case]
    text = f"# Page\n\nIntro.\n\n{markup}\n"

    problems = unsafe_markup(text, "docs/p.es.md", ["www.youtube-nocookie.com"])

    assert len(problems) == 1
    assert problems[0].line == 5 and expected in problems[0].message


def test_allowed_frames_and_code_examples_are_fine() -> None:
    text = (
        '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>\n'
        "Write `<script>` in code.\n\n```html\n<script>shown, not run</script>\n```\n"
    )
    assert unsafe_markup(text, "p.md", ["www.youtube-nocookie.com"]) == []


def test_rendered_pages_lose_whatever_could_run() -> None:
    html = (
        '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p><script>bad()</script>'
        '<iframe src="https://evil.test/"></iframe>'
        '<iframe src="https://www.youtube-nocookie.com/embed/x" title="ok"></iframe>'
    )

    cleaned = without_unsafe_markup(html, ["www.youtube-nocookie.com"])

    assert "onclick" not in cleaned and "javascript:" not in cleaned
    assert "<script" not in cleaned and "evil.test" not in cleaned
    assert "youtube-nocookie" in cleaned and "Hi" in cleaned and "there" in cleaned
