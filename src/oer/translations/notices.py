"""What readers see when a page is not translated yet or its translation may be out of date."""

from __future__ import annotations

from collections.abc import Sequence

from babel import Locale

from oer.locales import label
from oer.templates import templates_for
from oer.translations.overview import Entry, summary


def language_name(lang: str, in_lang: str) -> str:
    """``lang``'s name as readers of ``in_lang`` write it inside a sentence ("inglés")."""
    return str(Locale(in_lang).languages.get(lang, lang))


def under_title(content_html: str, notice_html: str) -> str:
    """Put the notice right below the page title, where readers look first.

    Below rather than above: the title stays the first thing on the page, for
    screen readers and for the search index alike.
    """
    end = content_html.find("</h1>")
    if end < 0:
        return notice_html + content_html
    end += len("</h1>")
    return content_html[:end] + notice_html + content_html[end:]


def not_translated_notice(lang: str, original: str, help_href: str) -> str:
    return (
        templates_for(__package__)
        .get_template("notice.html")
        .render(
            lang=lang,
            kind="missing",
            text=label(lang, "translations.not_translated").format(
                language=language_name(lang, lang), original=language_name(original, lang)
            ),
            link_href=help_href,
            link_text=label(lang, "translations.help_translate"),
            sections=(),
            sections_label="",
        )
    )


def outdated_notice(lang: str, original: str, original_href: str, sections: Sequence[str]) -> str:
    return (
        templates_for(__package__)
        .get_template("notice.html")
        .render(
            lang=lang,
            kind="outdated",
            text=label(lang, "translations.outdated_notice").format(
                original=language_name(original, lang)
            ),
            link_href=original_href,
            link_text=label(lang, "translations.read_original").format(
                original=language_name(original, lang)
            ),
            sections=sections,
            sections_label=label(lang, "translations.changed_sections"),
        )
    )


def status_page_html(
    entries: Sequence[Entry], lang: str, hrefs: dict[str, str], json_href: str, reader_lang: str
) -> str:
    """The status table of ``lang``'s translations, in ``reader_lang``."""
    mine = sorted((e for e in entries if e.lang == lang), key=lambda e: e.page)
    return (
        templates_for(__package__)
        .get_template("status.html")
        .render(
            entries=mine,
            hrefs=hrefs,
            json_href=json_href,
            summary=summary(entries, lang, reader_lang),
            labels={
                key: label(reader_lang, f"translations.{key}")
                for key in (
                    "page",
                    "status",
                    "file",
                    "state_current",
                    "state_outdated",
                    "state_missing",
                    "state_new",
                    "changed_sections",
                )
            },
            file_of=lambda e: e.page.removesuffix(".md") + f".{lang}.md",
        )
    )
