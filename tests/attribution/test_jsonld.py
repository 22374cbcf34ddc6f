from __future__ import annotations

import json

from oer.attribution.credits import Credits, read_coproducers, read_translators
from oer.attribution.jsonld import learning_resource, script_json
from oer.attribution.licences import LICENCES
from oer.attribution.registry import load_registry
from oer.locales import label

REGISTRY, _ = load_registry(
    """\
people:
  - {id: eby, credit: anonymous, name: Secretname Person}
  - {id: ebp, credit: full, name: Ben Pro}
  - {id: tr, credit: full, name: Lucía Marín}
organisations:
  - {id: org, name: "Org </script>", url: "https://org.test/"}
""",
    "coproducers.yml",
)


def resource() -> dict[str, object]:
    credits, _ = read_coproducers(
        {
            "coproducers": {
                "expert-by-experience": ["eby"],
                "expert-by-profession": ["ebp"],
                "organisation": ["org"],
            }
        },
        REGISTRY,
        "f",
    )
    translation, _ = read_translators({"translators": ["tr"]}, REGISTRY, "f")
    return learning_resource(
        Credits(credits.roles, translation),
        lang="es",
        title="Valores",
        url="https://x.test/es/m/",
        licence=LICENCES["CC-BY-SA-4.0"],
        course="Curso",
        based_on="https://x.test/m/",
        audience="employment practitioners",
        educational_level="adult education",
    )


def test_learning_resource_describes_the_page_in_its_language() -> None:
    data = resource()

    assert data["@type"] == "LearningResource"
    assert data["inLanguage"] == "es"
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["isBasedOn"] == "https://x.test/m/"
    assert data["educationalLevel"] == "adult education"


def test_both_kinds_of_expert_are_authors_and_others_contributors_with_roles() -> None:
    data = resource()

    authors = [(a["roleName"], a["author"]["name"]) for a in data["author"]]  # type: ignore[attr-defined]
    contributors = [(c["roleName"], c["contributor"]["name"]) for c in data["contributor"]]  # type: ignore[attr-defined]
    assert authors == [
        (
            label("es", "attribution.role_singular.expert-by-experience"),
            label("es", "attribution.name_withheld"),
        ),
        (label("es", "attribution.role_singular.expert-by-profession"), "Ben Pro"),
    ]
    assert contributors == [
        (label("es", "attribution.role_singular.organisation"), "Org </script>"),
        (label("es", "attribution.role_singular.translator"), "Lucía Marín"),
    ]


def test_script_json_is_safe_inside_html_and_hides_withheld_names() -> None:
    text = script_json(resource())

    assert "</script>" not in text and "Secretname" not in text
    assert json.loads(text)["contributor"][0]["contributor"]["name"] == "Org </script>"
