from __future__ import annotations

import pytest

from oer.translations.parity import check_parity

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
