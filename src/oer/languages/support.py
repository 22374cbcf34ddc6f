"""Whether the toolkit can publish a language: what it needs per language, and what is missing.

A language without its interface labels would show English passed off as that language,
and one without respectful-language data would pass text nobody checked; both are one
clear error when the site loads, never a silent fallback or a traceback mid-build.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files

from babel import Locale, UnknownLocaleError

from oer.problems import Problem

# What each language needs, as (package, file pattern, what it holds).
NEEDS = (
    ("oer.languages", "packs/{lang}/labels.yml", "interface labels"),
    ("oer.languages", "packs/{lang}/wording.yml", "respectful-language and link-text checks"),
)


def missing_support(languages: Iterable[str], file: str = "mkdocs.yml") -> list[Problem]:
    problems = []
    for lang in languages:
        try:
            Locale.parse(lang)
        except (UnknownLocaleError, ValueError):
            problems.append(
                Problem(
                    file,
                    f"The language '{lang}' is not a language code the toolkit knows.",
                    "Use a two-letter ISO 639-1 code such as en, es, nl, it, de or fr "
                    "under plugins → i18n → languages → locale.",
                )
            )
            continue
        for package, pattern, holds in NEEDS:
            name = pattern.format(lang=lang)
            if not files(package).joinpath(name).is_file():
                where = f"src/{package.replace('.', '/')}/{name}"
                problems.append(
                    Problem(
                        file,
                        f"The language '{lang}' has no {holds} ({where} is missing).",
                        f"Copy the English file next to it to {where} and translate it, "
                        f"or remove '{lang}' from plugins → i18n → languages.",
                    )
                )
    return problems
