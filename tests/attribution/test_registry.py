from __future__ import annotations

from oer.attribution.registry import load_registry

REGISTRY = """\
people:
  - id: expert-1
    credit: chosen
    chosen_name: Robin
    name: Robin Fullname
  - id: expert-2
    credit: anonymous
    name: Hidden Person
  - id: pro-1
    credit: full
    name: Jordan Vega
    profession: practitioner
organisations:
  - id: partner
    name: Partner Org
    project_partner: true
"""


def test_each_preference_decides_the_public_name() -> None:
    registry, problems = load_registry(REGISTRY, "coproducers.yml")

    assert problems == []
    assert registry.people["expert-1"].public_name == "Robin"
    assert registry.people["expert-2"].public_name is None
    assert registry.people["pro-1"].public_name == "Jordan Vega"
    assert [org.name for org in registry.partners] == ["Partner Org"]


def test_withdrawing_consent_is_a_one_line_edit() -> None:
    withdrawn = REGISTRY.replace("credit: full", "credit: anonymous")

    registry, problems = load_registry(withdrawn, "coproducers.yml")

    assert problems == []
    assert registry.people["pro-1"].public_name is None


def test_an_invalid_preference_is_reported_at_its_line_and_treated_as_anonymous() -> None:
    text = REGISTRY.replace("credit: full", "credit: fullname")

    registry, problems = load_registry(text, "coproducers.yml")

    assert len(problems) == 1
    assert problems[0].line == 10
    assert "'fullname'" in problems[0].message
    assert "full, chosen or anonymous" in problems[0].fix
    assert registry.people["pro-1"].public_name is None


def test_a_chosen_name_preference_needs_the_chosen_name() -> None:
    registry, problems = load_registry(REGISTRY.replace("    chosen_name: Robin\n", ""), "c.yml")

    assert "chosen_name" in problems[0].fix
    assert registry.people["expert-1"].public_name is None


def test_an_id_that_spells_a_withheld_name_is_reported() -> None:
    text = REGISTRY.replace("id: expert-2", "id: hidden-p")

    _, problems = load_registry(text, "coproducers.yml")

    assert [p.line for p in problems] == [6]
    assert "does not identify them" in problems[0].fix


def test_duplicate_ids_and_bad_yaml_are_reported() -> None:
    _, duplicate = load_registry(REGISTRY.replace("id: pro-1", "id: expert-1"), "c.yml")
    _, broken = load_registry("people:\n  - id: [unclosed\n", "c.yml")

    assert "used twice" in duplicate[0].message
    assert broken[0].line == 3 and "not valid YAML" in broken[0].message
