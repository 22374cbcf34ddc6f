from __future__ import annotations

from oer.content.front_matter import read_front_matter


def test_valid_front_matter_is_read() -> None:
    meta, problems = read_front_matter("---\ntitle: Hope\ntags: [a]\n---\n# Hope\n", "p.md")

    assert meta == {"title": "Hope", "tags": ["a"]}
    assert problems == []


def test_invalid_yaml_is_reported_at_its_line_in_the_file() -> None:
    text = "---\ntitle: Hope\ndescription: Work: a first step\n---\n# Hope\n"

    meta, problems = read_front_matter(text, "docs/p.es.md")

    assert meta == {}
    assert problems[0].file == "docs/p.es.md"
    assert problems[0].line == 3
    assert "double quotes" in problems[0].fix


def test_unclosed_and_non_mapping_front_matter_are_reported() -> None:
    _, unclosed = read_front_matter("---\ntitle: Hope\n# Hope\n", "p.md")
    _, listed = read_front_matter("---\n- a\n- b\n---\n", "p.md")

    assert "never ends" in unclosed[0].message
    assert "key: value" in listed[0].message


def test_pages_without_front_matter_have_no_problem() -> None:
    assert read_front_matter("# Hope\n\n---\n\nA rule above.\n", "p.md") == ({}, [])


def test_an_unclosed_quote_is_reported_where_it_opens_not_where_yaml_gave_up() -> None:
    text = '---\ntitle: "Valores y creencias\ndescription: Los valores\nauthors: [a]\n---\n# X\n'

    _, problems = read_front_matter(text, "docs/p.es.md")

    assert problems[0].line == 2
    assert "quoted scalar" in problems[0].message
