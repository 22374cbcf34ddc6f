"""Read each language from its pack, and refuse a language whose pack is incomplete.

The packs (``oer.languages.language_packs``) are the toolkit's, with the course's own
(``extra.course.language_packs``) laid over them; what a pack lacks is one clear error.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from oer.languages.language_packs import use_course_packs
from oer.languages.support import missing_support
from oer.settings import read_settings


# Before static-i18n (-100) reconfigures the build for a language it may not know, and
# before any hook reads a label.
@event_priority(50)
def on_config(config: MkDocsConfig) -> None:
    plugin = config.plugins.get("i18n")
    if plugin is not None:
        languages = [str(language.locale) for language in plugin.config.languages]
    else:
        languages = [str(config.theme["language"])]
    path = Path(config.config_file_path)
    settings, problems = read_settings(config.extra, path.name, config_file_path=str(path))
    folders = use_course_packs(settings.language_packs)
    if any(problem.error for problem in problems):
        return  # hooks/settings.py stops the build with these, naming their lines
    problems = missing_support(
        languages, path.name, folders=folders, readability_minimum=settings.readability_minimum
    )
    if problems:
        raise PluginError("\n".join(str(problem) for problem in problems))
