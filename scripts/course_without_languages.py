"""The course's own tests on a copy of the course without some of its languages.

    .venv/bin/python scripts/course_without_languages.py es it [--keep DIR]

copies mkdocs.yml, the co-producer registry and docs/ to a new folder, takes the named
languages out of mkdocs.yml (the i18n plugin's languages, the search languages) and their
pages and files out of docs/, and runs `pytest -m course` on the copy (``OER_COURSE``).
It exits with the tests' status: 0 shows that nothing in them depends on those languages.
The copy is removed afterwards unless ``--keep`` names where to make it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config

from oer.settings import read_settings

REPO = Path(__file__).resolve().parent.parent


class Tagged:
    """A YAML value with its tag kept as written (``!ENV [SITE_URL, "…"]``)."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag = tag
        self.value = value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _tagged(loader: _Loader, suffix: str, node: yaml.Node) -> Tagged:
    tag = f"!{suffix}"
    if isinstance(node, yaml.SequenceNode):
        return Tagged(tag, loader.construct_sequence(node, deep=True))
    if isinstance(node, yaml.MappingNode):
        return Tagged(tag, loader.construct_mapping(node, deep=True))
    return Tagged(tag, loader.construct_scalar(node))  # type: ignore[arg-type]


def _represent(dumper: _Dumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value, flow_style=True)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_Loader.add_multi_constructor("!", _tagged)
_Dumper.add_representer(Tagged, _represent)


def without_languages(config: dict[str, Any], dropped: set[str], toolkit: Path) -> dict[str, Any]:
    """The course's settings without ``dropped``, its hooks and theme read from ``toolkit``."""
    config["hooks"] = [str(toolkit / hook) for hook in config.get("hooks", [])]
    theme = config.get("theme", {})
    if isinstance(theme, dict) and "custom_dir" in theme:
        theme["custom_dir"] = str(toolkit / theme["custom_dir"])
    for plugin in config.get("plugins", []):
        if not isinstance(plugin, dict):
            continue
        options = plugin.get("i18n") or {}
        if "languages" in options:
            options["languages"] = [
                lang for lang in options["languages"] if lang["locale"] not in dropped
            ]
        search = plugin.get("search") or {}
        if isinstance(search.get("lang"), list):
            search["lang"] = [lang for lang in search["lang"] if lang not in dropped]
    return config


def copy_without(target: Path, dropped: set[str], config_file: Path) -> Path:
    """A copy of the course in ``target`` without ``dropped``; its mkdocs.yml."""
    settings, _ = read_settings(load_config(config_file=str(config_file)).extra)
    root = config_file.parent
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(root / "docs", target / "docs")
    shutil.copy2(root / settings.registry, target / settings.registry)
    for path in sorted((target / "docs").rglob("*")):
        # page.es.md, handout.es.pdf: a file of a dropped language.
        if path.is_file() and len(path.suffixes) > 1 and path.suffixes[-2][1:] in dropped:
            path.unlink()
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader)
    copied = target / "mkdocs.yml"
    copied.write_text(
        yaml.dump(
            without_languages(config, dropped, root),
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
        ),
        encoding="utf-8",
    )
    return copied


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    # Everything after "--" is for pytest, e.g. "-- -n auto".
    split = given.index("--") if "--" in given else len(given)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("languages", nargs="+", help="language codes to take out, e.g. es it")
    parser.add_argument("--keep", type=Path, help="make the copy here and keep it")
    arguments = parser.parse_args(given[:split])
    with tempfile.TemporaryDirectory(prefix="course-without-") as temporary:
        target = arguments.keep or Path(temporary) / "course"
        copied = copy_without(target, set(arguments.languages), REPO / "mkdocs.yml")
        print(f"A copy without {', '.join(arguments.languages)}: {copied}", flush=True)
        command = [sys.executable, "-m", "pytest", "-m", "course", "-p", "no:cacheprovider"]
        env = {**os.environ, "OER_COURSE": str(copied), "NO_MKDOCS_2_WARNING": "1"}
        run = subprocess.run([*command, *given[split + 1 :]], cwd=REPO, env=env, check=False)
        return run.returncode


if __name__ == "__main__":
    sys.exit(main())
