"""Render every download of a build in one process pool; cached ones are read in this process.

Each hook that makes downloads (module bundles, course books) adds its jobs to the build's
``RenderQueue``; the queue renders them all at once, so the longest documents share the
cores with the shortest ones instead of waiting for another pool.

WeasyPrint and pandoc report problems through their own loggers, which in a worker
process reach nobody; each worker collects them and hands them back with the result,
so the build can report them where `--strict` counts them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from oer.bundles.build import Bundle, build_bundle, is_cached
from oer.bundles.cache import OutputCache
from oer.bundles.spec import BundleSpec
from oer.engine.logs import collected_warnings

RENDERER_LOGGERS = ("weasyprint", "fontTools", "pypandoc")

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Job(Protocol[T_co]):
    """Plain, picklable data that says what to render, and how to render it with a cache."""

    def is_cached(self, cache: OutputCache) -> bool: ...

    def build(self, cache: OutputCache) -> T_co: ...


@dataclass(frozen=True)
class Rendered(Generic[T]):
    result: T
    # What the renderers warned about.
    warnings: list[str]
    # How many files were rendered afresh rather than read from the cache.
    count: int


@dataclass(frozen=True)
class BundleJob:
    spec: BundleSpec

    def is_cached(self, cache: OutputCache) -> bool:
        return is_cached(self.spec, cache)

    def build(self, cache: OutputCache) -> Bundle:
        return build_bundle(self.spec, cache)


def render_job(job: Job[T], cache_folder: Path) -> Rendered[T]:
    cache = OutputCache(cache_folder)
    with collected_warnings(*RENDERER_LOGGERS) as warnings:
        result = job.build(cache)
    return Rendered(result, warnings, cache.rendered)


def each_rendered(jobs: Sequence[Job[T]], cache_folder: Path) -> Iterator[tuple[int, Rendered[T]]]:
    """(index, result) of every job as it is ready: the cached ones first, read in this
    process one at a time, then those rendered in parallel.

    One at a time, so that a build holds one download's bytes, not every download's.
    """
    todo = []
    for index, job in enumerate(jobs):
        if job.is_cached(OutputCache(cache_folder)):
            yield index, render_job(job, cache_folder)
        else:
            todo.append(index)
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = pool.map(render_job, [jobs[i] for i in todo], [cache_folder] * len(todo))
            yield from zip(todo, done, strict=True)
    else:
        for index in todo:
            yield index, render_job(jobs[index], cache_folder)


@dataclass
class RenderQueue:
    """The downloads of one build still to render, each with what to do once it is.

    Kept with ``oer.engine.build_state``. Hooks add their jobs in ``on_post_build``, the
    first at the higher priority; the last one renders the queue.
    """

    waiting: list[tuple[Job[Any], Callable[[Rendered[Any]], None]]] = field(default_factory=list)

    def add(self, job: Job[T], deliver: Callable[[Rendered[T]], None]) -> None:
        self.waiting.append((job, deliver))

    def render(self, cache_folder: Path) -> int:
        """Render and deliver everything waiting; the number of files rendered afresh."""
        waiting, self.waiting = self.waiting, []
        count = 0
        for index, rendered in each_rendered([job for job, _ in waiting], cache_folder):
            waiting[index][1](rendered)
            count += rendered.count
        return count
