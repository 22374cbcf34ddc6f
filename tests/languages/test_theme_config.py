from __future__ import annotations

import pytest

from oer.languages.theme_config import language_base


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
