"""Keep the theme's compiled templates between language builds and between builds."""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from oer.engine.cache import cache_folder
from oer.engine.template_cache import bytecode_cache


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    if env.bytecode_cache is None:
        env.bytecode_cache = bytecode_cache(cache_folder(config, "templates"), env)
    return env
