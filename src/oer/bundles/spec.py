"""What a bundle holds, as plain data: enough to render it and to hash it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from oer.exercises.extract import Exercise


@dataclass(frozen=True)
class BundleSpec:
    module: str
    lang: str
    module_title: str
    course: str
    # Where the module lives online, printed on every page.
    url: str
    exercises: tuple[Exercise, ...]
    # The module's credits, licence and funding, as shown on the web page.
    attribution_html: str
    attribution_text: str
    # The licence's short name ("CC BY-SA 4.0") and its deed in the bundle's language.
    licence: str
    licence_url: str
    # Files trainers hand out, as (name inside the ZIP, path on disk).
    attachments: tuple[tuple[str, str], ...] = ()
    # When the module's pages last changed (ISO 8601): the documents' own date.
    updated: str = ""

    @property
    def stem(self) -> str:
        return f"{self.module}-{self.lang}"

    def digest(self, *versions: str) -> str:
        """A hash of everything that decides the output, plus the renderers' versions."""
        # The handouts' content, not only their names: a changed file renders anew.
        handouts = [
            hashlib.sha256(Path(path).read_bytes()).hexdigest() for _, path in self.attachments
        ]
        payload = json.dumps([asdict(self), handouts, versions], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()
