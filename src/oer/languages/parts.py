"""Language of parts: text shown in another language than the page says it is in."""

from __future__ import annotations

from lxml import html as lxml_html


def mark_language(content_html: str, text_lang: str, page_lang: str) -> str:
    """Give each top-level element of ``content_html`` ``lang=text_lang`` when it differs.

    An untranslated page in the Spanish site has ``<html lang="es">`` but English
    text; without this, screen readers read English words with Spanish rules.
    The elements are marked one by one rather than wrapped, so the page title
    stays the first element (search and outline rely on it).
    """
    if text_lang == page_lang or not content_html.strip():
        return content_html
    root = lxml_html.fragment_fromstring(content_html, create_parent="div")
    for element in root:
        if isinstance(element.tag, str) and not element.get("lang"):
            element.set("lang", text_lang)
    parts = [root.text or ""] + [lxml_html.tostring(child, encoding="unicode") for child in root]
    return "".join(parts)
