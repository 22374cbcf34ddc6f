from __future__ import annotations

import io
import zipfile

import pytest

from oer.bundles.archive import FIXED_DATE, deterministic_zip, safe_entry_name


def test_same_entries_give_the_same_bytes_whatever_their_order() -> None:
    first = deterministic_zip({"b.pdf": b"2", "a.txt": b"1"})
    second = deterministic_zip({"a.txt": b"1", "b.pdf": b"2"})

    assert first == second
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert archive.namelist() == ["a.txt", "b.pdf"]
    assert {info.date_time for info in archive.infolist()} == {FIXED_DATE}
    assert archive.comment == b""


@pytest.mark.parametrize("name", ["/etc/passwd", "../x.pdf", "a/../../x", "C:\\x", "", "a\\b"])
def test_entries_never_escape_the_folder_they_are_unpacked_into(name: str) -> None:
    with pytest.raises(ValueError, match="unsafe"):
        safe_entry_name(name)


def test_nested_relative_names_are_fine() -> None:
    assert safe_entry_name("attachments/handout.pdf") == "attachments/handout.pdf"
