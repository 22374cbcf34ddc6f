"""Accessibility: checks over every rendered page, respectful language, readability, the report."""
