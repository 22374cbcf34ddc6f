from __future__ import annotations

from oer.attribution.credits import (
    check_module,
    check_translation,
    coproduction_meta,
    read_coproducers,
    read_translators,
)
from oer.attribution.registry import load_registry

REGISTRY, _ = load_registry(
    """\
people:
  - {id: eby, credit: full, name: Ana}
  - {id: ebp, credit: full, name: Ben}
  - {id: tr, credit: chosen, chosen_name: Lu}
""",
    "coproducers.yml",
)
PAGE = """\
---
coproducers:
  expert-by-experience: [eby]
  expert-by-profession: [ebp, nobody]
  helper: [ebp]
---
"""


def test_ids_resolve_in_role_order_with_experts_by_experience_first() -> None:
    meta = {"coproducers": {"expert-by-profession": ["ebp"], "expert-by-experience": ["eby"]}}

    credits, problems = read_coproducers(meta, REGISTRY, "docs/m/index.md")

    assert problems == []
    assert list(credits.roles) == ["expert-by-experience", "expert-by-profession"]
    assert [c.id for c in credits.everyone()] == ["eby", "ebp"]


def test_unknown_ids_and_roles_are_reported_with_their_line() -> None:
    meta = {
        "coproducers": {
            "expert-by-experience": ["eby"],
            "expert-by-profession": ["ebp", "nobody"],
            "helper": ["ebp"],
        }
    }

    _, problems = read_coproducers(meta, REGISTRY, "docs/m/index.md", PAGE)

    found = {(p.line, p.message.split("'")[1]) for p in problems}
    assert found == {(4, "nobody"), (5, "helper")}
    assert all(p.file == "docs/m/index.md" for p in problems)


def test_a_module_needs_both_kinds_of_expert_unless_it_explains_why() -> None:
    only_professionals = {"coproducers": {"expert-by-profession": ["ebp"]}}
    explained = {**only_professionals, "coproduction_exception": "Written before we met."}

    credits, _ = read_coproducers(only_professionals, REGISTRY, "f")
    excused, _ = read_coproducers(explained, REGISTRY, "f")

    problems = check_module(credits, "docs/m/index.md")
    assert len(problems) == 1 and "expert by experience" in problems[0].message
    assert check_module(excused, "docs/m/index.md") == []
    assert excused.exception == "Written before we met."


def test_a_translation_must_credit_its_translator() -> None:
    credited, _ = read_translators({"translators": ["tr"]}, REGISTRY, "f")
    uncredited, _ = read_translators({"translation_reviewers": ["eby"]}, REGISTRY, "f")

    assert check_translation(credited, "docs/p.es.md") == []
    assert "translator" in check_translation(uncredited, "docs/p.es.md")[0].message


def test_the_page_itself_then_its_source_then_its_module_names_co_producers() -> None:
    module = {"coproducers": {"expert-by-experience": ["eby"]}}

    assert coproduction_meta({}, {}, module) is module
    assert coproduction_meta({"coproducers": {"reviewer": ["x"]}}, {}, module) is not module
