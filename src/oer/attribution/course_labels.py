"""A course's own words for credits, per language, laid over the toolkit's labels.

The registry may name professions of its own (or reword the toolkit's plain
practitioner, educator and clinician), call the roles what the course calls them (a
Recovery College's peer tutor for an expert by experience), and introduce its partner
organisations with a note of its own. Each is a text per language::

    professions:
      peer-worker: {en: peer support worker, nl: ervaringsdeskundig medewerker}
    roles:
      expert-by-experience:
        plural: {en: Peer tutors}
        singular: {en: Peer tutor}
    partnership:
      heading: {en: Our partners}
      note: {en: These organisations host the course.}

Everything not given reads as the toolkit's label in that language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from oer.attribution.roles import ROLES, TRANSLATION_ROLES
from oer.locales import MissingLabel, label
from oer.problems import Problem

# The professions the toolkit has labels for in every language pack.
TOOLKIT_PROFESSIONS = ("practitioner", "educator", "clinician")
ROLE_FORMS = ("plural", "singular")
PARTNERSHIP_TEXTS = ("heading", "note")

# A text per language, e.g. {"en": "peer support worker", "nl": "…"}.
Texts = Mapping[str, str]


@dataclass(frozen=True)
class CourseLabels:
    professions: Mapping[str, Texts] = field(default_factory=dict)
    # role -> "plural" or "singular" -> text per language
    roles: Mapping[str, Mapping[str, Texts]] = field(default_factory=dict)
    # "heading" or "note" -> text per language
    partnership: Mapping[str, Texts] = field(default_factory=dict)
    # Where each given text starts in the registry, by its path ("professions.peer-worker").
    lines: Mapping[str, int | None] = field(default_factory=dict)

    @property
    def known_professions(self) -> tuple[str, ...]:
        return (
            *TOOLKIT_PROFESSIONS,
            *(p for p in self.professions if p not in TOOLKIT_PROFESSIONS),
        )

    def profession(self, key: str, lang: str) -> str | None:
        """The profession's label in ``lang``; None when the course gave it none there."""
        own = self.professions.get(key)
        if own is not None:
            return own.get(lang)
        try:
            return label(lang, f"attribution.professions.{key}")
        except MissingLabel:
            return None

    def role(self, role: str, lang: str, *, singular: bool = False) -> str:
        form = "singular" if singular else "plural"
        own = self.roles.get(role, {}).get(form, {}).get(lang)
        return own or label(lang, f"attribution.{'role_singular' if singular else 'roles'}.{role}")

    def partnership_heading(self, lang: str) -> str:
        return self.partnership.get("heading", {}).get(lang) or label(
            lang, "attribution.directory_partners"
        )

    def partnership_note(self, lang: str) -> str | None:
        """The course's note above its partners; the toolkit has no words of its own for it."""
        return self.partnership.get("note", {}).get(lang)


def read_course_labels(data: Mapping[str, Any], file: str) -> tuple[CourseLabels, list[Problem]]:
    """The ``professions``, ``roles`` and ``partnership`` sections of the registry's data
    (as its line-keeping loader read them), and what is wrong with them."""
    problems: list[Problem] = []
    lines: dict[str, int | None] = {}
    top = data.get("__lines__", {})

    professions: dict[str, Texts] = {}
    for key, value in _section(data, "professions", file, problems).items():
        texts = _texts(
            value, f"professions → {key}", file, _line(data["professions"], key), problems
        )
        if texts is not None:
            professions[str(key)] = texts
            lines[f"professions.{key}"] = _line(data["professions"], key) or top.get("professions")

    roles: dict[str, dict[str, Texts]] = {}
    for role, forms in _section(data, "roles", file, problems).items():
        where = _line(data["roles"], role)
        if role not in (*ROLES, *TRANSLATION_ROLES):
            problems.append(
                Problem(
                    file,
                    f"roles → {role} is not a role the toolkit credits.",
                    f"Use one of: {', '.join((*ROLES, *TRANSLATION_ROLES))}.",
                    where,
                )
            )
            continue
        if not isinstance(forms, Mapping) or not set(_keys(forms)) <= set(ROLE_FORMS):
            problems.append(
                Problem(
                    file,
                    f"roles → {role} must give 'plural:' and 'singular:', each a text per "
                    "language.",
                    "Write e.g. 'plural: {en: Peer tutors}' and 'singular: {en: Peer tutor}' "
                    "under it.",
                    where,
                )
            )
            continue
        for form in _keys(forms):
            texts = _texts(
                forms[form], f"roles → {role} → {form}", file, _line(forms, form), problems
            )
            if texts is not None:
                roles.setdefault(role, {})[form] = texts
                lines[f"roles.{role}.{form}"] = _line(forms, form) or where

    partnership: dict[str, Texts] = {}
    for part, value in _section(data, "partnership", file, problems).items():
        where = _line(data["partnership"], part)
        if part not in PARTNERSHIP_TEXTS:
            problems.append(
                Problem(
                    file,
                    f"partnership → {part} is not used.",
                    "Give 'heading:' and 'note:', each a text per language.",
                    where,
                )
            )
            continue
        texts = _texts(value, f"partnership → {part}", file, where, problems)
        if texts is not None:
            partnership[part] = texts
            lines[f"partnership.{part}"] = where

    return CourseLabels(professions, roles, partnership, lines), problems


def _keys(mapping: Mapping[str, Any]) -> list[str]:
    """The keys an author wrote (the loader adds the lines under keys of its own)."""
    return [key for key in mapping if not str(key).startswith("__")]


def _line(mapping: Any, key: str) -> int | None:
    if not isinstance(mapping, Mapping):
        return None
    line: int | None = mapping.get("__lines__", {}).get(key)
    return line


def _section(
    data: Mapping[str, Any], name: str, file: str, problems: list[Problem]
) -> dict[str, Any]:
    value = data.get(name)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        problems.append(
            Problem(
                file,
                f"'{name}:' must list entries by name, each with a text per language.",
                f"Write e.g. '{name}:' then '  {_EXAMPLES[name]}'.",
                data.get("__lines__", {}).get(name),
            )
        )
        return {}
    return {key: value[key] for key in _keys(value)}


_EXAMPLES = {
    "professions": "peer-worker: {en: peer support worker, nl: ervaringsdeskundig medewerker}",
    "roles": "expert-by-experience: {plural: {en: Peer tutors}, singular: {en: Peer tutor}}",
    "partnership": "note: {en: These organisations host the course.}",
}


def _texts(
    value: Any, shown: str, file: str, line: int | None, problems: list[Problem]
) -> dict[str, str] | None:
    """A text per language, or None (with a problem) when ``value`` is not one."""
    if isinstance(value, Mapping):
        texts = {str(lang): value[lang] for lang in _keys(value)}
        if texts and all(isinstance(text, str) and text.strip() for text in texts.values()):
            return {lang: text.strip() for lang, text in texts.items()}
    problems.append(
        Problem(
            file,
            f"{shown} must be a text per language.",
            "Write the language codes under it, e.g. {en: …, nl: …}, each with its text.",
            line,
        )
    )
    return None


def untranslated(labels: CourseLabels, languages: Iterable[str], file: str) -> list[Problem]:
    """A problem for each text the course gave in some languages but not in all of its own:
    readers of the others would see no profession, or the toolkit's words beside the
    course's."""
    given: list[tuple[str, str, Texts]] = [
        (f"professions.{key}", f"professions → {key}", texts)
        for key, texts in labels.professions.items()
    ]
    given += [
        (f"roles.{role}.{form}", f"roles → {role} → {form}", texts)
        for role, forms in labels.roles.items()
        for form, texts in forms.items()
    ]
    given += [
        (f"partnership.{part}", f"partnership → {part}", texts)
        for part, texts in labels.partnership.items()
    ]
    wanted = list(languages)
    problems = []
    for path, shown, texts in given:
        missing = [lang for lang in wanted if not texts.get(lang)]
        if missing:
            problems.append(
                Problem(
                    file,
                    f"{shown} has no text in {', '.join(missing)}, a language of this course.",
                    f"Add {', '.join(f'{lang}: …' for lang in missing)} under {shown}.",
                    labels.lines.get(path),
                )
            )
    return problems
