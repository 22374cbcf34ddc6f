"""``python -m oer.translations status [--lang nl]`` and ``… mark-current FILE…``.

Both work from any folder of the course: mkdocs.yml is looked for in the current
folder and above, and files may be named with or without ``docs/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from oer.content.sources import SourceReader
from oer.problems import Problem
from oer.translations.history import GitHistory
from oer.translations.marking import mark_current
from oer.translations.overview import overview
from oer.translations.project import CommandError, Project, load_project, page_uri
from oer.translations.terminal import status_table, todo_text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m oer.translations")
    parser.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=None,
        help="the course's mkdocs.yml (default: the nearest one here or above)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="print the status of every translation")
    status.add_argument(
        "--lang", help="only this language's to-do, in that language (e.g. --lang nl)"
    )
    mark = commands.add_parser("mark-current", help="record that a reviewed translation is current")
    mark.add_argument("files", nargs="+", help="translations, e.g. docs/module-1/values.es.md")
    mark.add_argument(
        "--force",
        action="store_true",
        help="mark even if a changed source section's translation was not edited "
        "(for typo-only changes)",
    )
    return parser


def run(args: argparse.Namespace, cwd: Path) -> int:
    project = load_project(args.config_file, cwd)
    history = GitHistory(project.docs_dir)
    if args.command == "status":
        reader = SourceReader(project.docs_dir)
        entries = overview(reader, project.languages, project.default, history)
        if args.lang:
            lang = _translation_language(project, args.lang)
            sys.stdout.write(todo_text(entries, lang, project.default, lang))
        else:
            sys.stdout.write(status_table(entries, project.languages, project.default))
        return 0
    failed = 0
    for argument in args.files:
        try:
            uri = page_uri(project, argument, cwd)
            print(mark_current(project, uri, history, force=args.force))
        except CommandError as error:
            print(f"error: {error.problem}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def _translation_language(project: Project, lang: str) -> str:
    if lang not in project.others:
        raise CommandError(
            Problem(
                str(project.config_file),
                f"'{lang}' is not one of this course's translation languages.",
                f"Use one of: {', '.join(project.others)}.",
            )
        )
    return lang


def main(argv: list[str] | None = None, cwd: Path | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return run(args, cwd or Path.cwd())
    except CommandError as error:
        print(f"error: {error.problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
