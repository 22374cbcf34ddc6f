from __future__ import annotations

import json
import re
from collections.abc import Mapping

import pytest

from oer.languages.theme_config import language_base, rebase_theme_config


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("../..", "../../es/"),
        ("..", "../es/"),
        (".", "./es/"),
        ("/", "/es/"),
        ("/course/", "/course/es/"),
    ],
)
def test_language_base_always_ends_in_the_language_folder(base: str, expected: str) -> None:
    assert language_base(base, "es") == expected


def test_default_language_keeps_its_base() -> None:
    assert language_base("../..", "") == "../.."


def page(settings: Mapping[str, object]) -> str:
    return (
        '<html><body><script id="__config" type="application/json">'
        # Escaped as Jinja's tojson does, so the test page itself is valid.
        + json.dumps(settings).replace("<", "\\u003c")
        + '</script><script src="bundle.js"></script></body></html>'
    )


def config_of(html: str) -> dict[str, object]:
    match = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html)
    assert match is not None
    loaded: dict[str, object] = json.loads(match.group(1))
    return loaded


def test_rebase_moves_base_and_keeps_every_other_setting() -> None:
    settings = {"base": "../..", "features": ["search.highlight"], "search": "w.js"}

    rebased = config_of(rebase_theme_config(page(settings), "nl"))

    assert rebased == {**settings, "base": "../../nl/"}


def test_rebase_keeps_the_script_block_safe_for_html() -> None:
    settings = {"base": ".", "translations": {"x": "</script><b>"}}

    html = rebase_theme_config(page(settings), "it")

    assert "</script><b>" not in html
    assert config_of(html)["translations"] == {"x": "</script><b>"}


def test_rebase_keeps_non_ascii_text_readable() -> None:
    html = rebase_theme_config(page({"base": ".", "translations": {"t": "Búsqueda"}}), "es")

    assert "Búsqueda" in html


def test_pages_without_theme_config_are_untouched() -> None:
    assert rebase_theme_config("<p>plain</p>", "es") == "<p>plain</p>"
