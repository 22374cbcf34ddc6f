"""Jinja templates shipped inside the package, one folder of them per concern."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import jinja2


@cache
def templates_for(package: str) -> jinja2.Environment:
    """An environment reading ``<package>/templates/<name>``, escaping HTML and failing on typos."""
    folder = files(package).joinpath("templates")
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: folder.joinpath(name).read_text(encoding="utf-8")
        ),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
