"""Course settings: the schema of extra.course, funding notices per programme period."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from oer.locales import label
from oer.safety.urls import DEFAULT_FRAME_HOSTS
from oer.settings import CourseSettings, read_settings
from tests.conftest import run_build


@pytest.mark.parametrize("lang", ["en", "es", "nl", "it"])
def test_the_2014_2020_notice_names_the_commission_in_every_language(lang: str) -> None:
    settings, problems = read_settings({"course": {"funding": "erasmus-plus-2014-2020"}})

    text = settings.funding_text(lang) or ""
    assert problems == []
    assert text == label(lang, "funding.erasmus-plus-2014-2020")
    commission = {"en": "European Commission", "es": "Comisión Europea",
                  "nl": "Europese Commissie", "it": "Commissione europea"}  # fmt: skip
    assert commission[lang] in text


def test_the_2021_2027_notice_names_the_union_and_the_agency() -> None:
    settings, _ = read_settings({"course": {"funding": "eu-2021-2027-eacea"}})

    text = settings.funding_text("en") or ""
    assert text.startswith("Funded by the European Union.") and "EACEA" in text


def test_a_project_may_give_its_own_notice_per_language() -> None:
    settings, problems = read_settings({"course": {"funding": {"en": "Funded by X.", "es": "X."}}})

    assert problems == []
    assert settings.funding_text("es") == "X." and settings.funding_text("nl") == "Funded by X."


@pytest.mark.parametrize("value", ["eu", 5, ["eu"], {"en": 3}])
def test_an_unknown_notice_is_one_clear_problem_and_prints_nothing(value: object) -> None:
    settings, problems = read_settings({"course": {"funding": value}})

    assert len(problems) == 1 and "extra.course.funding" in problems[0].message
    assert "erasmus-plus-2014-2020" in problems[0].fix
    assert settings.funding_text("en") is None


def test_no_funding_prints_no_notice() -> None:
    settings, problems = read_settings({"course": {}})

    assert problems == [] and settings.funding_text("en") is None


@pytest.mark.parametrize("value", ["player.vimeo.com", ["https://x.example"], [5], ["a b.example"]])
def test_frame_hosts_must_be_a_list_of_host_names(value: object) -> None:
    settings, problems = read_settings({"course": {"frame_hosts": value}})

    assert len(problems) == 1 and "frame_hosts" in problems[0].message
    assert settings.frame_hosts == ()


# ---------------------------------------------------------------------------
# The schema: each broken setting is one clear problem naming its key
# ---------------------------------------------------------------------------

BROKEN = [
    ("registry", ["coproducers.yml"], "that is not a text"),
    ("licence", "CC-BY", "this toolkit does not know that licence"),
    ("licence", 4, "this toolkit does not know that licence"),
    ("funding", "erasmus", "that is not a known funding notice"),
    ("audience", 5, "that is not a text"),
    ("educational_level", ["adult"], "that is not a text"),
    ("readability_minimum", 60, "that is not a figure per language"),
    ("readability_minimum", {"en": "easy"}, "'easy' is not a number"),
    ("readability_minimum", {"en": True}, "True is not a number"),
    ("readability_minimum", {1: 60}, "1 is not a language code"),
    ("frame_hosts", "host", "that is not a list"),
    ("frame_hosts", ["host"], "'host' is not a host name"),
    ("language_packs", 3, "that is not a folder's name"),
    ("language_packs", "no-such-folder", "that folder does not exist beside mkdocs.yml"),
]


@pytest.mark.parametrize(("key", "value", "reason"), BROKEN)
def test_a_wrongly_set_key_is_one_error_naming_the_key_and_the_fix(
    key: str, value: object, reason: str
) -> None:
    settings, problems = read_settings({"course": {key: value}})

    assert len(problems) == 1
    problem = problems[0]
    assert problem.error
    assert problem.message == f"extra.course.{key} is {value!r}: {reason}."
    assert problem.fix
    # The key falls back to its default (or to no frame hosts), so callers keep working.
    assert settings == replace(CourseSettings(), frame_hosts=settings.frame_hosts)
    assert settings.frame_hosts == (() if key == "frame_hosts" else DEFAULT_FRAME_HOSTS)


def test_every_broken_key_is_reported_not_only_the_first() -> None:
    course = {"licence": "MIT", "readability_minimum": 60, "frame_hosts": "host", "audience": 5}

    _, problems = read_settings({"course": course})

    assert [p.message.split(" ")[0] for p in problems] == [
        "extra.course.licence",
        "extra.course.audience",
        "extra.course.readability_minimum",
        "extra.course.frame_hosts",
    ]
    assert all(p.error for p in problems)


def test_an_unknown_key_is_a_warning_naming_it_and_the_known_keys() -> None:
    settings, problems = read_settings({"course": {"license": "CC-BY-4.0"}})

    assert len(problems) == 1 and not problems[0].error
    assert problems[0].message == "extra.course.license is not a setting this toolkit knows."
    assert "licence" in problems[0].fix
    assert settings.licence.id == "CC-BY-SA-4.0"


def test_course_must_be_a_group_of_settings() -> None:
    settings, problems = read_settings({"course": "CC-BY-4.0"})

    assert len(problems) == 1 and problems[0].error
    assert problems[0].message.startswith("extra.course is 'CC-BY-4.0'")
    assert settings == CourseSettings()


def test_valid_settings_are_read_and_empty_ones_take_their_default() -> None:
    course = {
        "registry": "people.yml",
        "licence": "CC-BY-NC-4.0",
        "audience": "trainers",
        "educational_level": None,
        "readability_minimum": {"en": 60, "es": 55.5},
        "frame_hosts": ["Player.Vimeo.com"],
    }

    settings, problems = read_settings({"course": course})

    assert problems == []
    assert settings.registry == "people.yml" and settings.licence.id == "CC-BY-NC-4.0"
    assert settings.audience == "trainers" and settings.educational_level is None
    assert settings.readability_minimum == {"en": 60.0, "es": 55.5}
    assert settings.frame_hosts == ("player.vimeo.com",)
    assert course["frame_hosts"] == ["Player.Vimeo.com"], "the caller's settings are untouched"


def test_a_problem_names_the_line_of_its_key_when_given_the_file() -> None:
    text = "site_name: X\nextra:\n  course:\n    registry: coproducers.yml\n    licence: MIT\n"

    _, problems = read_settings({"course": {"licence": "MIT"}}, "mkdocs.yml", text=text)

    assert str(problems[0]).startswith("mkdocs.yml:5: extra.course.licence is 'MIT'")


# ---------------------------------------------------------------------------
# In a real build
# ---------------------------------------------------------------------------


def _with_course_line(site: Path, line: str) -> Path:
    config = site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    anchor = "    registry: coproducers.yml\n"
    config.write_text(text.replace(anchor, f"{anchor}    {line}\n"), encoding="utf-8")
    return config


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("readability_minimum: 60", "extra.course.readability_minimum is 60: that is not a"),
        ('frame_hosts: "host"', "extra.course.frame_hosts is 'host': that is not a list."),
        ("licence: CC-BY-3.0", "extra.course.licence is 'CC-BY-3.0': this toolkit does not"),
    ],
)
def test_a_wrongly_set_key_stops_the_build_with_one_clear_error(
    fixture_copy: Path, tmp_path: Path, line: str, expected: str
) -> None:
    build = run_build(_with_course_line(fixture_copy, line), tmp_path / "site", strict=False)

    assert build.returncode != 0
    errors = [entry for entry in build.log.splitlines() if entry.startswith("ERROR")]
    assert len(errors) == 1 and f"mkdocs.yml:11: {expected}" in errors[0]
    assert "Traceback" not in build.log
    assert not (tmp_path / "site" / "index.html").exists()


def test_an_unknown_key_fails_the_strict_build_only(fixture_copy: Path, tmp_path: Path) -> None:
    config = _with_course_line(fixture_copy, "licnce: CC-BY-4.0")

    strict = run_build(config, tmp_path / "strict")

    assert strict.returncode != 0
    assert "mkdocs.yml:11: extra.course.licnce is not a setting this toolkit knows." in strict.log
    assert "Traceback" not in strict.log


def test_the_course_s_pack_folder_is_found_beside_mkdocs_yml(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()

    settings, problems = read_settings(
        {"course": {"language_packs": "packs"}}, config_file_path=str(tmp_path / "mkdocs.yml")
    )

    assert problems == [] and settings.language_packs == tmp_path / "packs"
