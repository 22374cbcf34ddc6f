from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from oer.attribution.citation import citation, expected_citation, main, stale_citation
from oer.attribution.licences import LICENCES
from oer.attribution.registry import load_registry
from tests.conftest import REPO, run_build

REGISTRY = """\
people:
  - {id: a, credit: full, name: Ana Full}
  - {id: b, credit: anonymous}
  - {id: c, credit: chosen, chosen_name: Cee}
organisations:
  - {id: o, name: Open Org, url: "https://open.example.org/"}
  - {id: p, name: Plain Org}
"""
# The CFF 1.2.0 schema: an entity has a name; a person has no 'name', only its parts.
ENTITY_KEYS = {"name", "website", "alias", "country", "address", "city", "email"}


def test_committed_citation_file_matches_the_registry() -> None:
    committed = (REPO / "CITATION.cff").read_text(encoding="utf-8")

    assert committed == expected_citation(REPO / "mkdocs.yml"), "run: make citation"


def test_citation_lists_people_as_credited_and_organisations_as_entities() -> None:
    registry, _ = load_registry(REGISTRY, "r.yml")

    data = citation(
        registry, title="T", abstract="A", url="u", repository="r", licence=LICENCES["CC0-1.0"]
    )

    assert data["authors"] == [
        {"name": "Ana Full"},
        {"name": "Cee"},
        {"name": "Open Org", "website": "https://open.example.org/"},
        {"name": "Plain Org"},
    ]
    assert all(set(author) <= ENTITY_KEYS for author in data["authors"])
    assert data["cff-version"] == "1.2.0" and data["license"] == "CC0-1.0"


def test_anonymous_people_are_not_listed_at_all() -> None:
    registry, _ = load_registry(
        "people:\n  - {id: expert-9, credit: anonymous}\n  - {id: x, credit: chosen, "
        "chosen_name: Xi}\n",
        "r.yml",
    )

    data = citation(
        registry, title="T", abstract="A", url="u", repository="r", licence=LICENCES["CC0-1.0"]
    )
    text = yaml.safe_dump(data)

    assert data["authors"] == [{"name": "Xi"}]
    assert "expert-9" not in text and "alias" not in text and "withheld" not in text


def test_committed_course_citation_credits_no_withheld_person() -> None:
    data = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    registry = yaml.safe_load((REPO / "coproducers.yml").read_text(encoding="utf-8"))
    anonymous = [p["id"] for p in registry["people"] if p["credit"] == "anonymous"]
    names = [author["name"] for author in data["authors"]]

    assert anonymous, "the example course has anonymous co-producers"
    assert len(names) == len(registry["people"]) - len(anonymous) + len(registry["organisations"])
    assert "Mersey Care NHS Trust" in names


def test_a_citation_that_differs_from_the_registry_is_a_problem_naming_the_command() -> None:
    written = "cff-version: 1.2.0\ntitle: T\nauthors:\n- name: Old\nurl: a\n"
    expected = "cff-version: 1.2.0\ntitle: T\nauthors:\n- name: New\nurl: a\n"

    problem = stale_citation(written, expected)

    assert problem is not None
    assert str(problem) == (
        "CITATION.cff: This file no longer matches the co-producer registry and mkdocs.yml "
        "(it differs in: authors). Fix: Run `make citation` and commit CITATION.cff."
    )
    assert stale_citation("authors: [", expected) is not None


def test_addresses_set_by_a_deployment_do_not_make_it_stale() -> None:
    written = "title: T\nurl: https://a.example/\nrepository-code: https://git.example/a\n"
    expected = "title: T\nurl: https://b.example/\nrepository-code: https://git.example/b\n"

    assert stale_citation(written, expected) is None


def test_make_citation_writes_it_from_any_folder_and_the_build_reports_a_stale_one(
    fixture_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    citation_file = fixture_copy / "CITATION.cff"
    citation_file.write_text("cff-version: 1.2.0\nauthors:\n- name: Nobody\n", encoding="utf-8")

    stale = run_build(fixture_copy / "mkdocs.yml", tmp_path / "stale")

    assert stale.returncode == 1
    assert (
        "CITATION.cff: This file no longer matches the co-producer registry and mkdocs.yml "
        "(it differs in: abstract, authors, license, message, title, type). "
        "Fix: Run `make citation` and commit CITATION.cff." in stale.log
    )

    assert main([], cwd=fixture_copy / "docs") == 0
    assert capsys.readouterr().err == "CITATION.cff written.\n"
    assert main([], cwd=fixture_copy) == 0
    assert capsys.readouterr().err == "CITATION.cff is up to date.\n"
    fresh = run_build(fixture_copy / "mkdocs.yml", tmp_path / "fresh")

    assert fresh.returncode == 0, fresh.log
    assert "CITATION.cff" not in fresh.log


def test_no_course_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([], cwd=tmp_path) == 1
    assert capsys.readouterr().err == "error: no mkdocs.yml here or in any folder above.\n"
