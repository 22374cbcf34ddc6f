"""Exercises: the ``/// exercise`` Markdown block, its checks, and reading exercises back from HTML.

The same HTML that readers see online is the input of the printable bundles, so
an exercise has one source of truth.
"""
