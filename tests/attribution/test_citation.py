from __future__ import annotations

import yaml

from oer.attribution.citation import citation, main
from oer.attribution.licences import LICENCES
from oer.attribution.registry import load_registry
from tests.conftest import REPO


def test_committed_citation_file_matches_the_registry() -> None:
    committed = (REPO / "CITATION.cff").read_text(encoding="utf-8")

    assert committed == main(REPO), "run: python -m oer.attribution.citation > CITATION.cff"


def test_citation_credits_public_names_only() -> None:
    registry, _ = load_registry(
        """\
people:
  - {id: a, credit: full, name: Ana Full}
  - {id: b, credit: anonymous, name: Secret Name}
  - {id: c, credit: chosen, name: Real Name, chosen_name: Cee}
""",
        "r.yml",
    )

    data = citation(
        registry, title="T", abstract="A", url="u", repository="r", licence=LICENCES["CC0-1.0"]
    )
    text = yaml.safe_dump(data)

    assert data["authors"][:2] == [{"alias": "Ana Full"}, {"alias": "Cee"}]
    assert "withheld" in data["authors"][2]["name"]
    assert "Secret" not in text and "Real Name" not in text
    assert data["cff-version"] == "1.2.0" and data["license"] == "CC0-1.0"
