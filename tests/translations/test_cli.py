"""``python -m oer.translations``: any folder, paths as people type them, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from oer.content.sources import SourceReader
from oer.translations.__main__ import main
from oer.translations.status import CURRENT, translation_status

TRANSLATION = "docs/translated.es.md"


def status_of(site: Path, uri: str = "translated.md") -> str:
    reader = SourceReader(site / "docs")
    source, translation = reader.read(uri), reader.read(uri.replace(".md", ".es.md"))
    assert source is not None and translation is not None
    return translation_status(get_data(source.text)[0], translation.meta).state


def edit_english(site: Path) -> None:
    english = site / "docs" / "translated.md"
    english.write_text(english.read_text("utf-8") + "\nOne more line.\n", encoding="utf-8")


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "oer.translations", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_mark_current_works_from_a_subfolder_without_naming_the_config(
    fixture_copy: Path,
) -> None:
    edit_english(fixture_copy)

    result = run_cli(fixture_copy / "docs" / "module", "mark-current", "../translated.es.md")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{TRANSLATION}: marked current against docs/translated.md.")
    assert status_of(fixture_copy) == CURRENT


@pytest.mark.parametrize("written", ["docs/translated.es.md", "translated.es.md"])
def test_mark_current_accepts_paths_with_or_without_docs(fixture_copy: Path, written: str) -> None:
    edit_english(fixture_copy)

    assert main(["mark-current", written], cwd=fixture_copy) == 0

    assert status_of(fixture_copy) == CURRENT


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        (
            "nothere.es.md",
            "error: nothere.es.md: No such file (looked from here, from the project folder "
            "and from docs/). Fix: Check the spelling",
        ),
        (
            "docs/translated.md",
            "error: docs/translated.md: This is not a translation, so there is nothing to mark. "
            "Fix: Name the translated file, e.g. page.es.md.",
        ),
        (
            "mkdocs.yml",
            "error: mkdocs.yml: This file is not inside the docs folder",
        ),
    ],
)
def test_wrong_paths_get_a_clear_error_and_no_traceback(
    fixture_copy: Path, argument: str, message: str
) -> None:
    result = run_cli(fixture_copy, "mark-current", argument)

    assert result.returncode == 1
    assert result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr


def test_outside_any_course_the_error_says_where_to_run_it(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "status")

    assert result.returncode == 1
    assert result.stderr == (
        f"error: {tmp_path}: No mkdocs.yml here or in any folder above. Fix: Run the command "
        "inside the course's folder, or name the file with '-f path/to/mkdocs.yml'.\n"
    )


def test_a_broken_mkdocs_yml_is_named_with_its_line(fixture_copy: Path) -> None:
    config = fixture_copy / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "extra: [\n", encoding="utf-8")

    result = run_cli(fixture_copy, "status")

    assert result.returncode == 1
    assert f"error: {config}: MkDocs cannot read this configuration" in result.stderr
    assert "Traceback" not in result.stderr


def test_broken_front_matter_is_reported_and_the_file_left_alone(fixture_copy: Path) -> None:
    translation = fixture_copy / TRANSLATION
    broken = translation.read_text("utf-8").replace("translators: [translator-es]", "title: 'Esp")
    translation.write_text(broken, encoding="utf-8")
    edit_english(fixture_copy)

    result = run_cli(fixture_copy, "mark-current", TRANSLATION)

    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {TRANSLATION}:2: The front matter is not valid YAML")
    assert "Nothing was marked." in result.stderr
    assert translation.read_text("utf-8") == broken


def test_config_is_read_by_mkdocs_itself_with_inherit_and_env(
    fixture_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (fixture_copy / "docs").rename(fixture_copy / "pages")
    child = fixture_copy / "child.yml"
    child.write_text(
        "INHERIT: mkdocs.yml\ndocs_dir: !ENV [OER_TEST_DOCS, 'docs']\n", encoding="utf-8"
    )
    monkeypatch.setenv("OER_TEST_DOCS", "pages")
    english = fixture_copy / "pages" / "translated.md"
    english.write_text(english.read_text("utf-8") + "\nMore.\n", encoding="utf-8")

    assert main(["-f", "child.yml", "mark-current", "translated.es.md"], cwd=fixture_copy) == 0

    reader = SourceReader(fixture_copy / "pages")
    source, translation = reader.read("translated.md"), reader.read("translated.es.md")
    assert source is not None and translation is not None
    assert translation_status(get_data(source.text)[0], translation.meta).state == CURRENT


@pytest.mark.parametrize("which", ["translation", "source", "both"])
def test_a_byte_order_mark_changes_nothing(fixture_copy: Path, which: str) -> None:
    plain = fixture_copy.parent / "plain"
    subprocess.run(["cp", "-r", str(fixture_copy), str(plain)], check=True)
    edit_english(fixture_copy)
    edit_english(plain)
    names = {"translation": ["translated.es.md"], "source": ["translated.md"]}
    for name in names.get(which, ["translated.es.md", "translated.md"]):
        path = fixture_copy / "docs" / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())

    assert main(["mark-current", TRANSLATION], cwd=fixture_copy) == 0
    assert main(["mark-current", TRANSLATION], cwd=plain) == 0

    with_bom = (fixture_copy / TRANSLATION).read_bytes()
    without = (plain / TRANSLATION).read_bytes()
    assert with_bom.startswith(b"\xef\xbb\xbf") == (which != "source")
    assert with_bom.removeprefix(b"\xef\xbb\xbf").count(b"---\n") == 2
    if which == "translation":
        assert with_bom == b"\xef\xbb\xbf" + without
    assert status_of(fixture_copy) == CURRENT


def test_windows_line_ends_are_kept(fixture_copy: Path) -> None:
    translation = fixture_copy / TRANSLATION
    translation.write_bytes(translation.read_bytes().replace(b"\n", b"\r\n"))
    edit_english(fixture_copy)

    assert main(["mark-current", TRANSLATION], cwd=fixture_copy) == 0

    data = translation.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")
    assert data.count(b"---\r\n") == 2
    assert status_of(fixture_copy) == CURRENT
