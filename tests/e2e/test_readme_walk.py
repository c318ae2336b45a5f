"""The README's walk through a day of work really works: every command between the
``readme-walk`` markers is run, in order, against a new vault in a temporary folder, and
must succeed.  Only the paths change (``~/`` becomes the temporary folder, the files the
walk names are copied there from the sample case); the passphrase comes from a file given
before each command, as the README says it may."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO
from vault.cli import main as cli_main

PROGRAM = ["uv", "run", "evidence-vault"]
SAMPLE = FIXTURES / "sample_case"
LISTINGS = ("list", "search", "audit log", "redact suggest", "redact accept", "redact list")
FULL_ID = re.compile(r"\b[0-9a-f]{32}\b")


def walk_commands() -> list[list[str]]:
    """The walk's commands as argument lists (after the program name), in order."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- readme-walk:start -->(.*?)<!-- readme-walk:end -->", text, re.S)
    assert found, "README.md lost its readme-walk markers"
    block = re.search(r"```sh\n(.*?)```", found.group(1), re.S)
    assert block, "the walk is one ```sh block"
    joined = block.group(1).replace("\\\n", " ")
    commands = []
    for line in joined.splitlines():
        words = shlex.split(line, comments=True)
        if not words:
            continue
        assert words[:3] == PROGRAM, f"not a command of the program: {line}"
        commands.append(words[3:])
    return commands


def test_the_walk_is_a_day_of_work_with_codes_not_ids() -> None:
    commands = walk_commands()
    assert len(commands) >= 30
    words = " ".join(" ".join(c) for c in commands)
    for code in ("C-001", "W-001", "V-001", "S-001", "A-001"):
        assert code in words
    assert "<" not in words, "a placeholder the reader would have to fill in"
    for needed in ("person edit", "retract", "audit log", "redact suggest", "export"):
        assert needed in words


def test_every_command_of_the_readme_walk_succeeds(
    tmp_path: Path,
    passphrase_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shutil.copy(SAMPLE / "statements" / "statement_1.txt", tmp_path / "statement.txt")
    shutil.copy(SAMPLE / "media" / "photo_gps.jpg", tmp_path / "photo.jpg")
    shutil.copy(SAMPLE / "media" / "statement_scan.pdf", tmp_path / "scan.pdf")
    monkeypatch.chdir(tmp_path)
    home = f"{tmp_path}/"
    for args in walk_commands():
        argv = ["--passphrase-file", str(passphrase_file)]
        argv += [a.replace("~/", home, 1) if a.startswith("~/") else a for a in args]
        try:
            code = cli_main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        assert code == 0, f"{shlex.join(args)} -> exit {code}: {captured.err}"
        words = " ".join(args)
        if any(f" {listing} " in f" {words} " for listing in LISTINGS):
            # What the README promises of a listing: a header row, no 32-character id.
            header = captured.out.splitlines()[0]
            assert header == header.upper() and "  " in header, (words, captured.out)
            assert not FULL_ID.search(captured.out), (words, captured.out)
        if words.split(" ")[2] == "show":
            assert re.match(r"(Statement|Attachment): +[SA]-00\d\n", captured.out), captured.out
            assert not re.search(r"\d{4}-\d\d-\d\dT\d\d", captured.out), captured.out
    assert (tmp_path / "bundle").is_dir() and (tmp_path / "vault-copy-2026-11-27").is_dir()
