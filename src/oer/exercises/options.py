"""The options an exercise block accepts, shared by the renderer and the checker."""

from __future__ import annotations

import re
from typing import Any

EXERCISE_OPTIONS = ("id", "duration", "group_size", "materials", "attachments")
WORKSHEET_OPTIONS = ("lines", "boxes")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def valid_id(value: Any) -> str:
    text = str(value)
    if not _ID.match(text):
        raise ValueError(f"'{text}' is not an exercise id")
    return text


def minutes(value: Any) -> int:
    number = int(str(value).removesuffix("min").strip())
    if number <= 0:
        raise ValueError("duration must be a positive number of minutes")
    return number


def text_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list):
        return [str(item) for item in value]
    raise ValueError("materials must be a list")


def count(value: Any) -> int:
    number = int(value)
    if not 1 <= number <= 40:
        raise ValueError("must be a number from 1 to 40")
    return number
