"""Rules for publishing co-produced open educational resources.

Each subpackage holds one concern as plain functions over plain data; the
MkDocs hooks in ``hooks/`` only adapt build events to them.
"""
