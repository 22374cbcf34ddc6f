"""Keeping each language's site self-contained: search index, 404 page, links."""
