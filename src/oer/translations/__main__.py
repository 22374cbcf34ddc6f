"""``python -m oer.translations status [--lang nl]``, ``… mark-current FILE…`` and
``… pr-summary --base REV --head REV``.

They work from any folder of the course: mkdocs.yml is looked for in the current
folder and above, and files may be named with or without ``docs/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mkdocs.utils.meta import get_data

from oer.content.sources import SourceReader, split_language
from oer.engine.project import (
    CommandError,
    Project,
    add_config_option,
    load_project,
    page_uri,
)
from oer.problems import Problem
from oer.translations.history import GitHistory, known_revision
from oer.translations.marking import mark_current
from oer.translations.overview import overview
from oer.translations.pr_summary import pr_summary
from oer.translations.status import CURRENT, translation_status
from oer.translations.terminal import status_table, todo_text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m oer.translations")
    add_config_option(parser)
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="print the status of every translation")
    status.add_argument(
        "--lang", help="only this language's to-do, in that language (e.g. --lang nl)"
    )
    mark = commands.add_parser("mark-current", help="record that a reviewed translation is current")
    mark.add_argument("files", nargs="*", help="translations, e.g. docs/module-1/values.es.md")
    mark.add_argument(
        "--changed-since",
        metavar="REV",
        help="also every translation changed since this git revision that is not current "
        "(what a pull request edits)",
    )
    mark.add_argument(
        "--force",
        action="store_true",
        help="mark even if a changed source section's translation was not edited "
        "(for typo-only changes)",
    )
    summary = commands.add_parser(
        "pr-summary", help="Markdown: what a change does to the translations"
    )
    summary.add_argument("--base", required=True, help="the revision the change starts from")
    summary.add_argument("--head", required=True, help="the revision with the change")
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
    if args.command == "pr-summary":
        for rev in (args.base, args.head):
            known_revision(history, rev)
        sys.stdout.write(
            pr_summary(history, project.languages, project.default, args.base, args.head)
        )
        return 0
    return _mark(project, history, args, cwd)


def _mark(project: Project, history: GitHistory, args: argparse.Namespace, cwd: Path) -> int:
    uris: list[str] = []
    failed = 0
    for argument in args.files:
        try:
            uris.append(page_uri(project, argument, cwd))
        except CommandError as error:
            print(f"error: {error.problem}", file=sys.stderr)
            failed += 1
    if args.changed_since:
        uris += [
            u for u in _changed_translations(project, history, args.changed_since) if u not in uris
        ]
        if not uris and not failed:
            print(f"No translation changed since {args.changed_since} needs marking.")
    elif not args.files:
        raise CommandError(
            Problem(
                "mark-current",
                "No translation named.",
                "Name the translations you reviewed, e.g. docs/module-1/values.es.md.",
            )
        )
    for uri in uris:
        try:
            print(mark_current(project, uri, history, force=args.force))
        except CommandError as error:
            print(f"error: {error.problem}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def _changed_translations(project: Project, history: GitHistory, rev: str) -> list[str]:
    """Translations changed since ``rev`` (committed or not) that are not recorded current."""
    changed = history.changed_files(known_revision(history, rev)) or []
    reader = SourceReader(project.docs_dir)
    found = []
    for uri in changed:
        source_uri, lang = split_language(uri, project.languages)
        translation, source = reader.read(uri), reader.read(source_uri)
        if lang in (None, project.default) or translation is None or source is None:
            continue
        if translation_status(get_data(source.text)[0], translation.meta).state != CURRENT:
            found.append(uri)
    return found


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
