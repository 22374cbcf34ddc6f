from __future__ import annotations

import io
import zipfile

import pytest

from oer.bundles.archive import (
    FIXED_DATE,
    deterministic_zip,
    safe_entry_name,
    unique_entry_names,
)


def test_same_entries_give_the_same_bytes_whatever_their_order() -> None:
    first = deterministic_zip({"b.pdf": b"2", "a.txt": b"1"})
    second = deterministic_zip({"a.txt": b"1", "b.pdf": b"2"})

    assert first == second
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert archive.namelist() == ["a.txt", "b.pdf"]
    assert {info.date_time for info in archive.infolist()} == {FIXED_DATE}
    assert archive.comment == b""


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("/etc/passwd", "etc/passwd"),
        ("../x.pdf", "x.pdf"),
        ("a/../../x", "a/x"),
        ("C:\\x", "C_/x"),
        ("", "file"),
        ("a\\b", "a/b"),
        ("notes:v2.txt", "notes_v2.txt"),
        ("attachments/ex/..", "attachments/ex"),
        ("tab\there?.txt", "tab_here_.txt"),
    ],
)
def test_entries_never_escape_the_folder_they_are_unpacked_into(name: str, safe: str) -> None:
    assert safe_entry_name(name) == safe


def test_two_files_with_one_name_are_both_kept() -> None:
    named = unique_entry_names(
        [
            ("attachments/ex/notes.txt", "/docs/m/a/notes.txt"),
            ("attachments/ex/notes.txt", "/docs/m/b/notes.txt"),
            ("attachments/ex/notes.txt", "/docs/m/b/notes.txt"),
        ]
    )

    assert [name for name, _ in named] == [
        "attachments/ex/notes.txt",
        "attachments/ex/b-notes.txt",
        "attachments/ex/b-notes-2.txt",
    ]
    packed = zipfile.ZipFile(io.BytesIO(deterministic_zip({n: b"x" for n, _ in named})))
    assert len(packed.namelist()) == 3


def test_nested_relative_names_are_fine() -> None:
    assert safe_entry_name("attachments/handout.pdf") == "attachments/handout.pdf"
