"""What a reader sees: credits grouped by role, the licence, reuse and funding lines."""

from __future__ import annotations

from dataclasses import dataclass

from babel.lists import format_list

from oer.attribution.course_labels import CourseLabels
from oer.attribution.credits import ROLES, TRANSLATION_ROLES, Credits
from oer.attribution.licences import Licence
from oer.attribution.registry import Contributor, Person
from oer.locales import label
from oer.templates import templates_for


def credited_name(contributor: Contributor, lang: str) -> str:
    """The name the contributor chose to be credited with, or the words saying it is withheld."""
    return contributor.public_name or label(lang, "attribution.name_withheld")


def display_name(contributor: Contributor, lang: str, labels: CourseLabels | None = None) -> str:
    """The credited name with what a reader should know about it (profession, fictional).

    A profession reads in the course's own words where the registry gives them.
    """
    name = credited_name(contributor, lang)
    details = []
    if isinstance(contributor, Person):
        profession = (
            (labels or CourseLabels()).profession(contributor.profession, lang)
            if contributor.profession
            else None
        )
        if profession:
            details.append(profession)
        if contributor.fictional:
            details.append(label(lang, "attribution.fictional"))
    return f"{name} ({', '.join(details)})" if details else name


def join_names(names: list[str], lang: str) -> str:
    return format_list(names, locale=lang) if names else ""


@dataclass(frozen=True)
class CreditGroup:
    role: str
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class AttributionBlock:
    lang: str
    heading: str
    groups: tuple[CreditGroup, ...]
    translation_heading: str
    translation_groups: tuple[CreditGroup, ...]
    exception_heading: str
    exception: str | None
    licence_heading: str
    licence_intro: str
    licence_name: str
    licence_url: str
    tasl: str
    funding: str | None


def _groups(
    credits: dict[str, tuple[Contributor, ...]],
    roles: tuple[str, ...],
    lang: str,
    labels: CourseLabels,
) -> tuple[CreditGroup, ...]:
    return tuple(
        CreditGroup(
            role,
            labels.role(role, lang),
            tuple(display_name(c, lang, labels) for c in credits[role]),
        )
        for role in roles
        if credits.get(role)
    )


def tasl_line(
    credits: Credits, *, lang: str, title: str, course: str, url: str, licence: Licence
) -> str:
    """Title, Author, Source, Licence: the line a reuser copies.

    Withheld names are summed up once at the end rather than repeated.
    """
    everyone = credits.everyone()
    names = [c.public_name for c in everyone if c.public_name]
    if len(names) < len(everyone):
        names.append(label(lang, "attribution.others_withheld"))
    authors = join_names(names, lang)
    return label(lang, "attribution.tasl").format(
        title=title, authors=authors, course=course, url=url, licence=licence.name
    )


def attribution_block(
    credits: Credits,
    *,
    lang: str,
    title: str,
    course: str,
    url: str,
    licence: Licence,
    funding: str | None,
) -> AttributionBlock:
    return AttributionBlock(
        lang=lang,
        heading=label(lang, "attribution.heading"),
        groups=_groups(credits.roles, ROLES, lang, credits.labels),
        translation_heading=label(lang, "attribution.translation_heading"),
        translation_groups=_groups(credits.translation, TRANSLATION_ROLES, lang, credits.labels),
        exception_heading=label(lang, "attribution.exception_heading"),
        exception=credits.exception,
        licence_heading=label(lang, "attribution.licence_heading"),
        licence_intro=label(lang, "attribution.licence_intro").format(licence=licence.name),
        licence_name=licence.name,
        licence_url=licence.deed(lang),
        tasl=tasl_line(credits, lang=lang, title=title, course=course, url=url, licence=licence),
        funding=funding,
    )


def render_attribution(block: AttributionBlock) -> str:
    return templates_for(__package__).get_template("attribution.html").render(block=block)


def attribution_text(block: AttributionBlock) -> str:
    """The block as plain text, for README files."""
    lines = [block.heading]
    for group in block.groups + block.translation_groups:
        lines.append(f"- {group.label}: {', '.join(group.names)}")
    if block.exception:
        lines += ["", f"{block.exception_heading}: {block.exception}"]
    lines += ["", f"{block.licence_intro}:", block.tasl, block.licence_url]
    if block.funding:
        lines += ["", block.funding]
    return "\n".join(lines) + "\n"
