"""The whole course offline: a printable book (PDF) and an e-book (EPUB) per language.

Made as the module bundles are: from each module page's content as MkDocs rendered it,
after the sanitiser, with its images embedded. The home page of each language gets a
placeholder; once every language is built, the books join the build's render queue,
which hooks/bundles.py renders in one process pool with the bundles, and each
placeholder becomes links to the files with their sizes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import partial
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from oer.attribution.course_credits import module_credits
from oer.attribution.presentation import attribution_block
from oer.books.build import Book, BookJob
from oer.books.credits import credit_lines, everyone
from oer.books.documents import book_labels
from oer.books.links import book_links_html
from oer.books.pages import book_page, page_anchor
from oer.books.spec import BookPage, BookSpec, Chapter
from oer.bundles.dates import newest_change
from oer.bundles.images import embed_images
from oer.bundles.pool import Rendered, RenderQueue
from oer.content.sources import split_language
from oer.course import course_of
from oer.engine.build_state import build_state
from oer.engine.cache import cache_folder
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import file_language, language_state
from oer.languages.parts import mark_language
from oer.locales import label
from oer.translations.overview import language_name

log = hook_logger("books")
DOWNLOADS = "downloads"
PLACEHOLDER = "<!-- oer-downloads book -->"
# After hooks/safety.py (100) has sanitised the page, before the toolkit adds its own parts.
AFTER_SANITISER = 90
# After static-i18n (-100) has chosen this language's files and translated the navigation.
AFTER_LANGUAGES = -110
# After static-i18n (-100) has built every language, and before hooks/bundles.py (-150)
# renders every queued download in one pool.
QUEUE_BOOKS = -140
# Renders what is still queued when a site does without hooks/bundles.py.
RENDER_LEFTOVERS = -160
_DATA_URI = re.compile(r"(data:[\w.+/-]+;base64,)[A-Za-z0-9+/=]{12,}")


@dataclass(frozen=True)
class Entry:
    """A page of a module, in navigation order."""

    module: str
    # Its default-language source, which names the page in every language.
    base: str
    url: str
    anchor: str
    landing: bool
    # The navigation section's title: the chapter's, when the module has no landing page.
    section: str
    source: str


@dataclass
class LanguageBook:
    """One language's book, filled in as its pages render."""

    lang: str
    course: str
    description: str
    url: str
    site_folder: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    pages: dict[str, BookPage] = field(default_factory=dict)
    home: Path | None = None


@dataclass
class BookRun:
    books: dict[str, LanguageBook] = field(default_factory=dict)


@event_priority(AFTER_LANGUAGES)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    languages = state.languages if state else (lang,)
    folder = state.folder if state else ""
    book = LanguageBook(
        lang=lang,
        course=config.site_name,
        description=config.site_description or "",
        url=f"{config.site_url or ''}{folder}/" if folder else config.site_url or "",
        site_folder=Path(config.site_dir) / folder,
    )
    course = course_of(config)
    for page in nav.pages:
        base, _ = split_language(page.file.src_uri, languages)
        module = course.module_of(base)
        if module is None:
            continue  # the home page and the pages about the site are not a module's
        book.entries[page.file.src_uri] = Entry(
            module=module.folder,
            base=base,
            url=page.url,
            anchor=page_anchor(base),
            landing=base == module.landing,
            section=str(page.parent.title) if page.parent else module.folder,
            source=page.file.abs_src_path or "",
        )
    build_state(config, BookRun).books[lang] = book
    return nav


@event_priority(AFTER_SANITISER)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    book = build_state(config, BookRun).books.get(lang)
    if book is None:
        return html
    base, _ = split_language(page.file.src_uri, state.languages if state else ())
    if base == "index.md":
        book.home = Path(page.file.abs_dest_path)
        return html + PLACEHOLDER
    entry = book.entries.get(page.file.src_uri)
    if entry is None:
        return html
    written_in = file_language(page, state) or lang
    docs = Path(config.docs_dir)
    # The page's images, found from where the page is published (its links are relative
    # to its URL), read from docs/.
    url = page.url.removeprefix(f"{state.folder}/" if state and state.folder else "")
    embedded, problems = embed_images(
        html, docs / url, docs, f"docs/{page.file.src_uri}", part="on the page"
    )
    if written_in == lang:
        for problem in problems:
            log.warning(str(problem))
    title = page.title or entry.section
    # A page not translated yet is printed in its original, marked as such, as the site
    # shows it: a reader expects every module whole, and is told why this part is not
    # in their language rather than finding it missing.
    notice = ""
    if written_in != lang:
        notice = label(lang, "translations.not_translated").format(
            language=language_name(lang, lang), original=language_name(written_in, lang)
        )
    book.pages[page.file.src_uri] = BookPage(
        title=title,
        anchor=entry.anchor,
        html=book_page(
            mark_language(embedded, written_in, lang),
            url=page.url,
            anchors={e.url: e.anchor for e in book.entries.values()},
            site_url=config.site_url or "",
            landing=entry.landing,
            title=title,
            notice=notice,
        ),
        lang=written_in,
    )
    return html


def queue_books(config: MkDocsConfig) -> None:
    state = language_state(config)
    if state is not None and not state.is_last_call:
        return  # every language's pages first, then all books at once
    queue = build_state(config, RenderQueue)
    for book in build_state(config, BookRun).books.values():
        if book.entries.keys() - book.pages.keys():
            # `mkdocs serve --dirty` rebuilt only some pages: a book of those alone would
            # replace the whole one, so the last whole book stays.
            continue
        spec = _spec(book, config, state.default if state else book.lang)
        if spec is None:
            _fill_placeholder(book, "")
        else:
            queue.add(BookJob(spec), partial(_deliver, book))


def render_leftovers(config: MkDocsConfig) -> None:
    state = language_state(config)
    if state is None or state.is_last_call:
        build_state(config, RenderQueue).render(cache_folder(config, "bundles"))


on_post_build = CombinedEvent(
    event_priority(QUEUE_BOOKS)(queue_books), event_priority(RENDER_LEFTOVERS)(render_leftovers)
)


def _deliver(book: LanguageBook, rendered: Rendered[Book]) -> None:
    result = rendered.result
    if rendered.count:
        log.info(f"Rendered {rendered.count} files of the book {result.spec.stem}")
    for warning in dict.fromkeys(rendered.warnings):
        # An embedded image is named by its type, not by its every byte.
        said = _DATA_URI.sub(r"\1…", warning)
        log.warning(f"{result.spec.stem}: the renderer said: {said}")
    target = book.site_folder / DOWNLOADS
    target.mkdir(parents=True, exist_ok=True)
    for file in result.files:
        (target / file.name).write_bytes(file.data)
    _fill_placeholder(book, book_links_html(result, DOWNLOADS))


def _fill_placeholder(book: LanguageBook, html: str) -> None:
    if book.home is None or not book.home.is_file():
        return
    page = book.home.read_text(encoding="utf-8")
    book.home.write_text(page.replace(PLACEHOLDER, html, 1), encoding="utf-8")


def _spec(book: LanguageBook, config: MkDocsConfig, default: str) -> BookSpec | None:
    """The book of ``book``'s language, or None when no module page was rendered."""
    lang = book.lang
    course = course_of(config)
    settings = course.settings
    chapters, credits, module_records = [], [], []
    modules: dict[str, list[tuple[str, Entry]]] = {}
    for uri, entry in book.entries.items():
        modules.setdefault(entry.module, []).append((uri, entry))
    for module, in_order in modules.items():
        # The landing page opens the chapter wherever the navigation lists it.
        entries = sorted(in_order, key=lambda item: not item[1].landing)
        pages = [book.pages[uri] for uri, _ in entries if uri in book.pages]
        if not pages:
            continue
        first = entries[0][1]
        if not first.landing:
            anchor = page_anchor(f"{module}/index.md")
            heading = f'<h1 id="{anchor}">{escape(first.section)}</h1>'
            pages.insert(0, BookPage(first.section, anchor, heading, lang))
        chapter = Chapter(pages[0].title, pages[0].anchor, tuple(pages), pages[0].lang)
        chapters.append(chapter)
        record = module_credits(course, next(m for m in course.modules if m.folder == module), lang)
        module_records.append(record)
        block = attribution_block(
            record,
            lang=lang,
            title=chapter.title,
            course=book.course,
            url=book.url,
            licence=settings.licence,
            funding=None,
        )
        credits.append(credit_lines(chapter.title, block))
    if not chapters:
        return None
    return BookSpec(
        lang=lang,
        course=book.course,
        description=book.description,
        url=book.url,
        chapters=tuple(chapters),
        credits=tuple(credits),
        authors=everyone(module_records, lang),
        licence=settings.licence.name,
        licence_url=settings.licence.deed(lang),
        funding=settings.funding_text(lang, default),
        stem=f"{_slug(book.course)}-{lang}",
        labels=book_labels(lang),
        updated=newest_change([Path(e.source) for e in book.entries.values() if e.source]),
    )


def _slug(name: str) -> str:
    """A file name readers of any language can type: "Uguaglianza nell'Apprendimento" →
    "uguaglianza-nell-apprendimento"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "course"
