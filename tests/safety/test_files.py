"""Which files below docs/ may be published at all."""

from __future__ import annotations

from pathlib import Path

from oer.safety.files import file_problem
from oer.safety.svg import svg_problems

DRAWING = b'<svg xmlns="http://www.w3.org/2000/svg"><title>A</title><circle r="4"/></svg>'


def test_a_plain_drawing_and_a_page_are_published(tmp_path: Path) -> None:
    (tmp_path / "a.svg").write_bytes(DRAWING)
    (tmp_path / "p.md").write_text("# Pàgina\n", encoding="utf-8")

    assert file_problem(tmp_path, "a.svg") is None
    assert file_problem(tmp_path, "p.md") is None


def test_a_link_out_of_docs_is_refused(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "secret.txt").write_text("x")
    (docs / "notes.txt").symlink_to(tmp_path / "secret.txt")
    (docs / "inside.txt").write_text("y")
    (docs / "alias.txt").symlink_to(docs / "inside.txt")

    problem = file_problem(docs, "notes.txt")

    assert problem is not None and "outside docs/" in problem.message
    assert file_problem(docs, "alias.txt") is None


def test_a_page_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "p.md").write_bytes(b"# Title\n\nCaf\xe9 latte\n")

    problem = file_problem(tmp_path, "p.md")

    assert problem is not None and problem.line == 3 and "UTF-8" in problem.fix


def test_svg_that_runs_or_reaches_out_is_refused() -> None:
    hostile = {
        "script": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "handler": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        "foreign object": b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>',
        "external use": b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
        b'<use x:href="https://evil.example/a.svg#x"/></svg>',
        "css url": b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://e.example/)"/></svg>',
        "entity": b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
        "not xml": b"<svg",
        "animation": b'<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)">'
        b"<text>x</text></a></svg>",
    }
    for case, data in hostile.items():
        assert svg_problems(data), case
    assert svg_problems(DRAWING) == []


def test_scripts_and_web_pages_are_not_published_unless_the_configuration_names_them(
    tmp_path: Path,
) -> None:
    for name in ("evil.js", "page.html", "x.css", "handout.pdf"):
        (tmp_path / name).write_text("x")

    assert file_problem(tmp_path, "evil.js") is not None
    assert file_problem(tmp_path, "page.html") is not None
    assert file_problem(tmp_path, "x.css") is not None
    assert file_problem(tmp_path, "x.css", trusted={"x.css"}) is None
    assert file_problem(tmp_path, "handout.pdf") is None
