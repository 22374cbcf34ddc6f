"""``python -m oer.starter DIR --languages en nl [--title TITLE] [--licence ID]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from oer.attribution.licences import DEFAULT_LICENCE
from oer.starter.course import StarterError, starter_files, starter_languages, write_course


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m oer.starter", description="Create a minimal co-produced course."
    )
    parser.add_argument("folder", type=Path, help="the new course's folder (must not exist yet)")
    parser.add_argument(
        "--languages",
        nargs="+",
        required=True,
        metavar="LANG",
        help=f"the course's languages, the one pages are written in first "
        f"(offered: {', '.join(starter_languages())})",
    )
    parser.add_argument("--title", help="the course's name, the same in every language")
    parser.add_argument(
        "--licence", default=DEFAULT_LICENCE, help=f"the content licence ({DEFAULT_LICENCE})"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    # "en nl" passed as one word (make's LANGS="en nl" quoted) means two languages.
    languages = [code for given in arguments.languages for code in given.split()]
    target: Path = arguments.folder
    try:
        made = starter_files(target, languages, title=arguments.title, licence=arguments.licence)
        write_course(target, made)
    except StarterError as error:
        print(error.problem, file=sys.stderr)
        return 1
    print(f"Created a course in {target} ({', '.join(languages)}): {len(made)} files.")
    print(f"Next: cd {target} && make site && make test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
