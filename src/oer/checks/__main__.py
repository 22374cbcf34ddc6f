"""``python -m oer.checks pr-check --base REV``: build once, strictly, and fail only on the
problems in the files the change touches.

Without ``--head`` the change is everything since the branch left ``REV``, uncommitted
and new files included, so a translator can run it before pushing. The site is built
into the configured ``site_dir`` (or ``-d``), as ``make site`` would.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from mkdocs import exceptions
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from oer.checks.pull_request import TOOLKIT, Verdict, markdown_report, text_report, verdict
from oer.engine.build_problems import Found
from oer.engine.logs import collected_warnings
from oer.engine.problem_log import MKDOCS_LOGGER, collected, language_names, stop_collecting
from oer.engine.project import CONFIG_NAME, CommandError, add_config_option, find_config
from oer.problems import Problem
from oer.settings import read_settings
from oer.translations.history import GitHistory, known_revision


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m oer.checks")
    add_config_option(parser)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser(
        "pr-check",
        help="build strictly; fail only on problems in the files changed since --base",
    )
    check.add_argument("--base", required=True, help="the revision the change starts from")
    check.add_argument(
        "--head", help="the revision with the change (default: the files as they are now)"
    )
    check.add_argument("-d", "--site-dir", type=Path, help="where to build the site")
    check.add_argument("--markdown", type=Path, help="also write the report as Markdown here")
    return parser


def _show_build_log() -> logging.Handler:
    """MkDocs' messages on the terminal, as `mkdocs build` prints them."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger(MKDOCS_LOGGER)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def _load(config_file: Path, site_dir: Path | None) -> MkDocsConfig:
    options = {"site_dir": str(site_dir)} if site_dir else {}
    with collected_warnings("mkdocs.config") as messages:
        try:
            return load_config(config_file=str(config_file), strict=True, **options)
        except (exceptions.ConfigurationError, exceptions.Abort) as error:
            why = "; ".join(messages) or str(error)
            raise CommandError(
                Problem(
                    str(config_file),
                    f"MkDocs cannot read this configuration ({why}).",
                    "Correct mkdocs.yml as the message says; 'make site' reports the same.",
                )
            ) from None


def _build(config: MkDocsConfig) -> tuple[list[Found], str | None]:
    """The problems of one strict build, and why it stopped early if it did."""
    config.plugins.on_startup(command="build", dirty=False)
    stopped: str | None = None
    with collected_warnings(MKDOCS_LOGGER) as messages:
        try:
            build(config)
        except exceptions.Abort as error:
            stopped = str(error)
        finally:
            config.plugins.on_shutdown()
            stop_collecting()
    problems = collected(config)
    if problems is None:
        # The build's last message says why it stopped (MkDocs logs it as it gives up).
        return [], messages[-1] if messages else stopped or "it ended without a report."
    if stopped is not None and not problems:
        # MkDocs' own count found a warning that the list does not hold.
        return [], stopped
    return problems, None


def _changed(history: GitHistory, base: str, head: str | None) -> list[str]:
    for rev in (base, *([head] if head else [])):
        known_revision(history, rev)
    if head:
        changed = history.changed_files(f"{base}...{head}")
    else:
        start = history.merge_base(base)
        changed = history.changed_files(start) if start else None
        changed = None if changed is None else changed + (history.untracked_files() or [])
    if changed is None:
        raise CommandError(
            Problem(
                base,
                "git cannot say which files changed since this revision.",
                "Run the check inside the course's git repository, with its history.",
            )
        )
    return changed


def _site_wide(config: MkDocsConfig, root: Path) -> tuple[str, ...]:
    settings, _ = read_settings(config.extra)
    config_name = Path(config.config_file_path).relative_to(root).as_posix()
    return (config_name, settings.registry, *TOOLKIT)


def pr_check(args: argparse.Namespace, cwd: Path) -> int:
    found = args.config_file or find_config(cwd)
    if found is None:
        raise CommandError(
            Problem(
                str(cwd),
                f"No {CONFIG_NAME} here or in any folder above.",
                f"Run the command inside the course's folder, or name it with '-f {CONFIG_NAME}'.",
            )
        )
    config_file = (cwd / found).resolve()
    root = config_file.parent
    history = GitHistory(root)
    changed = _changed(history, args.base, args.head)
    config = _load(config_file, args.site_dir)
    problems, stopped = _build(config)
    result = verdict(problems, changed, _site_wide(config, root))
    if stopped is not None:
        result = Verdict(result.caused, result.others, result.site_wide, stopped)
    names = language_names(config)
    languages = tuple(names)
    sys.stdout.write(text_report(result, languages, names))
    if args.markdown:
        args.markdown.write_text(markdown_report(result, languages, names), encoding="utf-8")
    return 0 if result.passed else 1


def main(argv: list[str] | None = None, cwd: Path | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = _show_build_log()
    try:
        return pr_check(args, cwd or Path.cwd())
    except CommandError as error:
        print(f"error: {error.problem}", file=sys.stderr)
        return 1
    finally:
        logging.getLogger(MKDOCS_LOGGER).removeHandler(handler)


if __name__ == "__main__":
    raise SystemExit(main())
