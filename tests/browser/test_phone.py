"""The built course on a phone: 390 x 844 CSS pixels, touch, as a trainer holds it.

Every exercise ends with a line to download its sheet and the module's bundle; every
control of ours is a touch target of at least 44 x 44 px (WCAG 2.2, 2.5.5); the language
control names the language; the site's name is not cut off; "back to top" covers no text.
The pages are found in the build, so any course's build can be checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from oer.bundles.links import size_text
from oer.locales import label
from tests.conftest import DEFAULT_LANGUAGE, LANGUAGES, Build

pytestmark = pytest.mark.browser

# Playwright's emulation of a phone of this size: a mobile viewport that takes touch.
PHONE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}
# Our own controls: the downloads, the exercise's handouts and trainer notes, the
# language control and its menu, "back to top" (measured where each is shown).
OURS = (
    ".oer-downloads a",
    ".oer-exercise-downloads a",
    ".oer-exercise__attachments a",
    ".oer-trainer-notes > summary",
    ".oer-language",
)
SMALLEST = 44
DETAILS = re.compile(r"\((PDF|ZIP), [^()]+\)$")
AXE_SCRIPT = files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")
AXE_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(**PHONE)
    opened = context.new_page()
    yield opened
    context.close()


def folder(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def language_of(address: str) -> str:
    first = address.split("/")[0]
    return first if first in LANGUAGES else DEFAULT_LANGUAGE


def pages_with(site: Path, marker: str) -> list[str]:
    """The site-relative addresses of built pages whose HTML holds ``marker``."""
    return sorted(
        path.relative_to(site).as_posix().removesuffix("index.html")
        for path in site.rglob("index.html")
        if marker in path.read_text(encoding="utf-8")
    )


@pytest.fixture(scope="module")
def exercise_pages(course_build: Build) -> list[str]:
    found = pages_with(course_build.site, 'class="oer-exercise"')
    # Every language's exercise pages, or the test would prove little.
    assert {language_of(page) for page in found} == set(LANGUAGES)
    return found


@pytest.fixture(scope="module")
def module_pages(course_build: Build) -> list[str]:
    found = pages_with(course_build.site, 'class="oer-downloads__preview"')
    assert {language_of(page) for page in found} == set(LANGUAGES)
    return found


def first_in(pages: list[str], lang: str) -> str:
    return next(page for page in pages if language_of(page) == lang)


def file_behind(link: str, page_url: str, site_origin: str, site: Path) -> Path:
    absolute = urljoin(page_url, link)
    return site / unquote(absolute.removeprefix(site_origin))


def settled(page: Page) -> None:
    """Wait until the theme's transitions (an opening menu, a button sliding in) have ended."""
    page.wait_for_function("() => document.getAnimations().length === 0")


def small_controls(page: Page, selectors: tuple[str, ...]) -> list[str]:
    """Each shown control matched by ``selectors`` with a target under 44 px either way.

    A link that wraps is measured line by line: each line is a target of its own, and
    the box around both lines would hide two short ones. A hundredth of a pixel is left
    to the arithmetic of transforms.
    """
    found: list[str] = page.evaluate(
        """([selectors, smallest]) => selectors.flatMap(selector =>
            [...document.querySelectorAll(selector)].flatMap(element =>
              [...element.getClientRects()]
                .filter(box => box.width < smallest - 0.01 || box.height < smallest - 0.01)
                .map(box => `${selector} "${element.textContent.trim().slice(0, 40)}": `
                            + `${box.width.toFixed(1)} x ${box.height.toFixed(1)}`)))""",
        [list(selectors), SMALLEST],
    )
    return found


def test_every_exercise_ends_with_a_line_to_download_its_sheet_and_the_bundle(
    phone: Page, exercise_pages: list[str], site_origin: str, course_build: Build
) -> None:
    problems: list[str] = []
    for address in exercise_pages:
        lang = language_of(address)
        phone.goto(site_origin + address)
        exercises = phone.locator("section.oer-exercise")
        for index in range(exercises.count()):
            exercise = exercises.nth(index)
            where = f"{address} exercise {index + 1}"
            line = exercise.locator(":scope > .oer-exercise-downloads")
            if line.count() != 1:
                problems.append(f"{where}: no download line")
                continue
            line.scroll_into_view_if_needed()
            above = exercise.locator(":scope > :not(.oer-exercise-downloads)").last
            line_box, above_box = line.bounding_box(), above.bounding_box()
            assert line_box is not None and above_box is not None
            if not line.is_visible() or line_box["y"] < above_box["y"] + above_box["height"]:
                problems.append(f"{where}: the line is not shown under the exercise")
            if line.get_attribute("lang") != lang:
                problems.append(f"{where}: the line is not in {lang}")
            links = line.locator("a[download]")
            texts = links.all_text_contents()
            formats = [m.group(1) if (m := DETAILS.search(t.strip())) else None for t in texts]
            if formats != ["PDF", "ZIP"]:
                problems.append(f"{where}: expected a PDF and a ZIP with sizes, got {texts}")
                continue
            for link_index, (text, fmt) in enumerate(zip(texts, formats, strict=True)):
                href = links.nth(link_index).get_attribute("href") or ""
                target = file_behind(href, phone.url, site_origin, course_build.site)
                if not target.is_file():
                    problems.append(f"{where}: {href} does not exist")
                elif not text.strip().endswith(
                    f"({fmt}, {size_text(target.stat().st_size, lang)})"
                ):
                    problems.append(f"{where}: {href} is not as big as {text!r} says")
            page_word = label(lang, "bundles.exercise_sheet").split("{page}")[0]
            if not texts[0].startswith(page_word):
                problems.append(f"{where}: the sheet link does not give the page: {texts[0]}")
    assert problems == []


def test_no_control_of_ours_is_smaller_than_44_px(
    phone: Page, exercise_pages: list[str], module_pages: list[str], site_origin: str
) -> None:
    small: list[str] = []
    for address in [*exercise_pages, *module_pages]:
        phone.goto(site_origin + address)
        small += [f"{address}: {found}" for found in small_controls(phone, OURS)]
    assert small == []


# A course in one language has no language control.
@pytest.mark.parametrize("lang", LANGUAGES if len(LANGUAGES) > 1 else [])
def test_the_language_control_names_the_language_and_its_menu_marks_it(
    phone: Page, site_origin: str, lang: str
) -> None:
    phone.goto(site_origin + folder(lang))
    control = phone.locator(".oer-language")
    current = phone.locator(".md-select__link[aria-current='true']")
    # The language's name as the course's settings give it, in the menu of every page.
    expected = (phone.locator(f".md-select__link[hreflang='{lang}']").text_content() or "").strip()

    name = control.locator(".oer-language__name")
    assert expected and name.is_visible() and (name.text_content() or "").strip() == expected
    spoken = control.evaluate("button => button.textContent.replace(/\\s+/g, ' ').trim()")
    assert spoken.startswith(expected) and len(spoken) > len(expected)
    control.tap()
    current.wait_for(state="visible")
    settled(phone)
    assert current.count() == 1
    assert current.get_attribute("hreflang") == lang
    assert small_controls(phone, (".md-select__link",)) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_site_name_is_not_cut_off(phone: Page, site_origin: str, lang: str) -> None:
    phone.goto(site_origin + folder(lang))
    name = phone.locator(".md-header__topic").first.locator(".md-ellipsis")

    fits = name.evaluate(
        "element => element.scrollWidth <= element.clientWidth"
        " && element.scrollHeight <= element.clientHeight"
    )
    box = name.bounding_box()
    header = phone.locator(".md-header").bounding_box()
    assert fits, f"{name.text_content()!r} is cut off"
    assert box is not None and header is not None
    assert box["y"] >= header["y"] and box["y"] + box["height"] <= header["y"] + header["height"]


def test_back_to_top_sits_in_the_header_and_covers_no_text(
    phone: Page, site_origin: str, exercise_pages: list[str]
) -> None:
    phone.goto(site_origin + exercise_pages[-1])
    # Down the page, then a little up: the theme shows "back to top" when a reader scrolls up.
    phone.locator("section.oer-exercise").last.scroll_into_view_if_needed()
    # The theme has seen the reader scroll down past the title when the header shows it.
    phone.locator(".md-header__title--active").wait_for()
    phone.evaluate("window.scrollBy(0, -300)")
    button = phone.locator(".md-top:not([hidden])")
    button.wait_for(state="visible")
    settled(phone)

    box = button.bounding_box()
    header = phone.locator(".md-header").bounding_box()
    assert box is not None and header is not None
    assert box["width"] >= SMALLEST and box["height"] >= SMALLEST
    assert header["y"] - 1 <= box["y"]
    assert box["y"] + box["height"] <= header["y"] + header["height"]
    # Only its arrow is shown; its text still names it.
    text = button.locator(".oer-top__text")
    assert (text.text_content() or "").strip()
    shown = text.bounding_box()
    assert shown is not None and shown["width"] <= 1 and shown["height"] <= 1


def test_the_write_in_space_is_labelled_on_screen(
    phone: Page, site_origin: str, exercise_pages: list[str]
) -> None:
    spaces = 0
    for address in exercise_pages:
        phone.goto(site_origin + address)
        for space in phone.locator(".oer-worksheet").all():
            spaces += 1
            shown = space.evaluate("element => getComputedStyle(element, '::before').content")
            assert shown == '"' + (space.get_attribute("aria-label") or "missing") + '"', address
    assert spaces > 0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_preview_picture_loads_under_the_content_security_policy(
    phone: Page, site_origin: str, module_pages: list[str], lang: str
) -> None:
    errors: list[str] = []
    phone.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    phone.goto(site_origin + first_in(module_pages, lang))
    picture = phone.locator(".oer-downloads__preview")
    picture.scroll_into_view_if_needed()
    phone.wait_for_function(
        "() => { const img = document.querySelector('.oer-downloads__preview');"
        " return img.complete && img.naturalWidth > 0; }"
    )

    assert picture.evaluate("img => img.naturalWidth") == int(picture.get_attribute("width") or 0)
    assert picture.get_attribute("alt") == label(lang, "bundles.preview_alt")
    assert picture.get_attribute("loading") == "lazy"
    source = urlsplit(picture.evaluate("img => img.currentSrc"))
    assert source.netloc == urlsplit(site_origin).netloc
    # The Content-Security-Policy reports what it refuses as console errors.
    assert errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_changed_pages_at_phone_size(
    browser: Browser,
    site_origin: str,
    exercise_pages: list[str],
    module_pages: list[str],
    scheme: Literal["light", "dark"],
) -> None:
    context = browser.new_context(**PHONE, color_scheme=scheme)
    page = context.new_page()
    found = {}
    options = {"runOnly": {"type": "tag", "values": AXE_RULES}}
    for lang in LANGUAGES:
        for address in (first_in(exercise_pages, lang), first_in(module_pages, lang)):
            page.goto(site_origin + address)
            page.evaluate(AXE_SCRIPT)
            results = page.evaluate("options => axe.run(document, options)", options)
            # The header again with the language menu open (it lies over the page, whose
            # targets it covers as any menu does); a course in one language has none.
            menu: dict[str, Any] = {"violations": []}
            if len(LANGUAGES) > 1:
                page.locator(".oer-language").tap()
                settled(page)
                menu = page.evaluate("options => axe.run('.md-header', options)", options)
            found[address] = [
                f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
                for v in results["violations"] + menu["violations"]
            ]
    context.close()
    assert {address: v for address, v in found.items() if v} == {}
