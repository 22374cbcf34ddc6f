"""Language of parts: text shown in another language than the page says it is in."""

from __future__ import annotations


def mark_language(content_html: str, text_lang: str, page_lang: str) -> str:
    """Wrap ``content_html`` in ``lang=text_lang`` when it differs from the page's language.

    An untranslated page in the Spanish site has ``<html lang="es">`` but English
    text; without this, screen readers read English words with Spanish rules.
    """
    if text_lang == page_lang or not content_html.strip():
        return content_html
    return f'<div lang="{text_lang}" class="oer-other-language">{content_html}</div>'
