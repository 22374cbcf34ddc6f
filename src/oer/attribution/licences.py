"""Creative Commons licences a course may use, with the links readers need."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    id: str
    name: str
    url: str

    def deed(self, lang: str) -> str:
        """The human-readable summary in the reader's language."""
        return f"{self.url}deed.{lang}"


LICENCES = {
    licence.id: licence
    for licence in (
        Licence("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        Licence("CC-BY-SA-4.0", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        Licence("CC-BY-NC-4.0", "CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
        Licence(
            "CC-BY-NC-SA-4.0",
            "CC BY-NC-SA 4.0",
            "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        ),
        Licence("CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    )
}
DEFAULT_LICENCE = "CC-BY-SA-4.0"
