"""The accessibility report: what each page was checked for and what was found."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import jinja2

from oer.accessibility.readability import Readability
from oer.locales import label


@dataclass(frozen=True)
class FindingEntry:
    check: str
    message: str
    fix: str
    line: int | None


@dataclass(frozen=True)
class PageReport:
    lang: str
    url: str
    title: str
    source: str
    # True when the page shows the default language's text (no translation yet).
    fallback: bool
    checks: tuple[str, ...]
    findings: tuple[FindingEntry, ...] = field(default_factory=tuple)
    readability: Readability | None = None


def report_json(pages: Sequence[PageReport]) -> str:
    ordered = sorted(pages, key=lambda p: (p.lang, p.url))
    summary = {
        "pages": len(ordered),
        "findings": sum(len(p.findings) for p in ordered),
        "by_language": {
            lang: sum(len(p.findings) for p in ordered if p.lang == lang)
            for lang in sorted({p.lang for p in ordered})
        },
    }
    return json.dumps(
        {"summary": summary, "pages": [asdict(p) for p in ordered]},
        ensure_ascii=False,
        indent=2,
    )


_TABLE = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(
    """<p>{{ labels.summary }}</p>
<table>
  <thead><tr>
    <th scope="col">{{ labels.page }}</th>
    <th scope="col">{{ labels.readability }}</th>
    <th scope="col">{{ labels.findings }}</th>
  </tr></thead>
  <tbody>
  {% for page in pages %}
    <tr>
      <td><a href="{{ page.href }}">{{ page.title }}</a>{% if page.fallback %} ({{ labels.fallback }}){% endif %}</td>
      <td>{% if page.readability %}{{ page.readability.score }} ({{ page.readability.formula }}){% else %}-{% endif %}</td>
      <td>
      {% if page.findings %}
        <ul>
        {% for finding in page.findings %}
          <li><code>{{ finding.check }}</code>: {{ finding.message }}{% if finding.line %} ({{ page.source }}:{{ finding.line }}){% endif %}</li>
        {% endfor %}
        </ul>
      {% else %}
        {{ labels.none }}
      {% endif %}
      </td>
    </tr>
  {% endfor %}
  </tbody>
</table>
<p><a href="{{ json_href }}" type="application/json">accessibility.json</a></p>
<p>{{ labels.checks }}: {% for check in checks %}<code>{{ check }}</code>{% if not loop.last %}, {% endif %}{% endfor %}.</p>
"""
)


def report_html(
    pages: Sequence[PageReport], lang: str, hrefs: dict[str, str], json_href: str
) -> str:
    """The report table for readers of ``lang``; ``hrefs`` maps page URLs to links."""
    mine = sorted((p for p in pages if p.lang == lang), key=lambda p: p.url)
    checks = sorted({check for page in mine for check in page.checks})
    findings = sum(len(p.findings) for p in mine)
    labels = {
        key: label(lang, f"accessibility.{key}")
        for key in ("page", "readability", "findings", "fallback", "none", "checks")
    }
    labels["summary"] = label(lang, "accessibility.summary").format(
        pages=len(mine), findings=findings
    )
    rows = [
        {**asdict(page), "href": hrefs.get(page.url, page.url), "readability": page.readability}
        for page in mine
    ]
    return _TABLE.render(pages=rows, labels=labels, checks=checks, json_href=json_href)
