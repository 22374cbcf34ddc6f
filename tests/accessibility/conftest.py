"""Show the respectful-language precision and recall at the end of every run, not only with -s."""

from __future__ import annotations

import pytest

SUMMARY = "respectful-language"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # user_properties travel from pytest-xdist workers with each report; printed output does not.
    lines = [
        str(value)
        for reports in terminalreporter.stats.values()
        for report in reports
        if getattr(report, "when", None) == "call"
        for name, value in getattr(report, "user_properties", ())
        if name == SUMMARY
    ]
    if lines:
        terminalreporter.section("respectful language: precision and recall")
        for line in sorted(lines):
            terminalreporter.write_line(line)
