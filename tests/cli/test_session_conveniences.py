"""Session conveniences of the command line: which vault (``--vault``, EVIDENCE_VAULT_DIR,
the last one used), global options after the command, a recovery code typed at a prompt,
``init`` asking again at once, and a wrong passphrase that says where it came from."""

from __future__ import annotations

import os
import pty
import re
import select
import stat
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, run_cli_process
from vault.app.recent import config_dir

ENV = "EVIDENCE_VAULT_PASSPHRASE"
RECOVERY = re.compile(r"[0-9A-Z]{5}(?:-[0-9A-Z]{5}){5}")


def _init(vault_dir: Path) -> str:
    made = run_cli_process("--vault", str(vault_dir), "init", env={ENV: PASSPHRASE})
    assert made.code == 0, made.err
    match = RECOVERY.search(made.out)
    assert match
    return match.group(0)


def run_in_terminal(
    args: list[str], answers: list[tuple[str, str | None]], env: dict[str, str] | None = None
) -> tuple[int, str]:
    """Run the command line on a pseudo-terminal, typing each answer once its prompt has
    appeared (None: only wait for that text); the exit status and everything the terminal
    showed."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop(ENV, None)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal, stdin, stdout, stderr
        try:
            os.execve(sys.executable, [sys.executable, "-m", "vault", *args], full_env)  # noqa: S606 - fixed argv, our own interpreter
        finally:
            os._exit(127)
    shown, typed_upto = b"", 0
    pending = list(answers)
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 30)
            if not ready:
                raise AssertionError(f"no output for 30 s; so far: {shown!r}")
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            while pending and pending[0][0].encode() in shown[typed_upto:]:
                prompt, answer = pending.pop(0)
                typed_upto = shown.index(prompt.encode(), typed_upto) + len(prompt)
                if answer is not None:
                    os.write(fd, answer.encode() + b"\n")
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


# ---- which vault ----------------------------------------------------------------------


def test_vault_from_the_environment_variable_is_used_and_said(tmp_path: Path) -> None:
    vault_dir = tmp_path / "from-env"
    _init(vault_dir)
    added = run_cli_process(
        "case", "add", "--title", "T", env={ENV: PASSPHRASE, "EVIDENCE_VAULT_DIR": str(vault_dir)}
    )
    assert added.code == 0, added.err
    assert f"using vault {vault_dir} (from EVIDENCE_VAULT_DIR)" in added.err
    assert "C-001" in added.out and "using vault" not in added.out


def test_last_vault_used_is_remembered_as_a_path_only_and_said(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _init(first)
    _init(second)
    # Unlocking the first again makes it the last used, though the second was made later.
    titled = run_cli_process(
        "--vault", str(first), "case", "add", "--title", "Secret title", env={ENV: PASSPHRASE}
    )
    assert titled.code == 0, titled.err
    assert "using vault" not in titled.err
    listed = run_cli_process("list", "cases", env={ENV: PASSPHRASE})
    assert listed.code == 0, listed.err
    assert f"using vault {first} (last used)" in listed.err
    assert "Secret title" in listed.out
    note = config_dir() / "last-vault"
    assert note.read_text(encoding="utf-8") == f"{first}\n"  # the path, nothing else
    assert stat.S_IMODE(note.stat().st_mode) == 0o600
    assert stat.S_IMODE(note.parent.stat().st_mode) == 0o700
    # --json output stays one JSON document: the note goes to stderr only.
    as_json = run_cli_process("list", "cases", "--json", env={ENV: PASSPHRASE})
    assert as_json.out.lstrip().startswith("[") and "using vault" in as_json.err


def test_a_failed_unlock_is_not_remembered(tmp_path: Path) -> None:
    good = tmp_path / "good"
    _init(good)
    other = tmp_path / "other"
    _init(other)
    run_cli_process("--vault", str(good), "info", env={ENV: PASSPHRASE})
    wrong = run_cli_process("--vault", str(other), "info", env={ENV: "not it at all"})
    assert wrong.code == 1
    info = run_cli_process("info", env={ENV: PASSPHRASE})
    assert info.code == 0 and f"using vault {good} (last used)" in info.err


def test_no_vault_anywhere_is_a_usage_error_naming_both_ways(tmp_path: Path) -> None:
    bare = run_cli_process("list", "cases", env={ENV: PASSPHRASE})
    assert bare.code == 2
    assert "usage: evidence-vault list" in bare.err
    assert "--vault DIR or EVIDENCE_VAULT_DIR" in bare.err


def test_init_and_erase_never_take_the_last_vault(tmp_path: Path) -> None:
    _init(tmp_path / "v")
    made = run_cli_process("init", env={ENV: PASSPHRASE})
    assert made.code == 2 and "needs --vault DIR" in made.err
    erased = run_cli_process("erase", "--yes")
    assert erased.code == 2 and "needs --vault DIR" in erased.err
    assert run_cli_process("info", env={ENV: PASSPHRASE}).code == 0  # keys untouched


# ---- global options after the command ------------------------------------------------


def test_global_options_after_the_command(tmp_path: Path, passphrase_file: Path) -> None:
    vault_dir = tmp_path / "v"
    _init(vault_dir)
    added = run_cli_process(
        "case", "add", "--title", "T", "--vault", str(vault_dir),
        "--passphrase-file", str(passphrase_file),
    )  # fmt: skip
    assert added.code == 0, added.err
    assert "using vault" not in added.err
    nested = run_cli_process(
        "audit", "verify", f"--vault={vault_dir}", f"--passphrase-file={passphrase_file}"
    )
    assert nested.code == 0, nested.err
    assert "Custody log verified" in nested.out
    # After the command still wins over the environment, and a usage mistake still names
    # the subcommand.
    usage = run_cli_process("case", "add", "--vault", str(vault_dir), "--bogus")
    assert usage.code == 2 and "usage: evidence-vault case add" in usage.err
    inline = run_cli_process("case", "add", "--title", "T", "--vault", str(vault_dir),
                             "--passphrase=hunter22")  # fmt: skip
    assert inline.code == 2 and "hunter22" not in inline.err and "not an option" in inline.err


# ---- where a wrong passphrase came from ----------------------------------------------


def test_wrong_passphrase_says_where_it_came_from(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    _init(vault_dir)
    from_env = run_cli_process("--vault", str(vault_dir), "info", env={ENV: "not the one"})
    assert from_env.code == 1
    assert from_env.err == "evidence-vault: Wrong passphrase (from EVIDENCE_VAULT_PASSPHRASE).\n"
    wrong_file = tmp_path / "old passphrase.txt"
    wrong_file.write_text("not the one\n", encoding="utf-8")
    from_file = run_cli_process("info", "--vault", str(vault_dir), "--passphrase-file",
                                str(wrong_file))  # fmt: skip
    assert from_file.err == f"evidence-vault: Wrong passphrase (from the file {wrong_file}).\n"
    assert "not the one" not in from_env.err + from_file.err
    code_file = tmp_path / "code.txt"
    code_file.write_text("ZZZZZ-" * 5 + "ZZZZZ\n", encoding="utf-8")
    from_code = run_cli_process("--vault", str(vault_dir), "passwd", "--recovery-code-file",
                                str(code_file))  # fmt: skip
    assert from_code.err == f"evidence-vault: Wrong recovery code (from the file {code_file}).\n"


def test_wrong_passphrase_typed_at_the_prompt_says_nothing_more(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    _init(vault_dir)
    code, shown = run_in_terminal(
        ["--vault", str(vault_dir), "info"], [("Passphrase: ", "not the one")]
    )
    assert code == 1 and "Wrong passphrase." in shown and "(from" not in shown
    assert "not the one" not in shown  # no echo


# ---- recovery code at a prompt -------------------------------------------------------


def test_passwd_with_the_recovery_code_typed_at_the_prompt(
    tmp_path: Path, passphrase_file: Path
) -> None:
    vault_dir = tmp_path / "v"
    recovery = _init(vault_dir)
    new = "a brand new passphrase"
    code, shown = run_in_terminal(
        ["--vault", str(vault_dir), "passwd", "--recovery-code"],
        [("Recovery code: ", recovery.lower()), ("New passphrase: ", new),
         ("New passphrase again: ", new)],
    )  # fmt: skip
    assert code == 0, shown
    assert "Passphrase changed." in shown
    assert recovery.lower() not in shown and new not in shown  # typed without echo
    assert run_cli_process("--vault", str(vault_dir), "info", env={ENV: new}).code == 0
    old = run_cli_process("--vault", str(vault_dir), "--passphrase-file", str(passphrase_file),
                          "info")  # fmt: skip
    assert old.code == 1


def test_recovery_code_is_never_taken_from_the_command_line(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    recovery = _init(vault_dir)
    for argv in (["--recovery-code", recovery], [f"--recovery-code={recovery}"]):
        refused = run_cli_process("--vault", str(vault_dir), "passwd", *argv)
        assert refused.code == 2 and recovery not in refused.err
        assert "typed at the prompt" in refused.err
    no_tty = run_cli_process("--vault", str(vault_dir), "passwd", "--recovery-code")
    assert no_tty.code == 1 and "--recovery-code-file F" in no_tty.err
    both = run_cli_process("--vault", str(vault_dir), "passwd", "--recovery-code",
                           "--identity", "id.txt")  # fmt: skip
    assert both.code == 2 and "usage: evidence-vault passwd" in both.err


# ---- init asks again ----------------------------------------------------------------


def test_init_on_a_terminal_asks_again_for_too_short_and_mismatched(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    good = "long enough passphrase"
    code, shown = run_in_terminal(
        ["--vault", str(vault_dir), "init"],
        [
            ("New passphrase: ", "short"),  # refused at once, no second entry asked
            ("at least 8 characters. Try again (2 of 3).", None),
            ("New passphrase: ", good),
            ("New passphrase again: ", good + " typo"),
            ("differ. Try again (3 of 3).", None),
            ("New passphrase: ", good),
            ("New passphrase again: ", good),
        ],
    )
    assert code == 0, shown
    assert shown.count("New passphrase again: ") == 2  # never after the short one
    assert "Created a new vault" in shown and RECOVERY.search(shown)
    assert run_cli_process("--vault", str(vault_dir), "info", env={ENV: good}).code == 0


def test_init_gives_up_after_three_tries_and_makes_nothing(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    code, shown = run_in_terminal(
        ["--vault", str(vault_dir), "init"],
        [
            ("New passphrase: ", "short"),
            ("Try again (2 of 3).", None),
            ("New passphrase: ", "tiny"),
            ("Try again (3 of 3).", None),
            ("New passphrase: ", "wee"),
        ],
    )
    assert code == 1, shown
    assert "Nothing was changed after 3 tries" in shown
    assert not (vault_dir / "vault.keys").exists() and not any(vault_dir.glob("*"))
