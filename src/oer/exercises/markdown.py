"""The ``/// exercise`` block for pymdownx.blocks.

    /// exercise | What do I believe?
        id: what-do-i-believe
        duration: 20
        group_size: pairs
        materials: [paper, pens]

    Steps for the learners…

    //// trainer-notes
    What the trainer should know…
    ////

    //// worksheet
        lines: 6
    ////
    ///

Labels ("Time", "Trainer notes"…) come in the language given as the
extension's ``lang`` setting, which the build sets for each language.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any, ClassVar

from babel.units import format_unit
from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_string

from oer.exercises.options import count, minutes, text_list, valid_id
from oer.locales import label


class ExerciseBlock(Block):
    NAME = "exercise"
    # Optional so that a missing title is reported (by checks.py) but the exercise still shows.
    ARGUMENT = None
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {
        "id": ("", valid_id),
        "duration": (0, minutes),
        "group_size": ("", type_string),
        "materials": ([], text_list),
        "attachments": ([], text_list),
    }

    def on_create(self, parent: etree.Element) -> etree.Element:
        lang = self.config["lang"]
        exercise_id = self.options["id"]
        section = etree.SubElement(
            parent,
            "section",
            {
                "class": "oer-exercise",
                "id": f"exercise-{exercise_id}",
                "data-exercise-id": exercise_id,
                "aria-labelledby": f"exercise-{exercise_id}-title",
            },
        )
        kicker = etree.SubElement(section, "p", {"class": "oer-exercise__label"})
        kicker.text = label(lang, "exercises.label")
        heading = etree.SubElement(
            section, "h2", {"id": f"exercise-{exercise_id}-title", "class": "oer-exercise__title"}
        )
        heading.text = self.argument or label(lang, "exercises.label")
        details = [
            ("duration", self._duration(lang)),
            ("group_size", self.options["group_size"]),
            ("materials", ", ".join(self.options["materials"])),
        ]
        if any(value for _, value in details):
            meta = etree.SubElement(section, "dl", {"class": "oer-exercise__meta"})
            for key, value in details:
                if value:
                    term = etree.SubElement(meta, "dt")
                    term.text = label(lang, f"exercises.{key}")
                    description = etree.SubElement(meta, "dd", {"data-field": key})
                    description.text = value
                    if key == "duration":
                        description.set("data-minutes", str(self.options["duration"]))
        if self.options["attachments"]:
            listing = etree.SubElement(section, "p", {"class": "oer-exercise__attachments"})
            listing.text = label(lang, "exercises.attachments") + ": "
            for number, path in enumerate(self.options["attachments"]):
                # MkDocs rewrites (and checks) this page-relative link like any other.
                link = etree.SubElement(listing, "a", {"href": path})
                link.text = path.rsplit("/", 1)[-1]
                if number < len(self.options["attachments"]) - 1:
                    link.tail = ", "
        etree.SubElement(section, "div", {"class": "oer-exercise__body"})
        return section

    def _duration(self, lang: str) -> str:
        if not self.options["duration"]:
            return ""
        return str(format_unit(self.options["duration"], "duration-minute", locale=lang))

    def on_add(self, block: etree.Element) -> etree.Element:
        body = block.find("div[@class='oer-exercise__body']")
        return body if body is not None else block


class TrainerNotesBlock(Block):
    NAME = "trainer-notes"
    ARGUMENT = None

    def on_create(self, parent: etree.Element) -> etree.Element:
        notes = etree.SubElement(parent, "details", {"class": "oer-trainer-notes"})
        summary = etree.SubElement(notes, "summary")
        summary.text = label(self.config["lang"], "exercises.trainer_notes")
        etree.SubElement(notes, "div", {"class": "oer-trainer-notes__body"})
        return notes

    def on_add(self, block: etree.Element) -> etree.Element:
        body = block.find("div[@class='oer-trainer-notes__body']")
        return body if body is not None else block


class WorksheetBlock(Block):
    NAME = "worksheet"
    ARGUMENT = None
    OPTIONS: ClassVar[dict[str, tuple[Any, Any]]] = {"lines": (0, count), "boxes": (0, count)}

    def on_create(self, parent: etree.Element) -> etree.Element:
        kind = "boxes" if self.options["boxes"] else "lines"
        number = self.options["boxes"] or self.options["lines"] or 5
        return etree.SubElement(
            parent,
            "div",
            {
                "class": f"oer-worksheet oer-worksheet--{kind}",
                "data-kind": kind,
                "data-count": str(number),
                "style": f"--oer-count: {number}",
                "role": "img",
                "aria-label": label(self.config["lang"], f"exercises.worksheet_{kind}").format(
                    count=number
                ),
            },
        )


class ExerciseExtension(BlocksExtension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {"lang": ["en", "Language of the labels the blocks print"]}
        super().__init__(**kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        settings = {"lang": self.getConfig("lang")}
        for block in (ExerciseBlock, TrainerNotesBlock, WorksheetBlock):
            block_mgr.register(block, settings)


def makeExtension(**kwargs: Any) -> ExerciseExtension:
    return ExerciseExtension(**kwargs)
