from __future__ import annotations

from oer.attribution.credits import read_coproducers, read_translators
from oer.attribution.licences import LICENCES
from oer.attribution.presentation import attribution_block, display_name, render_attribution
from oer.attribution.registry import load_registry
from oer.locales import label

REGISTRY, _ = load_registry(
    """\
people:
  - {id: eby, credit: anonymous, name: Secretname Person}
  - {id: eby2, credit: chosen, chosen_name: "Sam <b>"}
  - {id: ebp, credit: full, name: Ben Pro, profession: educator, fictional: true}
  - {id: tr, credit: full, name: Lucía Marín}
""",
    "coproducers.yml",
)
META = {"coproducers": {"expert-by-experience": ["eby", "eby2"], "expert-by-profession": ["ebp"]}}


def block(lang: str) -> str:
    credits, _ = read_coproducers(META, REGISTRY, "f")
    translation, _ = read_translators({"translators": ["tr"]}, REGISTRY, "f")
    credits = credits.__class__(credits.roles, translation, None)
    return render_attribution(
        attribution_block(
            credits,
            lang=lang,
            title="Valores",
            course="Curso",
            url="https://x.test/es/m/",
            licence=LICENCES["CC-BY-SA-4.0"],
            funding="Financiado por la Unión Europea.",
        )
    )


def test_withheld_names_are_replaced_in_the_readers_language() -> None:
    assert display_name(REGISTRY.people["eby"], "nl") == "Naam op eigen verzoek weggelaten"
    assert (
        display_name(REGISTRY.people["ebp"], "it")
        == f"Ben Pro ({label('it', 'attribution.professions.educator')}, "
        f"{label('it', 'attribution.fictional')})"
    )


def test_block_groups_both_kinds_of_expert_with_the_same_markup() -> None:
    html = block("es")

    assert "Secretname" not in html
    assert html.index(label("es", "attribution.roles.expert-by-experience")) < html.index(
        label("es", "attribution.roles.expert-by-profession")
    )
    experience = html.split("oer-credit-group--expert-by-experience")[1].split("</div>")[0]
    profession = html.split("oer-credit-group--expert-by-profession")[1].split("</div>")[0]
    assert experience.count("<h3>") == profession.count("<h3>") == 1
    assert label("es", "attribution.name_withheld") in experience


def test_block_credits_the_translation_licence_and_funding() -> None:
    html = block("es")

    assert "Traducción" in html and "Lucía Marín" in html
    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/deed.es" rel="license"' in html
    assert "Financiado por la Unión Europea." in html


def test_tasl_line_names_title_authors_source_and_licence_once() -> None:
    html = block("es")
    tasl = html.split('class="oer-tasl"><p>')[1].split("</p>")[0]

    assert tasl.startswith("«Valores», de Sam &lt;b&gt;, Ben Pro, Lucía Marín y ")
    assert label("es", "attribution.others_withheld") in tasl
    assert "(https://x.test/es/m/)" in tasl and tasl.endswith("CC BY-SA 4.0.")
    assert "fantasia" not in tasl and "ficticio" not in tasl
