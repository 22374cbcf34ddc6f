"""Render bundles on every core; cached bundles are read in this process, no pool needed.

WeasyPrint and pandoc report problems through their own loggers, which in a worker
process reach nobody; each worker collects them and hands them back with the bundle,
so the build can report them where `--strict` counts them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from oer.bundles.build import Bundle, build_bundle, is_cached
from oer.bundles.cache import OutputCache
from oer.bundles.spec import BundleSpec
from oer.engine.logs import collected_warnings

RENDERER_LOGGERS = ("weasyprint", "fontTools", "pypandoc")


def render_bundle(spec: BundleSpec, cache_folder: Path) -> tuple[Bundle, list[str], int]:
    """The bundle, the renderers' warnings, and how many files were rendered afresh."""
    cache = OutputCache(cache_folder)
    with collected_warnings(*RENDERER_LOGGERS) as warnings:
        bundle = build_bundle(spec, cache)
    return bundle, warnings, cache.rendered


def render_all(
    specs: Sequence[BundleSpec], cache_folder: Path
) -> list[tuple[Bundle, list[str], int]]:
    """Every bundle of ``specs``, in order; those not in the cache rendered in parallel."""
    results: list[tuple[Bundle, list[str], int] | None] = [None] * len(specs)
    todo = []
    for index, spec in enumerate(specs):
        if is_cached(spec, OutputCache(cache_folder)):
            results[index] = render_bundle(spec, cache_folder)
        else:
            todo.append(index)
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = pool.map(render_bundle, [specs[i] for i in todo], [cache_folder] * len(todo))
            for index, result in zip(todo, done, strict=True):
                results[index] = result
    else:
        for index in todo:
            results[index] = render_bundle(specs[index], cache_folder)
    return [result for result in results if result is not None]
