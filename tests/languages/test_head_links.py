from __future__ import annotations

from oer.languages.head_links import drop_language_alternates

HEAD = """<head>
    <link rel="canonical" href="https://x.test/es/">
    <link rel="alternate" href="../" hreflang="en">
    <link rel="alternate" href="./" hreflang="es">
    <link rel="alternate" type="application/rss+xml" title="Feed" href="feed.xml">
</head>"""


def test_language_alternates_go_and_everything_else_stays() -> None:
    assert (
        drop_language_alternates(HEAD)
        == """<head>
    <link rel="canonical" href="https://x.test/es/">
    <link rel="alternate" type="application/rss+xml" title="Feed" href="feed.xml">
</head>"""
    )
