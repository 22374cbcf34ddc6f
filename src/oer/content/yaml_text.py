"""YAML as data, read with libyaml when PyYAML has it (its wheels do): the same safe
loader, about ten times faster, which matters for front matter and exercise options read
on every page of every language."""

from __future__ import annotations

from typing import Any

import yaml

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Like ``yaml.safe_load``: plain data only, never Python objects."""
    return yaml.load(text, Loader=_SafeLoader)
