"""Attribution in a real build of the fixture site: shown, described, private, validated."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import html

from oer.locales import label
from tests.conftest import Build, run_build
from tests.outputs import every_output

WITHHELD = ("Zephyrine", "Quillfeather")


def test_a_name_left_on_an_anonymous_entry_is_an_error_and_reaches_no_output(
    fixture_copy: Path, tmp_path: Path
) -> None:
    edit(
        fixture_copy / "coproducers.yml",
        "credit: anonymous\n",
        "credit: anonymous\n    name: Zephyrine Quillfeather\n",
    )

    build = run_build(fixture_copy / "mkdocs.yml", tmp_path / "site", strict=False)

    assert build.returncode == 0, build.log
    errors = [line for line in build.log.splitlines() if line.startswith("ERROR")]
    assert any("coproducers.yml:4" in line and "Delete the 'name:' line" in line for line in errors)
    scanned: set[str] = set()
    named = 0
    for name, data in every_output(build.site):
        scanned.add(name.rsplit(".", 1)[-1].split("#")[0])
        named += b"Jordan Example" in data
        for part in WITHHELD:
            assert part.encode() not in data, f"{part} leaked into {name}"
    # The scan reached every kind of output, and credited names do show up in them.
    assert {"html", "json", "xml", "pdf", "zip", "docx", "odt", "txt"} <= scanned
    assert named > 5


@pytest.mark.parametrize(
    ("page", "lang", "heading"),
    [
        ("module/index.html", "en", label("en", "attribution.heading")),
        ("module/lesson/index.html", "en", label("en", "attribution.heading")),
        ("es/module/index.html", "es", label("es", "attribution.heading")),
        ("es/module/lesson/index.html", "es", label("es", "attribution.heading")),
    ],
)
def test_every_module_page_shows_credits_and_describes_itself(
    fixture_build: Build, page: str, lang: str, heading: str
) -> None:
    document = html.fromstring(fixture_build.read(page))
    section = document.xpath("//section[@class='oer-attribution']")
    scripts = document.xpath("//script[@type='application/ld+json']/text()")

    assert section and section[0].findtext("h2") == heading
    assert len(scripts) == 1
    data = json.loads(scripts[0])
    assert data["inLanguage"] == lang
    assert "Jordan Example" in [a["author"]["name"] for a in data["author"]]


def test_a_translation_credits_its_translator_and_points_to_its_original(
    fixture_build: Build,
) -> None:
    document = html.fromstring(fixture_build.read("es/module/index.html"))
    data = json.loads(document.xpath("//script[@type='application/ld+json']/text()")[0])

    assert data["isBasedOn"] == "https://example.org/fixture/module/"
    translator = {"@type": "Person", "name": "Lu"}
    assert {
        "@type": "Role",
        "roleName": label("es", "attribution.role_singular.translator"),
        "contributor": translator,
    } in data["contributor"]
    credits = document.xpath("//dl[@class='oer-translation-credits']")[0].text_content()
    assert "Lu" in credits


@pytest.mark.parametrize(
    ("page", "modules_word"), [("people/", "Co-produced"), ("es/people/", "Ha coproducido")]
)
def test_the_co_producers_page_lists_everyone_as_they_chose(
    fixture_build: Build, page: str, modules_word: str
) -> None:
    listing = html.fromstring(fixture_build.read(page + "index.html")).xpath(
        "//ul[@class='oer-directory']"
    )[0]
    text = listing.text_content()

    assert "Jordan Example" in text and "Lu" in text
    assert modules_word in text
    assert listing.xpath(".//a/@href") and all(
        h == "../module/" for h in listing.xpath(".//a/@href")
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


BREAKAGES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "unknown id": (
        lambda site: edit(site / "docs/module/index.md", "[pro-1]", "[pro-2]"),
        ["docs/module/index.md:5", "'pro-2' is not in the registry"],
    ),
    "no expert by experience": (
        lambda site: edit(site / "docs/module/index.md", "  expert-by-experience: [peer-1]\n", ""),
        ["docs/module/index.md", "no expert by experience", "coproduction_exception"],
    ),
    "translation without translator": (
        lambda site: edit(site / "docs/translated.es.md", "translators: [translator-es]", "x: y"),
        ["docs/translated.es.md", "does not credit its translator"],
    ),
    "invalid credit preference": (
        lambda site: edit(site / "coproducers.yml", "credit: full", "credit: yes please"),
        ["coproducers.yml:5", "full, chosen or anonymous"],
    ),
    "malformed front matter": (
        lambda site: edit(site / "docs/module/index.es.md", "title: Un", "title: Un: módulo: "),
        ["docs/module/index.es.md:2", "not valid YAML"],
    ),
}


@pytest.mark.parametrize("breakage", BREAKAGES, ids=str)
def test_content_errors_fail_strict_with_file_line_and_fix_and_lose_nothing(
    fixture_copy: Path, tmp_path: Path, breakage: str
) -> None:
    breaks, expected = BREAKAGES[breakage]
    breaks(fixture_copy)

    strict = run_build(fixture_copy / "mkdocs.yml", tmp_path / "strict")
    relaxed = run_build(fixture_copy / "mkdocs.yml", tmp_path / "relaxed", strict=False)

    assert strict.returncode != 0
    warnings = [line for line in strict.log.splitlines() if "WARNING" in line]
    assert any(all(part in line for part in expected) for line in warnings), strict.log
    assert any("Fix:" in line for line in warnings)
    assert relaxed.returncode == 0
    assert (tmp_path / "relaxed" / "es" / "module" / "index.html").is_file()


def test_withheld_name_stays_out_after_consent_is_withdrawn(
    fixture_copy: Path, tmp_path: Path
) -> None:
    # Withdrawing consent: the most private preference, and the name gone from the public file.
    edit(
        fixture_copy / "coproducers.yml",
        "credit: full\n    name: Jordan Example\n",
        "credit: anonymous\n",
    )

    build = run_build(fixture_copy / "mkdocs.yml", tmp_path / "site")

    assert build.returncode == 0, build.log
    outputs = b"".join(p.read_bytes() for p in (tmp_path / "site").rglob("*.html"))
    outputs += b"".join(p.read_bytes() for p in (tmp_path / "site").rglob("*.json"))
    assert b"Jordan Example" not in outputs
    assert re.search(rb"Name withheld at their request", outputs)
