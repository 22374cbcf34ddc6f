"""The course as one build sees it: read once at the start, read-only after.

Every hook asks ``course_of(config)`` instead of reading settings, the registry or
source files itself, so each is read once per build and no build sees another's.
"""

from oer.course.model import Course, Module
from oer.course.read import course_of, read_course

__all__ = ["Course", "Module", "course_of", "read_course"]
