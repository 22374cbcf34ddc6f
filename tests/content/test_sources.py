from __future__ import annotations

from pathlib import Path

from oer.content.sources import SourceReader, module_landings, split_language, translation_uri

LANGS = ("en", "es", "nl", "it")


def test_split_language_reads_the_suffix_convention() -> None:
    assert split_language("module-1/values.es.md", LANGS) == ("module-1/values.md", "es")
    assert split_language("module-1/values.md", LANGS) == ("module-1/values.md", None)
    assert split_language("v1.2.md", LANGS) == ("v1.2.md", None)


def test_translation_uri_is_the_inverse() -> None:
    assert translation_uri("module-1/index.md", "nl", "en") == "module-1/index.nl.md"
    assert translation_uri("module-1/index.md", "en", "en") == "module-1/index.md"


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
