"""Rendered pages made into parts of one book: ids, links, headings and folded parts."""

from __future__ import annotations

from lxml import html

from oer.books.pages import book_page, page_anchor, resolve_fragments

ANCHORS = {
    "es/module-1/": page_anchor("module-1/index.md"),
    "es/module-1/values/": page_anchor("module-1/values.md"),
    "es/module-1/models/": page_anchor("module-1/models.md"),
}
SITE = "https://example.org/course/"
LANDING = """<h1 id="modulo-1">Módulo 1</h1>
<h2 id="paginas">Páginas</h2>
<p><a href="values/">Valores</a> y <a href="models/#ips">IPS</a>.</p>"""
PAGE = """<h1 id="valores">Valores</h1>
<h2 id="puntos-clave">Puntos clave</h2>
<p>Ver <a href="#puntos-clave">arriba</a>, <a href="../../trainers/">formación</a>
y <a href="../attachments/diary.txt" download type="text/plain">el diario</a>.</p>
<section class="oer-exercise" id="exercise-x" aria-labelledby="exercise-x-title">
<h2 id="exercise-x-title">Ejercicio</h2>
<div aria-label="Espacio para escribir: 6 líneas" class="oer-worksheet oer-worksheet--lines"
 role="img"></div>
<details class="oer-trainer-notes"><summary>Notas</summary><p>Solo para formar.</p></details>
<iframe src="https://video.example.org/embed/1" title="Un vídeo"></iframe>
</section>"""


def part(fragment: str, url: str, *, landing: bool = False, site: str = SITE) -> html.HtmlElement:
    made = book_page(
        fragment, url=url, anchors=ANCHORS, site_url=site, landing=landing, title="Título"
    )
    return html.fragment_fromstring(made, create_parent="div")


def test_a_page_opens_with_its_anchor_one_level_down_and_keeps_its_ids_apart() -> None:
    page = part(PAGE, "es/module-1/values/")

    assert [h.tag for h in page.iter("h1", "h2", "h3")] == ["h2", "h3", "h3"]
    assert page.find(".//h2").get("id") == "page-module-1-values"
    assert page.find(".//h3").get("id") == "page-module-1-values--puntos-clave"
    section = page.find(".//section")
    assert section.get("aria-labelledby") == "page-module-1-values--exercise-x-title"
    assert page.xpath("//*[@id='page-module-1-values--exercise-x-title']")


def test_a_landing_page_opens_the_chapter_and_its_sections_stay_out_of_the_contents() -> None:
    landing = part(LANDING, "es/module-1/", landing=True)

    assert landing.find(".//h1").get("id") == "page-module-1"
    assert "unlisted" in landing.find(".//h2").get("class")


def test_links_lead_into_the_book_or_to_the_site() -> None:
    landing = part(LANDING, "es/module-1/", landing=True)
    page = part(PAGE, "es/module-1/values/")

    assert [a.get("href") for a in landing.iter("a")] == [
        "#page-module-1-values",
        "#page-module-1-models--ips",
    ]
    links = {a.text_content(): a for a in page.iter("a")}
    assert links["arriba"].get("href") == "#page-module-1-values--puntos-clave"
    assert links["formación"].get("href") == "https://example.org/course/es/trainers/"
    diary = links["el diario"]
    assert diary.get("href") == "https://example.org/course/es/module-1/attachments/diary.txt"
    assert diary.get("download") is None and diary.get("type") is None


def test_without_a_site_address_a_link_out_of_the_book_is_text() -> None:
    page = part(PAGE, "es/module-1/values/", site="")

    assert "formación" not in [a.text_content() for a in page.iter("a")]
    assert "formación" in page.text_content()


def test_folded_and_interactive_parts_are_printed_open_or_as_links() -> None:
    page = part(PAGE, "es/module-1/values/")

    assert not page.xpath("//details | //summary | //iframe | //*[@role='img']")
    assert page.xpath("//p[@class='book-details__title']/strong")[0].text == "Notas"
    assert "Solo para formar." in page.text_content()
    assert "Espacio para escribir: 6 líneas" in page.text_content()
    video = page.xpath("//p[@class='book-media']/a")[0]
    assert (video.get("href"), video.text) == ("https://video.example.org/embed/1", "Un vídeo")


def test_a_notice_goes_under_the_title() -> None:
    made = book_page(
        PAGE,
        url="es/module-1/values/",
        anchors=ANCHORS,
        site_url=SITE,
        landing=False,
        title="Valores",
        notice="Esta página aún no está disponible en español.",
    )
    page = html.fragment_fromstring(made, create_parent="div")

    heading = page.find(".//h2")
    assert heading.getnext().text_content() == "Esta página aún no está disponible en español."


def test_a_page_without_a_title_heading_gets_one() -> None:
    page = part("<p>Solo texto.</p>", "es/module-1/models/")

    heading = page[0]
    assert (heading.tag, heading.text, heading.get("id")) == (
        "h2",
        "Título",
        "page-module-1-models",
    )
    assert page.text_content().endswith("Solo texto.")


def test_links_to_an_id_the_book_lacks_lead_to_their_page_or_become_text() -> None:
    pages = [
        '<h1 id="page-a">A</h1><p><a href="#page-b--gone">b</a> <a href="#page-c">c</a></p>',
        '<h2 id="page-b">B</h2>',
    ]

    first, _ = resolve_fragments(pages)
    links = html.fragment_fromstring(first, create_parent="div").findall(".//a")

    assert [a.get("href") for a in links] == ["#page-b"]
    assert "c" in html.fragment_fromstring(first, create_parent="div").text_content()
