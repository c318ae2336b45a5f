"""Shared fixtures: real vaults in tmp_path with the test-only cheap Argon2id."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Every test (and every subprocess it starts) uses the cheap KDF; set before any import
# of vault code reads it.
os.environ["EVIDENCE_VAULT_KDF"] = "fast"
os.environ["EVIDENCE_VAULT_TESTING"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English messages whatever the machine's locale (tests/cli/test_languages.py
# clears this to test the locale's choice).
os.environ["EVIDENCE_VAULT_LANG"] = "en"

from vault.cli import main as cli_main
from vault.core.cases import add_case
from vault.core.vault import Credential, Vault

# Files the tests make (passphrase files above all) are private, as the app makes its own
# (vault/core/process_safety.py): a secret file others can read draws a warning.
os.umask(0o077)

REPO = Path(__file__).resolve().parent.parent
# Sample data the tests read (never edit: tests copy what they change into tmp_path).
FIXTURES = REPO / "tests" / "fixtures"
PASSPHRASE = "correct horse battery staple"


@dataclass
class CliResult:
    """Exit status and the two output streams of one command."""

    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _own_config_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test (and the processes it starts) remembers its last vault in a config folder
    of its own, apart from tmp_path (which some tests list), never in the real home."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.delenv("EVIDENCE_VAULT_DIR", raising=False)
    return config


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """A fresh, unlocked vault."""
    created, _code = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with created:
        yield created


@pytest.fixture
def case_id(vault: Vault) -> str:
    return add_case(vault, "Detention facility testimonies").id


def open_vault(path: Path, passphrase: str = PASSPHRASE) -> Vault:
    """Unlock a vault with a passphrase."""
    return Vault.open(path, Credential.passphrase(passphrase))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], passphrase_file: Path, vault_dir: Path):  # type: ignore[no-untyped-def]
    """Run the CLI in-process: ``cli("case", "add", "--title", "T")``; --vault and
    --passphrase-file are filled in unless ``bare=True``."""

    def run(*args: str, bare: bool = False) -> CliResult:
        argv = (
            list(args)
            if bare
            else ["--vault", str(vault_dir), "--passphrase-file", str(passphrase_file), *args]
        )
        try:
            code = cli_main(argv)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_cli_process(
    *args: str,
    env: dict[str, str] | None = None,
    input_text: str | None = None,
    timeout: float = 120,
) -> CliResult:
    """Run ``python -m vault`` as a real process (exit codes, environment, no tty)."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "vault", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input_text,
        timeout=timeout,
        check=False,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)
