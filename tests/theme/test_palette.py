"""Both colour schemes of the course's palette keep WCAG AA contrast (4.5:1) for text and links."""

from __future__ import annotations

import colorsys
import re
from pathlib import Path

import pytest

from tests.course import the_course

pytestmark = pytest.mark.course

WHITE = "#ffffff"
SCHEME = '[data-md-color-scheme="slate"]'


def palette() -> Path:
    """The course's stylesheet that sets the colours of both schemes."""
    course = the_course()
    sheets = [course.docs_dir / sheet for sheet in course.extra_css]
    found = [sheet for sheet in sheets if sheet.is_file() and SCHEME in sheet.read_text("utf-8")]
    if not found:
        pytest.skip("the course keeps the theme's own colours")
    return found[0]


def scheme_variables(scheme: str) -> dict[str, str]:
    path = palette()
    css = path.read_text(encoding="utf-8")
    block = re.search(rf'\[data-md-color-scheme="{scheme}"\]\s*{{(.*?)}}', css, re.DOTALL)
    assert block is not None, f"no {scheme} block in {path}"
    return dict(re.findall(r"(--[\w-]+):\s*([^;]+);", block.group(1)))


def hex_rgb(value: str) -> tuple[float, float, float]:
    value = value.strip().lstrip("#")
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def slate_background(hue: float) -> tuple[float, float, float]:
    # Material's slate background is hsl(var(--md-hue), 15%, 14%).
    return colorsys.hls_to_rgb(hue / 360, 0.14, 0.15)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast(hex_rgb("#000000"), hex_rgb(WHITE)) == pytest.approx(21.0)
    assert contrast(hex_rgb("#767676"), hex_rgb(WHITE)) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", ["--md-typeset-a-color", "--md-accent-fg-color"])
def test_light_scheme_links_are_readable_on_white(name: str) -> None:
    colours = scheme_variables("default")
    assert contrast(hex_rgb(colours[name]), hex_rgb(WHITE)) >= 4.5


@pytest.mark.parametrize("name", ["--md-typeset-a-color", "--md-accent-fg-color"])
def test_dark_scheme_links_are_readable_on_slate(name: str) -> None:
    colours = scheme_variables("slate")
    background = slate_background(float(colours["--md-hue"]))
    assert contrast(hex_rgb(colours[name]), background) >= 4.5


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_header_text_is_readable_on_the_header(scheme: str) -> None:
    colours = scheme_variables(scheme)
    header = hex_rgb(colours["--md-primary-fg-color"])
    assert contrast(hex_rgb(colours["--md-primary-bg-color"]), header) >= 4.5
