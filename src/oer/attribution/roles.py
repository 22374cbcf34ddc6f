"""The roles a page can credit: one list, read by the registry, the credits and the pages."""

from __future__ import annotations

# Experts by experience come first and share the same presentation as experts
# by profession: neither is "helping" the other.
ROLES = (
    "expert-by-experience",
    "expert-by-profession",
    "employer",
    "reviewer",
    "illustrator",
    "organisation",
)
TRANSLATION_ROLES = ("translator", "translation-reviewer")
REQUIRED_ROLES = ("expert-by-experience", "expert-by-profession")
