"""Each check finds its problem, and stays quiet on the fixed version."""

from __future__ import annotations

import pytest

from oer.accessibility.checks import check_page


def checks_found(html: str, lang: str = "en") -> list[str]:
    return [finding.check for finding in check_page(html, lang)]


CASES = {
    "image-alt": (
        '<h1>T</h1><p><img src="img/team.jpg"></p>',
        '<h1>T</h1><p><img src="img/team.jpg" alt="Two tutors running a session"></p>',
    ),
    "headings": ("<h1>T</h1><h3>Skipped</h3>", "<h1>T</h1><h2>Next</h2><h3>Then</h3>"),
    "link-text": (
        '<h1>T</h1><p><a href="models/">click here</a></p>',
        '<h1>T</h1><p><a href="models/">the eight IPS principles</a></p>',
    ),
    "empty-control": (
        '<h1>T</h1><p><a href="x/"></a><button></button></p>',
        '<h1>T</h1><p><a href="x/">Next page</a><button aria-label="Close">X</button></p>',
    ),
    "table-headers": (
        "<h1>T</h1><table><tr><td>a</td></tr></table>",
        "<h1>T</h1><table><tr><th>A</th></tr><tr><td>a</td></tr></table>",
    ),
    "frame-title": (
        '<h1>T</h1><iframe src="https://video.test/1"></iframe>',
        '<h1>T</h1><iframe src="https://video.test/1" title="A peer tutor interview"></iframe>',
    ),
    "duplicate-id": ('<h1 id="a">T</h1><h2 id="a">U</h2>', '<h1 id="a">T</h1><h2 id="b">U</h2>'),
    "download-details": (
        '<h1>T</h1><p><a href="sheet.pdf">Exercise sheet</a></p>',
        '<h1>T</h1><p><a href="sheet.pdf">Exercise sheet (PDF, 210 kB)</a></p>',
    ),
    "respectful-language": (
        "<h1>T</h1><p>He suffers from depression.</p>",
        "<h1>T</h1><p>He lives with depression.</p>",
    ),
}


@pytest.mark.parametrize("check", CASES)
def test_check_finds_the_problem_and_not_the_fix(check: str) -> None:
    broken, fixed = CASES[check]

    assert check in checks_found(broken)
    assert checks_found(fixed) == []


@pytest.mark.parametrize(
    ("alt", "found"),
    [("team.jpg", True), ("image", True), ("imagen", True), ("", True), ("A workshop", False)],
)
def test_file_names_and_placeholders_are_not_alternative_text(alt: str, found: bool) -> None:
    html = f'<h1>T</h1><img src="a/team.jpg" alt="{alt}">'
    assert ("image-alt" in checks_found(html)) is found


def test_decorative_images_may_have_empty_alt() -> None:
    assert checks_found('<h1>T</h1><img src="line.svg" alt="" role="presentation">') == []


def test_more_than_one_top_heading_is_found() -> None:
    assert checks_found("<h1>T</h1><h1>U</h1>") == ["headings"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "haga clic aquí"), ("nl", "Klik hier"), ("it", "clicca qui"), ("es", "click here")],
)
def test_vague_links_are_found_in_each_language(lang: str, text: str) -> None:
    assert checks_found(f'<h1>T</h1><a href="x/">{text}</a>', lang) == ["link-text"]


@pytest.mark.parametrize(
    ("lang", "text", "advice"),
    [
        ("es", "Ana sufre de depresión.", "vive con"),
        ("nl", "Hij lijdt aan schizofrenie.", "leeft met"),
        ("it", "Marco soffre di ansia.", "convive con"),
        ("en", "Services for the mentally ill.", "people with mental health problems"),
        ("en", "He committed suicide.", "died by suicide"),
    ],
)
def test_stigmatising_words_get_a_respectful_alternative(lang: str, text: str, advice: str) -> None:
    findings = check_page(f"<h1>T</h1><p>{text}</p>", lang)

    assert [f.check for f in findings] == ["respectful-language"]
    assert advice in findings[0].fix


def test_passages_that_quote_stigmatising_words_on_purpose_are_skipped() -> None:
    html = (
        '<h1>T</h1><div class="oer-language-examples"><table><tr><th>Instead of</th></tr>'
        "<tr><td>suffers from depression</td></tr></table></div>"
    )
    assert checks_found(html) == []
