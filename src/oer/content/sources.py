"""Source files of a multilingual course: which file translates which, and module membership.

File names follow the suffix convention: ``page.md`` is the default language
and ``page.es.md`` its Spanish translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from oer.content.front_matter import read_front_matter
from oer.problems import Problem


def split_language(src_uri: str, languages: Iterable[str]) -> tuple[str, str | None]:
    """``module-1/values.es.md`` → (``module-1/values.md``, ``es``); no suffix → (uri, None)."""
    path = PurePosixPath(src_uri)
    stem = PurePosixPath(path.stem)
    lang = stem.suffix.lstrip(".")
    if lang and lang in languages:
        return str(path.with_name(stem.stem + path.suffix)), lang
    return src_uri, None


def translation_uri(base_uri: str, lang: str, default: str) -> str:
    """The file that holds ``base_uri`` in ``lang``."""
    if lang == default:
        return base_uri
    path = PurePosixPath(base_uri)
    return str(path.with_name(f"{path.stem}.{lang}{path.suffix}"))


def module_landings(base_uri: str) -> list[str]:
    """Landing pages (``index.md``) of the folders holding ``base_uri``, nearest first.

    The site's home page (``index.md`` at the root) is not a module.
    """
    folder = PurePosixPath(base_uri).parent
    landings = []
    while folder != PurePosixPath("."):
        landings.append(str(folder / "index.md"))
        folder = folder.parent
    return landings


@dataclass(frozen=True)
class Source:
    uri: str
    text: str
    meta: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)


class SourceReader:
    """Reads each source file below ``docs_dir`` once (once per build: see ``oer.course``)."""

    def __init__(self, docs_dir: str | Path) -> None:
        self.docs_dir = Path(docs_dir)
        self._cache: dict[str, tuple[int, Source]] = {}

    def read(self, uri: str) -> Source | None:
        path = self.docs_dir / uri
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            return None
        cached = self._cache.get(uri)
        if cached and cached[0] == stamp:
            return cached[1]
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            return None  # not published at all; hooks/safety.py says why and where
        meta, problems = read_front_matter(text, f"docs/{uri}")
        source = Source(uri, text, meta, problems)
        self._cache[uri] = (stamp, source)
        return source

    def pages(self, languages: Sequence[str]) -> list[str]:
        """Every default-language page below ``docs_dir``, as URIs."""
        uris = []
        for path in sorted(self.docs_dir.rglob("*.md")):
            uri = path.relative_to(self.docs_dir).as_posix()
            if split_language(uri, languages)[1] is None:
                uris.append(uri)
        return uris
