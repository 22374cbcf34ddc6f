"""Compiled theme templates, kept between language builds and between builds.

MkDocs makes a new Jinja environment for every build, and static-i18n builds every
language anew, so each of the theme's templates is parsed and compiled once per
language per build: about a twentieth of a warm build. Jinja's own bytecode cache
keys each template by its source, so an edited override is compiled again.
"""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache


def environment_fingerprint(env: Environment) -> str:
    """What the compiled code depends on besides the source: Jinja and the environment's options."""
    options = [
        version("jinja2"),
        *sorted(env.extensions),
        repr(env.autoescape),
        repr((env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.optimized)),
        repr((env.block_start_string, env.variable_start_string, env.comment_start_string)),
    ]
    return hashlib.sha256("\n".join(options).encode("utf-8")).hexdigest()[:16]


def bytecode_cache(folder: Path, env: Environment) -> FileSystemBytecodeCache:
    """A bytecode cache in ``folder``, separate for every kind of environment."""
    own = folder / environment_fingerprint(env)
    own.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(own))
