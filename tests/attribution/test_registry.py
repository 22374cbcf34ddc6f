from __future__ import annotations

import pytest

from oer.attribution.registry import load_registry

REGISTRY = """\
people:
  - id: expert-1
    credit: chosen
    chosen_name: Robin
  - id: expert-2
    credit: anonymous
  - id: pro-1
    credit: full
    name: Jordan Vega
    profession: practitioner
organisations:
  - id: partner
    name: Partner Org
    url: https://partner.example/
    project_partner: true
"""


def test_each_preference_decides_the_public_name() -> None:
    registry, problems = load_registry(REGISTRY, "coproducers.yml")

    assert problems == []
    assert registry.people["expert-1"].public_name == "Robin"
    assert registry.people["expert-2"].public_name is None
    assert registry.people["pro-1"].public_name == "Jordan Vega"
    assert [org.name for org in registry.partners] == ["Partner Org"]


def test_withdrawing_consent_changes_the_preference_and_deletes_the_name() -> None:
    withdrawn = REGISTRY.replace("credit: full\n    name: Jordan Vega\n", "credit: anonymous\n")

    registry, problems = load_registry(withdrawn, "coproducers.yml")

    assert problems == []
    assert registry.people["pro-1"].public_name is None


@pytest.mark.parametrize("preference", ["anonymous", "chosen"])
def test_a_name_in_the_public_file_is_an_error_and_is_never_kept(preference: str) -> None:
    text = REGISTRY.replace("credit: full", f"credit: {preference}\n    chosen_name: J.")

    registry, problems = load_registry(text, "coproducers.yml")

    assert [(p.line, p.error) for p in problems] == [(10, True)]
    assert "Delete the 'name:' line" in problems[0].fix
    assert registry.people["pro-1"].name is None


def test_contact_details_and_other_unknown_fields_are_reported() -> None:
    text = REGISTRY.replace("credit: anonymous\n", "credit: anonymous\n    email: a@b.example\n")

    _, problems = load_registry(text, "coproducers.yml")

    assert [p.line for p in problems] == [7]
    assert "'email'" in problems[0].message and "public" in problems[0].fix


def test_an_invalid_preference_is_reported_at_its_line_and_treated_as_anonymous() -> None:
    text = REGISTRY.replace("credit: full\n    name: Jordan Vega\n", "credit: fullname\n")

    registry, problems = load_registry(text, "coproducers.yml")

    assert len(problems) == 1
    assert problems[0].line == 8
    assert "'fullname'" in problems[0].message
    assert "full, chosen or anonymous" in problems[0].fix
    assert registry.people["pro-1"].public_name is None


def test_a_chosen_name_preference_needs_the_chosen_name() -> None:
    registry, problems = load_registry(REGISTRY.replace("    chosen_name: Robin\n", ""), "c.yml")

    assert "chosen_name" in problems[0].fix
    assert registry.people["expert-1"].public_name is None


def test_a_duplicate_id_is_an_error_and_the_more_private_entry_wins() -> None:
    text = REGISTRY.replace("id: expert-2", "id: pro-1")
    # The anonymous entry comes first, the full-name entry second: order must not matter.
    registry, problems = load_registry(text, "c.yml")
    reversed_text = REGISTRY.replace("id: pro-1", "id: expert-2")
    reversed_registry, _ = load_registry(reversed_text, "c.yml")

    assert any("used twice" in p.message and p.error for p in problems)
    assert registry.people["pro-1"].public_name is None
    assert reversed_registry.people["expert-2"].public_name is None


def test_an_organisation_address_must_be_a_web_address() -> None:
    for address in ("javascript:alert(1)", "data:text/html,x", "//evil.example", "ftp://x.example"):
        text = REGISTRY.replace("https://partner.example/", address)

        registry, problems = load_registry(text, "c.yml")

        assert registry.organisations["partner"].url is None
        assert [p.line for p in problems] == [14], address


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- id: a\n- id: b\n", "must start with 'people:'"),
        ("people: 5\n", "'people:' must be a list"),
        ("people:\n  - just a name\n", "A person has no id"),
        ("people:\n  - id: [unclosed\n", "not valid YAML"),
    ],
)
def test_a_malformed_registry_is_a_clear_problem_not_a_crash(text: str, expected: str) -> None:
    _, problems = load_registry(text, "c.yml")

    assert any(expected in p.message and "Fix:" in str(p) for p in problems), problems
