"""A course's own packs are laid over the toolkit's: labels and pack.yml keys replace ours,
wording rules are added to ours."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextvars import copy_context
from pathlib import Path
from typing import TypeVar

from oer.accessibility.checks import check_page
from oer.accessibility.readability import readability
from oer.languages.language_packs import pack, pack_folders, use_course_packs
from oer.languages.search_index import split_by_language
from oer.locales import label

T = TypeVar("T")
PROSE = " ".join(["Work can help recovery. A job brings money and friends."] * 8)


def with_course_packs(folder: Path, read: Callable[[], T]) -> T:
    """``read`` as a build with these course packs would; other tests never see them."""

    def run() -> T:
        use_course_packs(folder)
        return read()

    return copy_context().run(run)


def course_packs(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_course_label_replaces_ours_and_every_other_label_stays(tmp_path: Path) -> None:
    folder = course_packs(tmp_path, {"de/labels.yml": "bundles:\n  heading: Materialien\n"})

    heading, zip_label = with_course_packs(
        folder, lambda: (label("de", "bundles.heading"), label("de", "bundles.zip"))
    )

    assert heading == "Materialien"
    assert zip_label == label("de", "bundles.zip") == "Alles zusammen in einem Paket"
    assert label("de", "bundles.heading") == "Downloads für die Kursleitung"


def test_course_wording_rules_come_first_and_ours_still_apply(tmp_path: Path) -> None:
    folder = course_packs(
        tmp_path,
        {
            "en/wording.yml": "vague_links: [go here]\nrespectful_language:\n"
            "  - {match: commit suicide, use: our own advice, why: the course says so}\n"
            "  - {match: nutjob, use: the person, why: an insult}\n"
        },
    )

    def findings() -> list[tuple[str, str]]:
        html = '<p>He committed suicide. A nutjob. A lunatic. <a href="x">Go here</a></p>'
        return [(f.check, f.fix) for f in check_page(html, "en")]

    found = with_course_packs(folder, findings)

    assert [check for check, _ in found] == [
        "link-text",
        "respectful-language",
        "respectful-language",
        "respectful-language",
    ]
    assert "our own advice" in found[1][1]
    assert check_page("<p>A nutjob.</p>", "en") == []


def test_a_course_may_say_a_language_is_not_measured(tmp_path: Path) -> None:
    folder = course_packs(tmp_path, {"en/pack.yml": "readability: not measured\n"})

    assert with_course_packs(folder, lambda: readability(PROSE, "en")) is None
    assert readability(PROSE, "en") is not None


def test_an_edited_course_pack_is_read_again_by_the_next_build(tmp_path: Path) -> None:
    folder = course_packs(tmp_path, {"de/labels.yml": "bundles:\n  heading: Erste\n"})
    first = with_course_packs(folder, lambda: label("de", "bundles.heading"))
    (folder / "de" / "labels.yml").write_text("bundles:\n  heading: Zweite\n", "utf-8")
    stat = (folder / "de" / "labels.yml").stat()
    os.utime(folder / "de" / "labels.yml", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))

    second = with_course_packs(folder, lambda: label("de", "bundles.heading"))

    assert (first, second) == ("Erste", "Zweite")


def test_each_pack_names_its_search_language_and_document_region() -> None:
    assert [pack(lang).search for lang in ("en", "de", "fr", "nl")] == ["en", "de", "fr", "nl"]
    assert [pack(lang).region for lang in ("en", "de", "fr")] == ["en-GB", "de-DE", "fr-FR"]
    assert pack("de").native_name == "Deutsch" and pack("fr").native_name == "Français"


def test_each_search_index_stems_in_its_pack_s_search_language() -> None:
    index = {"config": {"lang": ["en"]}, "docs": [{"location": "ga/", "title": "Fáilte"}]}

    split = split_by_language(index, ["en", "ga"], "en", {"en": "en", "ga": "en"})

    assert split["ga"]["config"]["lang"] == ["en"]
    assert split_by_language(index, ["en", "de"], "en")["de"]["config"]["lang"] == ["de"]


def test_the_folders_of_a_build_record_the_course_files(tmp_path: Path) -> None:
    folder = course_packs(tmp_path, {"de/labels.yml": "{}\n"})

    folders = pack_folders(folder)

    assert folders.course == folder
    assert [Path(path).name for path, _ in folders.stamp] == ["labels.yml"]
    assert pack_folders(None).course is None
