"""State that lives for one build and no longer.

MkDocs keeps hook modules loaded across `mkdocs serve` rebuilds, so anything kept in a
module outlives the build that made it. MkDocs loads a new configuration for every
build, while static-i18n builds all languages on the same one: state kept on the
configuration is shared by the languages of one build and gone with the next build.
"""

from __future__ import annotations

from typing import TypeVar

from mkdocs.config.defaults import MkDocsConfig

State = TypeVar("State")
_ATTRIBUTE = "_oer_build_state"


def build_state(config: MkDocsConfig, kind: type[State]) -> State:
    """The one ``kind`` object of this build, made on first use."""
    states: dict[type, object] = config.__dict__.setdefault(_ATTRIBUTE, {})
    if kind not in states:
        states[kind] = kind()
    state = states[kind]
    assert isinstance(state, kind)
    return state
