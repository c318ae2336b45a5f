"""The project documents itself: every command and option of the parser is in docs/cli.md,
and nothing sends a reader to files outside the repository."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from vault.cli import build_parser

REPO = Path(__file__).resolve().parent.parent
CLI_DOC = REPO / "docs" / "cli.md"


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _commands(child, (*path, name))


def _documented_options() -> list[tuple[str, str]]:
    wanted = []
    for path, parser in _commands(build_parser()):
        for action in parser._actions:
            if action.help == argparse.SUPPRESS:
                continue
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    wanted.append((" ".join(path) or "(global)", option))
    return wanted


def test_every_command_has_a_heading_in_the_cli_reference() -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    headings = re.findall(r"^#{2,4} `([^`]+)`", text, flags=re.MULTILINE)
    missing = []
    for path, _parser in _commands(build_parser()):
        if not path:
            continue
        spelled = " ".join(path)
        if not any(
            h == spelled or h.startswith(spelled + " ") or f"/ `{spelled}" in text for h in headings
        ):
            missing.append(spelled)
    # Group commands (escrow, redact...) are documented through their subcommands.
    groups = {" ".join(p) for p, parser in _commands(build_parser()) if parser._subparsers}
    assert [m for m in missing if m not in groups] == []


def _sections(text: str) -> dict[str, str]:
    """Each heading's text (the part in backticks) and everything up to the next heading."""
    parts = re.split(r"^(#{2,4} .*)$", text, flags=re.MULTILINE)
    sections: dict[str, str] = {}
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        sections[heading] = heading + body
    return sections


def test_every_option_is_in_its_commands_section_of_the_cli_reference() -> None:
    sections = _sections(CLI_DOC.read_text(encoding="utf-8"))
    missing = []
    for command, option in _documented_options():
        if command == "(global)":
            where = [body for heading, body in sections.items() if "Conventions" in heading]
        else:
            where = [body for heading, body in sections.items() if f"`{command}" in heading]
        if not any(option in body for body in where):
            missing.append(f"{command}: {option}")
    assert missing == []


def test_nothing_points_outside_the_repository() -> None:
    outside = re.compile(r"\.\./shared|shared/(?:DESIGN|STYLE|fixtures)")
    offenders = []
    for path in REPO.rglob("*"):
        if (
            any(
                part in {".git", ".venv", "node_modules"} or part.endswith("_cache")
                for part in path.parts
            )
            or not path.is_file()
        ):
            continue
        if path.suffix not in {".md", ".py", ".toml", ".txt", ".cfg", ".sh"} and path.name != "run":
            continue
        if path == Path(__file__):
            continue
        if outside.search(path.read_text(encoding="utf-8", errors="replace")):
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_every_option_and_argument_has_help_text() -> None:
    """``--help`` tells a newcomer what each option takes; a bare ``--kind KIND`` does not."""
    bare = []
    for path, parser in _commands(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
                continue
            if not (action.help or "").strip():
                bare.append(
                    f"{' '.join(path) or '(global)'}: {action.option_strings or action.dest}"
                )
    assert bare == []


def test_help_names_the_default_of_every_option_that_has_one() -> None:
    """An option with a default says it (``default: public``), unless it is a flag."""
    silent = []
    for path, parser in _commands(build_parser()):
        for action in parser._actions:
            if action.help == argparse.SUPPRESS or action.default in (None, False, True):
                continue
            if not action.option_strings or action.dest in ("help", "version"):
                continue
            if "default" not in (action.help or "") and str(action.default) not in (
                action.help or ""
            ):
                silent.append(f"{' '.join(path)}: {action.option_strings[0]}={action.default}")
    assert silent == []
