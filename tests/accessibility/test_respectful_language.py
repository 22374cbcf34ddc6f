"""The respectful-language check: precise on each language's corpus, and told where to look."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from oer.accessibility.checks import check_page, respectful_language, source_line
from oer.accessibility.data import LanguageData, language_data
from oer.accessibility.wording import WordingDataError, compile_rules, find, tokens
from oer.languages.language_packs import toolkit_languages
from tests.conftest import run_build

CORPUS = Path(__file__).parent / "corpus"
# Every language the toolkit ships a pack for, whatever languages a course publishes.
LANGUAGES = toolkit_languages()


def flagged(sentence: str, lang: str) -> list[str]:
    findings = check_page(f"<p>{sentence}</p>", lang)
    return [f.locate or "" for f in findings if f.check == "respectful-language"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_corpus_is_caught_without_false_alarms(
    lang: str, record_property: Callable[[str, object], None]
) -> None:
    corpus = yaml.safe_load((CORPUS / f"{lang}.yml").read_text(encoding="utf-8"))
    ordinary, stigmatising = corpus["pass"], corpus["flag"]
    false_alarms = {s: flagged(s, lang) for s in ordinary if flagged(s, lang)}
    misses = [s for s in stigmatising if not flagged(s, lang)]
    caught = len(stigmatising) - len(misses)
    precision = caught / (caught + len(false_alarms)) if caught + len(false_alarms) else 0.0
    recall = caught / len(stigmatising)
    summary = (
        f"respectful-language {lang}: precision {precision:.3f}, recall {recall:.3f} "
        f"({len(ordinary)} ordinary, {len(stigmatising)} stigmatising sentences)"
    )
    print(summary)
    record_property("respectful-language", summary)

    assert len(ordinary) >= 40 and len(stigmatising) >= 40
    assert precision == 1.0, f"false alarms: {false_alarms}"
    assert recall >= 0.95, f"missed: {misses}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_file_reads_as_rules(lang: str) -> None:
    data = language_data(lang)

    assert data.wording_error is None
    assert data.wording


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "advice"),
    [
        ("es", "Ana sufre de depresión.", "sufre de depresión", "vive con"),
        ("es", "Sus hermanas padecen ansiedad.", "padecen ansiedad", "vive con"),
        ("nl", "Mensen die aan een depressie lijden.", "aan een depressie lijden", "leeft met"),
        ("nl", "Hij heeft zelfmoord gepleegd.", "zelfmoord gepleegd", "overleed door suïcide"),
        ("it", "Marco soffre d'ansia.", "soffre d'ansia", "convive con"),
        ("en", "He commits suicide in the last act.", "commits suicide", "died by suicide"),
        ("en", "She is a schizophrenic.", "a schizophrenic", "lives with schizophrenia"),
        ("de", "Sie leidet unter Depressionen.", "leidet unter Depressionen", "lebt mit"),
        ("de", "Ein Schizophrener wohnt hier.", "Ein Schizophrener", "Person mit Schizophrenie"),
        ("de", "Die psychisch Kranken warten.", "psychisch Kranken", "psychischen Erkrankungen"),
        ("de", "Er hat Selbstmord begangen.", "Selbstmord begangen", "starb durch Suizid"),
        ("de", "Sie wählte den Freitod.", "Freitod", "Suizid"),
        ("fr", "Il souffre de dépression.", "souffre de dépression", "vit avec"),
        ("fr", "Un schizophrène habite ici.", "Un schizophrène", "vit avec une schizophrénie"),
        ("fr", "Les malades mentaux attendent.", "malades mentaux", "troubles psychiques"),
        ("fr", "Il s'est suicidé.", "s'est suicidé", "mort (morte) par suicide"),
        ("fr", "Elle a commis un suicide.", "commis un suicide", "décédé (décédée) par suicide"),
    ],
)
def test_a_finding_quotes_the_words_and_gives_the_alternative(
    lang: str, text: str, phrase: str, advice: str
) -> None:
    findings = check_page(f"<h1>T</h1><p>{text}</p>", lang)

    assert [(f.check, f.locate) for f in findings] == [("respectful-language", phrase)]
    assert findings[0].message.startswith(f"'{phrase}' can stigmatise: ")
    assert advice in findings[0].fix


def test_marked_examples_code_and_other_blocks_are_left_alone() -> None:
    html = (
        '<h1>T</h1><div class="oer-language-examples"><table><tr><th>Avoid</th></tr>'
        "<tr><td>suffers from depression</td></tr></table></div>"
        '<p>Say "lives with", not <span class="oer-language-examples">"suffers from"</span> '
        "depression.</p><p><code>a schizophrenic</code></p>"
        "<ul><li>He suffers from</li><li>depression is common</li></ul>"
    )

    assert flagged(html.removeprefix("<p>"), "en") == []


def test_words_between_a_phrase_never_cross_punctuation() -> None:
    assert flagged("He suffers from depression.", "en") == ["suffers from depression"]
    assert flagged("He suffers; from depression, we learn.", "en") == []


def test_elisions_and_clitics_are_words_of_their_own() -> None:
    assert [t.form for t in tokens("L'affetto dell'équipe, he's", "it")] == [
        "l'", "affetto", "dell'", "équipe", ",", "he", "'s",
    ]  # fmt: skip


def test_the_earlier_rule_wins_where_two_match_the_same_words() -> None:
    rules = compile_rules(
        [
            {"match": "commit suicide", "use": "died by suicide", "why": "crime"},
            {"match": "suicide", "use": "other", "why": "other"},
        ],
        {},
    )

    assert [hit.rule.use for hit in find("He committed suicide.", "en", rules)] == [
        "died by suicide"
    ]


@pytest.mark.parametrize(
    ("entries", "sets", "error"),
    [
        ([{"pattern": "x", "use": "u", "why": "w"}], {}, "'pattern'"),
        ([{"match": "@nope", "use": "u", "why": "w"}], {}, "'@nope' is not defined"),
        ([{"match": "a ~2", "use": "u", "why": "w"}], {}, "must start and end with a word"),
        ([{"match": "a", "use": "u"}], {}, "'why' is missing"),
        ([{"match": "a", "use": "u", "why": "w", "befor": "b"}], {}, "unknown key 'befor'"),
        ([{"match": "@a", "use": "u", "why": "w"}], {"a": "@a"}, "includes itself"),
    ],
)
def test_a_broken_entry_is_named_with_what_is_wrong(
    entries: list[dict[str, str]], sets: dict[str, str], error: str
) -> None:
    with pytest.raises(WordingDataError, match="entry 1") as raised:
        compile_rules(entries, sets)

    assert error in str(raised.value)


def test_a_broken_language_file_is_one_finding_not_a_traceback() -> None:
    data = LanguageData("xx", frozenset(), (), "entry 3 ('a ~2'): it must end with a word")

    [finding] = respectful_language(None, data)

    assert "src/oer/languages/packs/xx/wording.yml cannot be read: entry 3" in finding.message


def test_a_stigmatising_phrase_fails_strict_with_its_line_and_marked_examples_pass(
    fixture_copy: Path, tmp_path: Path
) -> None:
    page = fixture_copy / "docs" / "translated.es.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + '\n<div class="oer-language-examples" markdown>\n\nNo digas "sufre de ansiedad".\n\n'
        "</div>\n\nMuchas personas padecen\nansiedad en el trabajo.\n\n"
        "Un bipolar puede trabajar.\n",
        encoding="utf-8",
    )

    build = run_build(fixture_copy / "mkdocs.yml", tmp_path / "site")

    lines = page.read_text(encoding="utf-8").splitlines()
    assert build.returncode != 0
    assert f"docs/translated.es.md:{len(lines)}: 'Un bipolar' can stigmatise: " in build.log
    assert f"docs/translated.es.md:{len(lines) - 3}: 'padecen ansiedad' can stigmatise" in (
        build.log
    )
    assert "Fix: Use person-first, recovery-oriented wording: vive con" in build.log
    assert "sufre de ansiedad" not in build.log


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("# T\n\nMuchas personas padecen ansiedad.\n", 3),
        ("# T\n\nMuchas personas padecen\nansiedad.\n", 3),
        ("# T\n\nMuchas personas **padecen** ansiedad.\n", 3),
        ("# T\n\nNada aquí.\n", None),
    ],
)
def test_a_phrase_is_found_in_the_source_across_lines_and_emphasis(
    source: str, line: int | None
) -> None:
    assert source_line(source, "padecen ansiedad") == line
