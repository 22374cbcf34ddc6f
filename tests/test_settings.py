"""Course settings: funding notices per programme period, frame hosts."""

from __future__ import annotations

import pytest

from oer.locales import label
from oer.settings import read_settings


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
