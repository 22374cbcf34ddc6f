"""A course's own words for professions, roles and its partners, per language, from the
registry; the toolkit's own words stay plain and course-neutral."""

from __future__ import annotations

from oer.attribution.course_labels import untranslated
from oer.attribution.credits import read_coproducers
from oer.attribution.directory import ModuleCredits, directory, render_directory
from oer.attribution.jsonld import learning_resource
from oer.attribution.licences import LICENCES
from oer.attribution.presentation import attribution_block, display_name
from oer.attribution.registry import Registry, load_registry
from oer.locales import available_languages, label

REGISTRY_TEXT = """\
people:
  - {id: peer-1, credit: chosen, chosen_name: Dee}
  - {id: pro-1, credit: full, name: Ben Pro, profession: peer-worker}
  - {id: pro-2, credit: full, name: Ada Plain, profession: practitioner}
organisations:
  - {id: college, name: Our College, project_partner: true}
professions:
  peer-worker:
    en: peer support worker
    nl: ervaringsdeskundig medewerker
roles:
  expert-by-experience:
    plural: {en: Peer tutors, nl: Ervaringsdocenten}
    singular: {en: Peer tutor, nl: Ervaringsdocent}
partnership:
  note:
    en: Our partners host the course.
    nl: Onze partners bieden de cursus aan.
"""
META = {"coproducers": {"expert-by-experience": ["peer-1"], "expert-by-profession": ["pro-1"]}}


def registry() -> Registry:
    loaded, problems = load_registry(REGISTRY_TEXT, "coproducers.yml")
    assert problems == []
    return loaded


def test_the_toolkits_own_words_name_no_particular_course() -> None:
    for lang in available_languages():
        assert "employ" not in label(lang, "attribution.professions.practitioner")
        assert "Erasmus" not in str(label(lang, "attribution.directory_partners"))
    assert label("en", "attribution.professions.practitioner") == "practitioner"


def test_a_profession_of_the_course_reads_in_its_own_words_in_each_language() -> None:
    people = registry().people
    labels = registry().labels

    assert display_name(people["pro-1"], "en", labels) == "Ben Pro (peer support worker)"
    assert display_name(people["pro-1"], "nl", labels) == "Ben Pro (ervaringsdeskundig medewerker)"
    # A profession the toolkit knows keeps the toolkit's plain words.
    assert display_name(people["pro-2"], "en", labels) == "Ada Plain (practitioner)"


def test_the_course_may_call_a_role_its_own_name_on_pages_and_in_metadata() -> None:
    credits, _ = read_coproducers(META, registry(), "docs/m/index.md")
    block = attribution_block(
        credits,
        lang="nl",
        title="T",
        course="C",
        url="https://x.test/",
        licence=LICENCES["CC-BY-4.0"],
        funding=None,
    )
    data = learning_resource(
        credits, lang="en", title="T", url="u", licence=LICENCES["CC-BY-4.0"], course="C"
    )

    assert [group.label for group in block.groups] == [
        "Ervaringsdocenten",
        label("nl", "attribution.roles.expert-by-profession"),
    ]
    assert [role["roleName"] for role in data["author"]] == [
        "Peer tutor",
        label("en", "attribution.role_singular.expert-by-profession"),
    ]


def test_the_partnership_note_is_the_courses_and_absent_without_one() -> None:
    loaded = registry()
    credits, _ = read_coproducers(META, loaded, "docs/m/index.md")
    modules = [ModuleCredits("Module", "m/", credits)]

    with_note = render_directory(directory(loaded, modules, "nl"))
    plain, _ = load_registry(REGISTRY_TEXT.split("professions:")[0], "coproducers.yml")
    without = render_directory(directory(plain, modules, "en"))

    assert "Onze partners bieden de cursus aan." in with_note
    assert label("nl", "attribution.directory_partners") in with_note
    assert "Our College" in without and "<p>" not in without.split("oer-partners")[1]
    assert "Ervaringsdocent" in with_note


def test_a_text_missing_in_a_language_of_the_course_names_the_line_and_the_language() -> None:
    problems = untranslated(registry().labels, ["en", "nl", "de"], "coproducers.yml")

    assert [str(p).split(":", 2)[:2] for p in problems] == [
        ["coproducers.yml", "8"],
        ["coproducers.yml", "13"],
        ["coproducers.yml", "14"],
        ["coproducers.yml", "16"],
    ]
    assert "professions → peer-worker has no text in de" in str(problems[0])
    assert "Fix: Add de: … under professions → peer-worker." in str(problems[0])


def test_an_undefined_profession_says_which_professions_exist() -> None:
    text = REGISTRY_TEXT.replace("profession: practitioner", "profession: nurse")

    loaded, problems = load_registry(text, "coproducers.yml")

    assert loaded.people["pro-2"].profession is None
    assert [str(p) for p in problems] == [
        "coproducers.yml:4: 'pro-2' has the profession 'nurse', which neither the toolkit nor "
        "'professions:' in this file defines. Fix: Use one of: practitioner, educator, "
        "clinician, peer-worker; or define it under 'professions:' with a text per language; "
        "or leave 'profession:' out."
    ]


def test_each_badly_written_course_text_gets_a_message_on_its_line() -> None:
    text = """\
people: []
profesions: {}
professions:
  peer-worker: peer support worker
roles:
  expert-by-passion: {plural: {en: Fans}}
  employer: [Bosses]
partnership:
  footer: {en: Thanks}
"""

    loaded, problems = load_registry(text, "coproducers.yml")

    shown = [str(p) for p in problems]
    assert [s.split(":", 2)[1] for s in shown] == ["2", "4", "6", "7", "9"]
    assert "the section 'profesions:', which the toolkit does not use" in shown[0]
    assert "professions → peer-worker must be a text per language" in shown[1]
    assert "roles → expert-by-passion is not a role the toolkit credits" in shown[2]
    assert "roles → employer must give 'plural:' and 'singular:'" in shown[3]
    assert "partnership → footer is not used" in shown[4]
    assert loaded.labels.professions == {} and loaded.labels.roles == {}
