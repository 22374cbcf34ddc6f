"""Make the reference documents and templates pandoc writes the editable files with.

    python -m oer.bundles.reference_documents

writes into ``templates/``:

- ``reference.docx`` and ``reference.odt``: pandoc's own defaults, adjusted to A4 with
  sensible margins, a running header and footer (module title; licence, address and
  page number), hyphenation, and paragraph styles for writing space (ruled lines and
  bordered boxes a trainer can restyle). The header and footer hold placeholders
  (``render.PLACEHOLDERS``) that each document fills in.
- ``editable.openxml`` and ``editable.opendocument``: pandoc's default templates without
  the title block, so a document's title is its Heading 1 rather than a "Title"
  paragraph followed directly by Heading 2s.
- ``reference.pandoc-version``: the pandoc that made them.

The same pandoc always gives the same files, so the committed ones are checked against a
fresh run. Needs python-docx (a test dependency); building the site does not.
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from importlib.resources import files
from pathlib import Path
from typing import Any

from lxml import etree

from oer.bundles.archive import FIXED_DATE
from oer.bundles.render import PLACEHOLDERS, pandoc_path

# A4, in millimetres; the margins leave room for the header and footer inside them.
PAGE_WIDTH, PAGE_HEIGHT = 210, 297
MARGIN, HEADER_DISTANCE = 20, 10
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
# A ruled line to write on, and a line of a bordered box, in millimetres.
WRITING_LINE, WRITING_BOX_LINE = 10, 8
RULE_COLOUR = "444444"


def pandoc_default(name: str) -> bytes:
    """Pandoc's own reference document, as ``pandoc --print-default-data-file`` gives it."""
    result = subprocess.run(
        [pandoc_path(), "--print-default-data-file", name], capture_output=True, check=True
    )
    return result.stdout


# The parts of pandoc's default templates that print the title, author, date and contents.
_TITLE_BLOCK = re.compile(
    r"^\$(?P<kind>if|for)\((title|subtitle|author|date|toc|lof|lot)\)\$\n.*?^\$end(?P=kind)\$\n",
    re.MULTILINE | re.DOTALL,
)


def template_without_title(writer: str) -> str:
    """Pandoc's default template for ``writer`` with no title block or table of contents."""
    result = subprocess.run(
        [pandoc_path(), "--print-default-template", writer], capture_output=True, check=True
    )
    return _TITLE_BLOCK.sub("", result.stdout.decode("utf-8"))


def repacked(data: bytes) -> bytes:
    """``data`` (a ZIP) with fixed dates, so the same content gives the same bytes.

    The order of the entries is kept: an ODT's ``mimetype`` must come first, stored.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=FIXED_DATE)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            stored = entry.filename == "mimetype"
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(entry))
    return buffer.getvalue()


# --- DOCX ------------------------------------------------------------------------------


def reference_docx() -> bytes:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    document = Document(io.BytesIO(pandoc_default("reference.docx")))
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH), Mm(PAGE_HEIGHT)
    section.top_margin = section.bottom_margin = Mm(MARGIN)
    section.left_margin = section.right_margin = Mm(MARGIN)
    section.header_distance = section.footer_distance = Mm(HEADER_DISTANCE)

    styles = document.styles
    for name in ("Header", "Footer"):
        # Word's own header and footer styles, which its header and footer use by name.
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=True)
        style.style_id = name
        style.base_style = styles["Normal"]
        style.font.size = Pt(9)
        style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
    for name, height, sides in (
        ("Writing Line", WRITING_LINE, ("bottom", "between")),
        ("Writing Box", WRITING_BOX_LINE, ("top", "left", "bottom", "right")),
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.paragraph_format.line_spacing = Mm(height)
        style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(0)
        _borders(style.element.get_or_add_pPr(), sides)

    header = section.header.paragraphs[0]
    header.style = styles["Header"]
    header.text = PLACEHOLDERS["module"]
    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    footer.add_run(f"{PLACEHOLDERS['licence']} · {PLACEHOLDERS['address']}\t")
    footer.add_run(f"{PLACEHOLDERS['page']} ")
    _field(footer, "PAGE")
    footer.add_run(" / ")
    _field(footer, "NUMPAGES")

    settings = document.settings.element
    _setting(settings, "autoHyphenation", None)
    # Word chooses fonts for a script by this language; each document fills in its own.
    _setting(settings, "themeFontLang", PLACEHOLDERS["language"])

    buffer = io.BytesIO()
    document.save(buffer)
    return repacked(buffer.getvalue())


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(f"w:{tag}"))


# What follows a paragraph's borders in its properties (ECMA-376, CT_PPrBase).
_AFTER_BORDERS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _borders(paragraph_properties: Any, sides: tuple[str, ...]) -> None:
    borders = etree.Element(_w("pBdr"))
    # Word refuses paragraph properties out of the schema's order.
    paragraph_properties.insert_element_before(borders, *_AFTER_BORDERS)
    for side in sides:
        etree.SubElement(
            borders,
            _w(side),
            {_w("val"): "single", _w("sz"): "4", _w("space"): "1", _w("color"): RULE_COLOUR},
        )


def _field(paragraph: Any, instruction: str) -> None:
    """A field Word and LibreOffice compute, such as the page number."""
    run = paragraph.add_run("1")
    field = etree.Element(_w("fldSimple"), {_w("instr"): instruction})
    run._r.addprevious(field)
    field.append(run._r)


def _setting(settings: Any, name: str, value: str | None) -> None:
    element = settings.find(_w(name))
    if element is None:
        element = etree.SubElement(settings, _w(name))
    if value is not None:
        element.set(_w("val"), value)


# --- ODT -------------------------------------------------------------------------------

ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


def _odf(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{ODF[prefix]}}}{local}"


def reference_odt() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(pandoc_default("reference.odt")))
    parts = {entry.filename: source.read(entry) for entry in source.infolist()}
    parts["styles.xml"] = _odt_styles(parts["styles.xml"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for entry in source.infolist():
            target.writestr(entry.filename, parts[entry.filename])
    return repacked(buffer.getvalue())


def _odt_styles(data: bytes) -> bytes:
    root = etree.fromstring(data)

    def find(path: str) -> Any:
        return root.find(path, ODF)

    layout = find(".//style:page-layout[@style:name='Mpm1']/style:page-layout-properties")
    for name, value in (
        ("fo:page-width", f"{PAGE_WIDTH}mm"),
        ("fo:page-height", f"{PAGE_HEIGHT}mm"),
        ("fo:margin-top", f"{HEADER_DISTANCE}mm"),
        ("fo:margin-bottom", f"{HEADER_DISTANCE}mm"),
        ("fo:margin-left", f"{MARGIN}mm"),
        ("fo:margin-right", f"{MARGIN}mm"),
    ):
        layout.set(_odf(name), value)
    page_layout = layout.getparent()
    for part, margin in (("header-style", "margin-bottom"), ("footer-style", "margin-top")):
        old = page_layout.find(f"style:{part}", ODF)
        page_layout.remove(old)
        new = etree.SubElement(page_layout, _odf(f"style:{part}"))
        etree.SubElement(
            new,
            _odf("style:header-footer-properties"),
            {
                _odf("fo:min-height"): "5mm",
                _odf(f"fo:{margin}"): f"{MARGIN - HEADER_DISTANCE - 5}mm",
                _odf("style:dynamic-spacing"): "false",
            },
        )

    styles = find("office:styles")
    _odt_paragraph_style(styles, "Header", {}, font_size="9pt", tab=True)
    _odt_paragraph_style(styles, "Footer", {}, font_size="9pt", tab=True)
    rule = f"0.5pt solid #{RULE_COLOUR}"
    _odt_paragraph_style(
        styles,
        "Writing Line",
        {
            "fo:border-bottom": rule,
            "fo:line-height": f"{WRITING_LINE}mm",
            # Each line keeps its own rule rather than joining its neighbours into one box.
            "style:join-border": "false",
        },
    )
    _odt_paragraph_style(
        styles, "Writing Box", {"fo:border": rule, "fo:line-height": f"{WRITING_BOX_LINE}mm"}
    )
    _odt_paragraph_style(styles, "Page Break", {"fo:break-before": "page"})
    text = find(".//style:default-style[@style:family='paragraph']/style:text-properties")
    text.set(_odf("fo:hyphenate"), "true")

    master = find(".//style:master-page[@style:name='Standard']")
    for child in list(master):
        master.remove(child)
    header = etree.SubElement(master, _odf("style:header"))
    etree.SubElement(
        header, _odf("text:p"), {_odf("text:style-name"): "Header"}
    ).text = PLACEHOLDERS["module"]
    footer = etree.SubElement(master, _odf("style:footer"))
    line = etree.SubElement(footer, _odf("text:p"), {_odf("text:style-name"): "Footer"})
    line.text = f"{PLACEHOLDERS['licence']} · {PLACEHOLDERS['address']}"
    etree.SubElement(line, _odf("text:tab")).tail = f"{PLACEHOLDERS['page']} "
    number = etree.SubElement(line, _odf("text:page-number"), {_odf("text:select-page"): "current"})
    number.text, number.tail = "1", " / "
    etree.SubElement(line, _odf("text:page-count")).text = "1"
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))


def _odt_paragraph_style(
    styles: Any, display: str, properties: dict[str, str], *, font_size: str = "", tab: bool = False
) -> None:
    """A paragraph style, replacing any of the same name pandoc's default has."""
    name = display.replace(" ", "_20_")
    for old in styles.findall(f"style:style[@style:name='{name}']", ODF):
        styles.remove(old)
    style = etree.SubElement(
        styles,
        _odf("style:style"),
        {
            _odf("style:name"): name,
            _odf("style:display-name"): display,
            _odf("style:family"): "paragraph",
            _odf("style:parent-style-name"): "Standard",
            _odf("style:class"): "text",
        },
    )
    paragraph = etree.SubElement(
        style,
        _odf("style:paragraph-properties"),
        {_odf(key): value for key, value in properties.items()},
    )
    if tab:
        stops = etree.SubElement(paragraph, _odf("style:tab-stops"))
        etree.SubElement(
            stops,
            _odf("style:tab-stop"),
            {_odf("style:position"): f"{TEXT_WIDTH}mm", _odf("style:type"): "right"},
        )
    if font_size:
        etree.SubElement(style, _odf("style:text-properties"), {_odf("fo:font-size"): font_size})


def pandoc_version() -> str:
    result = subprocess.run([pandoc_path(), "--version"], capture_output=True, check=True)
    return result.stdout.decode("utf-8").split()[1]


def generated() -> dict[str, bytes]:
    """Every file this module makes, by its name in ``templates/``."""
    return {
        # Another pandoc makes other defaults: the files are checked against the one that
        # made them.
        "reference.pandoc-version": f"{pandoc_version()}\n".encode(),
        "reference.docx": reference_docx(),
        "reference.odt": reference_odt(),
        "editable.openxml": template_without_title("openxml").encode("utf-8"),
        "editable.opendocument": template_without_title("opendocument").encode("utf-8"),
    }


def write(folder: Path) -> None:
    for name, data in generated().items():
        (folder / name).write_bytes(data)


if __name__ == "__main__":
    write(Path(str(files(__package__).joinpath("templates"))))
