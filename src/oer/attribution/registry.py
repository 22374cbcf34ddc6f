"""The registry of co-producers: one entry per person or organisation.

People choose how they are credited: by full name, by a chosen name, or
anonymously. Changing ``credit:`` to ``anonymous`` is all it takes to withdraw
consent; the name may stay in the file for the team's records but is never
handed to anything that writes output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from oer.attribution.course_labels import CourseLabels, read_course_labels
from oer.content.front_matter import yaml_error_place
from oer.problems import Problem
from oer.safety.urls import web_address

CREDIT_PREFERENCES = ("full", "chosen", "anonymous")
# The fields an entry may have; anything else (an e-mail address, a phone number, notes)
# does not belong in a public file.
PERSON_FIELDS = ("id", "credit", "name", "chosen_name", "profession", "fictional")
ORGANISATION_FIELDS = ("id", "name", "url", "country", "project_partner")
# The registry's sections: who, and the course's own words for them (oer.attribution.course_labels).
SECTIONS = ("people", "organisations", "professions", "roles", "partnership")


@dataclass(frozen=True)
class Person:
    id: str
    credit: str
    name: str | None = field(default=None, repr=False)
    chosen_name: str | None = field(default=None, repr=False)
    profession: str | None = None
    fictional: bool = False
    line: int | None = None

    @property
    def public_name(self) -> str | None:
        """The name the person agreed to be credited with, or None when withheld."""
        if self.credit == "full":
            return self.name
        if self.credit == "chosen":
            return self.chosen_name
        return None


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    url: str | None = None
    country: str | None = None
    project_partner: bool = False
    line: int | None = None

    @property
    def public_name(self) -> str:
        return self.name


Contributor = Person | Organisation


@dataclass(frozen=True)
class Registry:
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    labels: CourseLabels = field(default_factory=CourseLabels)

    def get(self, contributor_id: str) -> Contributor | None:
        return self.people.get(contributor_id) or self.organisations.get(contributor_id)

    @property
    def partners(self) -> list[Organisation]:
        return [org for org in self.organisations.values() if org.project_partner]


class _LineLoader(yaml.SafeLoader):
    """Keeps the line of every mapping, so problems can point at the entry."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__lines__"] = {
        key.value: key.start_mark.line + 1 for key, _ in node.value if isinstance(key.value, str)
    }
    return mapping  # type: ignore[return-value]


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def load_registry(text: str, file: str) -> tuple[Registry, list[Problem]]:
    """Read the registry file's text; return what it defines and what is wrong with it."""
    try:
        data = yaml.load(text, Loader=_LineLoader) or {}
    except yaml.YAMLError as error:
        line, reason = yaml_error_place(error)
        return Registry(), [
            Problem(
                file,
                f"The co-producer registry is not valid YAML ({reason}).",
                "Check the indentation and quotes on that line.",
                line=line,
            )
        ]
    if not isinstance(data, dict):
        return Registry(), [
            Problem(
                file,
                "The co-producer registry must start with 'people:' and 'organisations:'.",
                "Write 'people:' and 'organisations:' at the start of a line, each followed "
                "by a list of entries (see the comments at the top of coproducers.yml).",
                line=1,
            )
        ]
    problems: list[Problem] = []
    people: dict[str, Person] = {}
    organisations: dict[str, Organisation] = {}
    problems += [
        Problem(
            file,
            f"The registry has the section '{key}:', which the toolkit does not use.",
            f"Check its spelling. Sections: {', '.join(SECTIONS)}.",
            data.get("__lines__", {}).get(key),
        )
        for key in data
        if key not in SECTIONS and not str(key).startswith("__")
    ]
    labels, found = read_course_labels(data, file)
    problems += found

    for entry in _entries(data, "people", file, problems):
        person, found = _read_person(entry, file, labels)
        problems += found
        if person is None:
            continue
        if person.id in people:
            problems.append(_duplicate(file, person.id, person.line))
            # Two wishes for one person: the more private one wins, in every build.
            person = min(person, people[person.id], key=_privacy_rank)
        people[person.id] = person

    for entry in _entries(data, "organisations", file, problems):
        organisation, found = _read_organisation(entry, file)
        problems += found
        if organisation is not None:
            if organisation.id in organisations or organisation.id in people:
                problems.append(_duplicate(file, organisation.id, organisation.line))
                continue
            organisations[organisation.id] = organisation

    return Registry(people, organisations, labels), problems


def _entries(data: dict[str, Any], key: str, file: str, problems: list[Problem]) -> list[Any]:
    entries = data.get(key)
    if entries is None:
        return []
    if not isinstance(entries, list):
        problems.append(
            Problem(
                file,
                f"'{key}:' must be a list of entries, each starting with '- id:'.",
                f"Write each entry under '{key}:' as '  - id: …' on a line of its own.",
                data.get("__lines__", {}).get(key),
            )
        )
        return []
    return entries


_PREFERENCE_WORDS = {"chosen": "by a chosen name", "anonymous": "anonymously"}


def _privacy_rank(person: Person) -> int:
    return {"anonymous": 0, "chosen": 1}.get(person.credit, 2)


def _duplicate(file: str, contributor_id: str, line: int | None) -> Problem:
    return Problem(
        file,
        f"The id '{contributor_id}' is used twice; the more private entry is used.",
        "Give each person and organisation an id of its own, or merge the two entries.",
        line,
        error=True,
    )


def _read_person(
    entry: Any, file: str, labels: CourseLabels
) -> tuple[Person | None, list[Problem]]:
    line = entry.get("__line__") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or not entry.get("id"):
        return None, [
            Problem(file, "A person has no id.", "Add 'id: a-short-label' to the entry.", line)
        ]
    person_id = str(entry["id"])
    lines = entry.get("__lines__", {})
    credit = entry.get("credit")
    problems: list[Problem] = []
    if credit not in CREDIT_PREFERENCES:
        problems.append(
            Problem(
                file,
                f"'{person_id}' has the credit preference {credit!r}, which is not one of "
                f"{', '.join(CREDIT_PREFERENCES)}.",
                "Set 'credit:' to full, chosen or anonymous. When unsure, use anonymous.",
                lines.get("credit", line),
            )
        )
        # Unknown wishes are treated as the most private choice.
        credit = "anonymous"
    problems += _unknown_fields(entry, PERSON_FIELDS, person_id, file, line)
    name = entry.get("name")
    chosen = entry.get("chosen_name")
    if credit != "full" and name:
        problems.append(
            Problem(
                file,
                f"'{person_id}' is credited {_PREFERENCE_WORDS[credit]}, but the public "
                "registry holds their name.",
                "Delete the 'name:' line: this file is public. Keep consent records outside "
                "the repository (see CONTRIBUTING.md).",
                lines.get("name", line),
                error=True,
            )
        )
    if credit == "full" and not name:
        problems.append(
            Problem(
                file,
                f"'{person_id}' wants to be credited by full name but has no 'name:'.",
                "Add 'name:', or change 'credit:' to chosen or anonymous.",
                line,
            )
        )
        credit = "anonymous"
    if credit == "chosen" and not chosen:
        problems.append(
            Problem(
                file,
                f"'{person_id}' wants to be credited by a chosen name but has no 'chosen_name:'.",
                "Add 'chosen_name:' with the name they chose, or change 'credit:'.",
                line,
            )
        )
        credit = "anonymous"
    if credit == "anonymous" and name and _id_reveals(person_id, str(name)):
        problems.append(
            Problem(
                file,
                f"The id '{person_id}' contains part of a name that is withheld.",
                "Rename the id to something that does not identify them, e.g. 'expert-3'.",
                line,
            )
        )
    profession = entry.get("profession")
    if profession is not None and profession not in labels.known_professions:
        problems.append(
            Problem(
                file,
                f"'{person_id}' has the profession {profession!r}, which neither the toolkit "
                "nor 'professions:' in this file defines.",
                f"Use one of: {', '.join(labels.known_professions)}; or define it under "
                "'professions:' with a text per language; or leave 'profession:' out.",
                lines.get("profession", line),
            )
        )
        profession = None
    person = Person(
        id=person_id,
        credit=credit,
        # Only a name the person agreed to publish is kept at all.
        name=str(name) if name and credit == "full" else None,
        chosen_name=str(chosen) if chosen else None,
        profession=profession,
        fictional=bool(entry.get("fictional", False)),
        line=line,
    )
    return person, problems


def _id_reveals(contributor_id: str, name: str) -> bool:
    words = {word.lower() for word in name.replace("-", " ").split() if len(word) > 2}
    parts = set(contributor_id.lower().replace("_", "-").split("-"))
    return bool(words & parts)


def _read_organisation(entry: Any, file: str) -> tuple[Organisation | None, list[Problem]]:
    line = entry.get("__line__") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
        return None, [
            Problem(
                file,
                "An organisation needs an id and a name.",
                "Add 'id:' and 'name:' to the entry.",
                line,
            )
        ]
    problems = _unknown_fields(entry, ORGANISATION_FIELDS, str(entry["id"]), file, line)
    url = entry.get("url")
    if url is not None and not (isinstance(url, str) and web_address(url)):
        problems.append(
            Problem(
                file,
                f"The organisation '{entry['id']}' has the address {str(url)[:80]!r}, "
                "which is not a web address; it is not published.",
                "Use an address starting with https:// (or http://).",
                entry.get("__lines__", {}).get("url", line),
            )
        )
        url = None
    organisation = Organisation(
        id=str(entry["id"]),
        name=str(entry["name"]),
        url=url,
        country=entry.get("country"),
        project_partner=bool(entry.get("project_partner", False)),
        line=line,
    )
    return organisation, problems


def _unknown_fields(
    entry: dict[str, Any], known: tuple[str, ...], entry_id: str, file: str, line: int | None
) -> list[Problem]:
    lines = entry.get("__lines__", {})
    return [
        Problem(
            file,
            f"'{entry_id}' has the field '{key}', which the registry does not use.",
            f"Delete it: this file is public. Fields: {', '.join(known)}.",
            lines.get(key, line),
        )
        for key in entry
        if key not in known and not key.startswith("__")
    ]


def registry_from_file(path: Path, name: str) -> tuple[Registry, list[Problem]]:
    """Load the registry at ``path``; a course without a registry file simply credits nobody."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Registry(), []
    except UnicodeDecodeError as error:
        return Registry(), [
            Problem(
                name,
                f"The co-producer registry is not UTF-8 text (byte {error.start}).",
                "Save the file as UTF-8 in your editor.",
            )
        ]
    return load_registry(text, name)
