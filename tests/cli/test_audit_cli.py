"""Audit of the command line and of secret handling: every user error is one line and exit
1 (even when a name holds a line break), prompts on a real terminal ask twice and never
echo, nothing secret reaches output, ``repr`` or exception text, and the KDF floor holds."""

from __future__ import annotations

import fcntl
import json
import os
import select
import subprocess
import sys
import termios
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli_vault import (
    NEW_PASSPHRASE,
    RECOVERY_CODE,
    Cli,
    assert_refused,
    initialized,
)
from tests.conftest import PASSPHRASE, open_vault
from tests.core.test_escrow_and_slots import make_identity
from vault.cli.secrets import ENV_PASSPHRASE
from vault.core import kdf
from vault.core.errors import ConfigurationError, VaultError, WrongPassphrase
from vault.core.header import read_slots
from vault.core.keyslots import SLOT_TYPES
from vault.core.vault import Credential, Vault
from vault.export.minisign import generate_signing_key

__all__ = ["initialized"]  # the fixture, imported for this module's tests


# ---- one line, exit 1 ----------------------------------------------------------------------


def test_every_user_error_is_one_line_and_exit_1_even_with_line_breaks_in_names(
    cli: Cli, vault_dir: Path, initialized: str, passphrase_file: Path, tmp_path: Path
) -> None:
    case_id = cli("case", "add", "--title", "Errors").out.strip()
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "mine.txt").write_text("x")
    unreadable = tmp_path / "bad\nname.txt"
    run = ("--vault", str(vault_dir), "--passphrase-file", str(passphrase_file))
    attempts: list[tuple[tuple[str, ...], str]] = [
        (("attach", "--case", case_id, str(unreadable)), "no such file"),
        (("attach", "--case", "no-such-case", str(passphrase_file)), "No case with id"),
        (("case", "add", "--title", "   "), "empty"),
        (("list", "attachments", "--case", "nope\nnope"), "No case with id"),
        (("backup", "--to", str(occupied)), "not empty"),
        (("backup", "--to", str(vault_dir / "inside")), "inside the vault"),
        (("escrow", "add", "--recipient", "age1notakey"), "age1"),
        (("escrow", "remove"), "no escrow slot"),
    ]
    for args, words in attempts:
        result = cli(*run, *args, bare=True)
        assert_refused(result, words)
        assert "\\n" in result.err or "\n" not in " ".join(args), result.err
    elsewhere = [
        (("--vault", str(tmp_path / "not\nthere"), "info"), "not\\nthere"),
        (("--vault", str(occupied), "check"), "not an Evidence Vault"),
        (("--vault", str(occupied), "erase", "--yes"), "not an Evidence Vault"),
        (("--vault", str(passphrase_file), "audit", "verify"), "not a folder"),
        (("--vault", str(vault_dir), "--passphrase-file", str(tmp_path / "none"), "info"), "read"),
    ]
    for args, words in elsewhere:
        assert_refused(cli(*args, bare=True), words)
    # A title typed over two lines is kept as one line, so listings stay one case a line.
    assert cli("case", "add", "--title", "first line\nsecond line").code == 0
    assert cli("list", "cases").out.splitlines()[-1].endswith("  first line second line")
    assert cli("check").code == 0


def test_check_names_a_damaged_attachment_on_one_line_whatever_its_name(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    case_id = cli("case", "add", "--title", "Names").out.strip()
    hostile = tmp_path / "photo\nevidence-vault: Vault OK.jpg"
    hostile.write_bytes(b"jpeg bytes")
    attached = cli("attach", "--case", case_id, "--as-received", str(hostile))
    assert attached.code == 0, attached.err
    listed = json.loads(cli("list", "attachments", "--json").out)
    assert "\n" not in listed[0]["name"]  # recorded on one line (the break as an escape)
    attachment_id = listed[0]["id"]
    blob = vault_dir / "blobs" / attachment_id[:2] / attachment_id
    original = blob.read_bytes()
    blob.write_bytes(original[:-1])
    result = cli("check")
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 2, lines  # the problem, then the summary
    assert attachment_id in lines[0] and "photo\\x0aevidence" in lines[0]
    assert lines[1] == "evidence-vault: the vault failed 1 check(s)."
    blob.write_bytes(original)
    assert cli("check").code == 0


# ---- the passphrase --------------------------------------------------------------------------


def test_there_is_no_passphrase_argument(cli: Cli, vault_dir: Path, initialized: str) -> None:
    result = cli("--vault", str(vault_dir), "--passphrase", PASSPHRASE, "info", bare=True)
    assert result.code == 2, result
    assert PASSPHRASE not in result.out + result.err
    # Nor an abbreviation of a file option: "--pass SECRET" was taken as --passphrase-file
    # and the secret repeated as a file name that could not be read.
    for args in (
        ("--pass", PASSPHRASE, "info"),
        ("info", "--passphrase", PASSPHRASE),
        ("passwd", "--new", PASSPHRASE),
    ):
        result = cli("--vault", str(vault_dir), *args, bare=True)
        assert result.code == 2, result
        assert "Cannot read" not in result.err


def test_an_empty_environment_passphrase_is_refused_and_still_removed(
    cli: Cli, vault_dir: Path, initialized: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, "")
    assert_refused(cli("--vault", str(vault_dir), "info", bare=True), "set but empty")
    assert ENV_PASSPHRASE not in os.environ


def test_the_environment_passphrase_wins_over_a_terminal_and_is_read_once(
    cli: Cli, vault_dir: Path, initialized: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    # backup opens the vault and then its copy: one passphrase read serves both.
    result = cli(
        "--vault", str(vault_dir), "backup", "--to", str(vault_dir.parent / "c"), bare=True
    )
    assert result.code == 0, result.err
    assert ENV_PASSPHRASE not in os.environ


def test_a_passphrase_typed_decomposed_opens_a_vault_made_with_it_composed(
    vault_dir: Path,
) -> None:
    composed = "Ĉe la ŝtupoj de la karcero, ĝis hejmo"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    created, _code = Vault.create(vault_dir, composed, "Test Operator")
    created.close()
    with open_vault(vault_dir, decomposed) as reopened:
        assert reopened.vault_id


def test_a_passphrase_file_saved_with_a_byte_order_mark_holds_the_same_passphrase(
    cli: Cli, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Saved by an editor that starts UTF-8 with a BOM and ends lines with CR LF: the vault
    # must still open with the same words typed (here: given in the environment).
    bom_file = tmp_path / "passphrase-bom.txt"
    bom_file.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    made = cli("--vault", str(vault_dir), "--passphrase-file", str(bom_file), "init", bare=True)
    assert made.code == 0, made.err
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    opened = cli("--vault", str(vault_dir), "info", bare=True)
    assert opened.code == 0, opened.err


# ---- what info shows ---------------------------------------------------------------------------


def _keys_anywhere(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys_anywhere(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys_anywhere(v)}
    return set()


def test_info_json_shows_costs_and_recipient_but_no_slot_internals(
    cli: Cli, vault_dir: Path, initialized: str, tmp_path: Path
) -> None:
    recipient = make_identity(tmp_path / "hq.txt")
    assert cli("escrow", "add", "--recipient", recipient).code == 0
    result = cli("info", "--json")
    assert result.code == 0, result.err
    info = json.loads(result.out)
    assert set(info) >= {
        "format_version",
        "schema_version",
        "vault_id",
        "kdf_mode",
        "slots",
        "operator",
        "counts",
    }
    assert sorted(slot["type"] for slot in info["slots"]) == ["escrow", "passphrase", "recovery"]
    assert not _keys_anywhere(info) & {"salt", "nonce", "wrapped", "age", "mac", "master_key"}
    hidden = []
    for slot_type in SLOT_TYPES:
        slot = read_slots(vault_dir).current().slot(slot_type)
        hidden += [slot.sealed[:16].hex(), slot.nonce.hex(), slot.salt.hex()]
        hidden += [slot.age[-16:].hex()] if slot.age else []
    for value in hidden:
        assert value not in result.out
    escrow = next(s for s in info["slots"] if s["type"] == "escrow")
    assert escrow["recipient"] == recipient  # a public key: HQ's, shown so it can be checked


# ---- secrets in repr and exception text ---------------------------------------------------------


def _chain(error: BaseException) -> str:
    texts = []
    seen: BaseException | None = error
    while seen is not None:
        texts.append(f"{seen!r} {seen}")
        seen = seen.__cause__ or seen.__context__
    return " ".join(texts)


def test_no_secret_in_repr_or_in_any_exception_of_a_failed_unlock(
    vault_dir: Path, tmp_path: Path
) -> None:
    created, code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with created as vault:
        keys = vault.keys
        secrets_ = [PASSPHRASE, code, code.replace("-", "")]
        secrets_ += [k.hex() for k in (keys.master, keys.database, keys.header_mac)]
        secrets_ += [keys.attachment_wrap.hex(), keys.custody_mac.hex()]
        shown = [
            repr(keys),
            str(keys),
            repr(Credential.passphrase(PASSPHRASE)),
            repr(Credential.recovery_code(code)),
            repr(vault.state),
            repr(vault.bank),
            repr(vault.live_slots()),
        ]
    signing = generate_signing_key()
    shown.append(repr(signing))
    secrets_.append(signing.secret_bytes().hex())

    failures: list[BaseException] = []
    attempts = [
        Credential.passphrase(PASSPHRASE + "!"),
        Credential.recovery_code(code[:-1] + ("0" if code[-1] != "0" else "1")),
        Credential.recovery_code(f"my code is {PASSPHRASE}"),
    ]
    for credential in attempts:
        with pytest.raises(WrongPassphrase) as caught:
            Vault.open(vault_dir, credential)
        failures.append(caught.value)
    no_identity = tmp_path / "not-an-identity.txt"
    no_identity.write_text(PASSPHRASE)
    with pytest.raises(VaultError) as caught_identity:
        Vault.open(vault_dir, Credential.identity_file(str(no_identity)))
    failures.append(caught_identity.value)
    shown += [_chain(error) for error in failures]

    for text in shown:
        for secret in secrets_:
            assert secret.lower() not in text.lower(), text


# ---- the KDF floor and the test-only switch --------------------------------------------------


def test_calibration_never_goes_below_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVIDENCE_VAULT_KDF")
    params = kdf.calibrate_passphrase_params(target_seconds=0.0)  # "as cheap as allowed"
    assert (params.memory_kib, params.time_cost, params.lanes) == (64 * 1024, 3, 4)
    assert len(params.salt) == 16


def test_an_unknown_kdf_setting_is_refused_at_init(
    cli: Cli, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVIDENCE_VAULT_KDF", "weak")
    assert_refused(cli("init"), "EVIDENCE_VAULT_KDF", "not a known setting")
    assert not vault_dir.exists()
    with pytest.raises(ConfigurationError):
        kdf.fast_kdf_requested()


# ---- prompts on a real terminal ---------------------------------------------------------------


def on_terminal(
    args: list[str], answers: list[tuple[str, str]], timeout: float = 60
) -> tuple[int, str]:
    """Run ``python -m vault ARGS`` with a pseudo-terminal as its controlling terminal;
    answer each prompt (text expected, line typed); return exit status and everything the
    terminal showed."""
    master, slave = os.openpty()

    def controlling_terminal() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = {k: v for k, v in os.environ.items() if k != ENV_PASSPHRASE}
    proc = subprocess.Popen(
        [sys.executable, "-m", "vault", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=controlling_terminal,
        env=env,
    )
    os.close(slave)
    shown = b""
    pending = list(answers)
    try:
        while True:
            ready, _, _ = select.select([master], [], [], timeout)
            if not ready:
                raise AssertionError(f"no output for {timeout} s; so far: {shown!r}")
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            shown += data
            if pending and pending[0][0].encode() in shown.split(b"\n")[-1]:
                os.write(master, pending.pop(0)[1].encode() + b"\n")
                shown += b"\n"
    finally:
        os.close(master)
    return proc.wait(timeout=timeout), shown.decode(errors="replace")


def test_init_and_passwd_ask_twice_on_a_terminal_without_echo(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    code, shown = on_terminal(
        ["--vault", str(vault_dir), "init"],
        [("New passphrase:", PASSPHRASE), ("New passphrase again:", PASSPHRASE)],
    )
    assert code == 0, shown
    assert RECOVERY_CODE.search(shown)
    assert PASSPHRASE not in shown  # typed with echo off
    with open_vault(vault_dir):
        pass

    code, shown = on_terminal(
        ["--vault", str(vault_dir), "passwd"],
        [
            ("Passphrase:", PASSPHRASE),
            ("know the old passphrase", "n"),  # passwd offers a rekey on a terminal
            ("New passphrase:", NEW_PASSPHRASE),
            ("New passphrase again:", NEW_PASSPHRASE),
        ],
    )
    assert code == 0, shown
    assert NEW_PASSPHRASE not in shown and PASSPHRASE not in shown
    with open_vault(vault_dir, NEW_PASSPHRASE):
        pass

    before = (vault_dir / "vault.keys").read_bytes()
    code, shown = on_terminal(
        ["--vault", str(vault_dir), "passwd"],
        [
            ("Passphrase:", NEW_PASSPHRASE),
            ("know the old passphrase", "n"),
            # Two entries that differ are asked for again, up to three tries.
            *[("New passphrase:", "one new passphrase"),
              ("New passphrase again:", "another new passphrase")] * 3,
        ],
    )  # fmt: skip
    assert code == 1 and "differ" in shown and "Traceback" not in shown
    assert (vault_dir / "vault.keys").read_bytes() == before


def test_init_with_two_different_answers_leaves_nothing(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    code, shown = on_terminal(
        ["--vault", str(vault_dir), "init"],
        [("New passphrase:", PASSPHRASE), ("New passphrase again:", PASSPHRASE + "x")] * 3,
    )
    assert code == 1 and "differ" in shown and "after 3 tries" in shown
    assert not vault_dir.exists()


def test_erase_on_a_terminal_needs_the_word_erase(
    cli: Cli, vault_dir: Path, initialized: str
) -> None:
    before = (vault_dir / "vault.keys").read_bytes()
    code, shown = on_terminal(["--vault", str(vault_dir), "erase"], [("Type ERASE", "erase")])
    assert code == 1 and "Not confirmed" in shown
    assert (vault_dir / "vault.keys").read_bytes() == before
    code, shown = on_terminal(["--vault", str(vault_dir), "erase"], [("Type ERASE", "ERASE")])
    assert code == 0, shown
    assert (vault_dir / "vault.keys").read_bytes() != before
