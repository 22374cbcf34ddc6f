from __future__ import annotations

from pathlib import Path

from oer.content.sources import SourceReader, module_landings, split_language, translation_uri

LANGS = ("en", "de", "nl")


def test_split_language_reads_the_suffix_convention() -> None:
    assert split_language("sessions/hope.de.md", LANGS) == ("sessions/hope.md", "de")
    assert split_language("sessions/hope.md", LANGS) == ("sessions/hope.md", None)
    # Not a language of the course: part of the page's name.
    assert split_language("sessions/hope.fr.md", LANGS) == ("sessions/hope.fr.md", None)
    assert split_language("v1.2.md", LANGS) == ("v1.2.md", None)


def test_translation_uri_is_the_inverse() -> None:
    assert translation_uri("sessions/index.md", "nl", "en") == "sessions/index.nl.md"
    assert translation_uri("sessions/index.md", "en", "en") == "sessions/index.md"


def test_module_landings_are_the_enclosing_folders_index_pages() -> None:
    assert module_landings("a/b/page.md") == ["a/b/index.md", "a/index.md"]
    assert module_landings("index.md") == []


def test_reader_rereads_a_file_only_when_it_changes(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("---\ntitle: One\n---\n", encoding="utf-8")
    reader = SourceReader(tmp_path)

    first = reader.read("p.md")
    assert reader.read("p.md") is first
    page.write_text("---\ntitle: Two\n---\n", encoding="utf-8")
    import os

    os.utime(page, ns=(1, 1))

    second = reader.read("p.md")
    assert second is not None and second.meta["title"] == "Two"
    assert reader.read("missing.md") is None
