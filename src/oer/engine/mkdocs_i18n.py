"""Read the language state that mkdocs-static-i18n keeps on its plugin object.

static-i18n runs one full build per language on the same config object; its
plugin instance knows which language is being built and whether the outer
build (the one that started all the others) is still going. Everything else in
this package takes that state as plain values.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page


@dataclass(frozen=True)
class LanguageState:
    current: str
    default: str
    languages: tuple[str, ...]
    # True while the other languages' builds are running inside the first one.
    building_others: bool

    @property
    def folder(self) -> str:
        """The current language's folder below the site root ('' for the default)."""
        return "" if self.current == self.default else self.current

    @property
    def is_last_call(self) -> bool:
        """True in the outermost ``on_post_build``, once every language exists on disk."""
        return not self.building_others


def language_state(config: MkDocsConfig) -> LanguageState | None:
    """Return the i18n plugin's state, or None for a single-language site."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return None
    default = plugin.default_language
    return LanguageState(
        current=plugin.current_language or default,
        default=default,
        languages=tuple(plugin.build_languages),
        building_others=bool(plugin.building),
    )


def file_language(page: Page, state: LanguageState | None) -> str | None:
    """The language the page's text is written in (its source file's), or None without i18n."""
    if state is None:
        return None
    return getattr(page.file, "locale", None) or state.default


def alternate_url(page: Page, lang: str) -> str | None:
    """The site-relative URL of ``page`` in ``lang``, as static-i18n paired them."""
    alternates = getattr(page.file, "alternates", None) or {}
    alternate = alternates.get(lang)
    return alternate.url if alternate is not None else None
