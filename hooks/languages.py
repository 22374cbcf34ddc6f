"""Refuse to build a language the toolkit cannot publish properly, with one clear error."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from oer.languages.support import missing_support


# Before static-i18n (-100) reconfigures the build for a language it may not know.
@event_priority(50)
def on_config(config: MkDocsConfig) -> None:
    plugin = config.plugins.get("i18n")
    if plugin is not None:
        languages = [str(language.locale) for language in plugin.config.languages]
    else:
        languages = [str(config.theme["language"])]
    problems = missing_support(languages)
    if problems:
        raise PluginError("\n".join(str(problem) for problem in problems))
