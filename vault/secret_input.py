"""Reading secrets for the command line: once, never from argv, never echoed.

Sources, in order: ``EVIDENCE_VAULT_PASSPHRASE`` (removed from the process environment at
start-up, so no child process or environment dump sees it), ``--passphrase-file F`` (one
trailing newline stripped), or a prompt on the controlling terminal.
"""

from __future__ import annotations

import getpass
import os
import sys

from vault.core.errors import InputError

ENV_PASSPHRASE = "EVIDENCE_VAULT_PASSPHRASE"  # noqa: S105 - a variable name
MAX_SECRET_FILE_BYTES = 64 * 1024


def take_env_passphrase() -> str | None:
    """Remove the passphrase variable from the environment and return its value, if any."""
    return os.environ.pop(ENV_PASSPHRASE, None)


def read_secret_file(path: str, what: str) -> str:
    """The content of a secret file, UTF-8, with one trailing newline stripped."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_SECRET_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"Cannot read the {what} file {path}: {exc.strerror}.") from None
    if len(raw) > MAX_SECRET_FILE_BYTES:
        raise InputError(f"The {what} file {path} is far too large.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"The {what} file {path} is not UTF-8 text.") from None
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise InputError(f"The {what} file {path} is empty.")
    return text


def has_terminal() -> bool:
    """True when there is a terminal to prompt on."""
    return sys.stdin is not None and sys.stdin.isatty()


def prompt_secret(prompt: str) -> str:
    """Ask on the terminal without echo; refuse when there is no terminal."""
    if not has_terminal():
        raise InputError(
            "No passphrase given: use --passphrase-file F or EVIDENCE_VAULT_PASSPHRASE, "
            "or run the command in a terminal."
        )
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise InputError("No passphrase entered.") from None


def prompt_new_secret(what: str = "passphrase") -> str:
    """Ask twice on the terminal; refuse if the two differ."""
    first = prompt_secret(f"New {what}: ")
    second = prompt_secret(f"New {what} again: ")
    if first != second:
        raise InputError(f"The two {what}s differ; nothing was changed.")
    return first


class SecretSource:
    """The user's passphrase for this invocation, read at most once."""

    def __init__(self, env_value: str | None, passphrase_file: str | None) -> None:
        self._env_value = env_value
        self._file = passphrase_file
        self._cached: str | None = None

    def given_non_interactively(self) -> bool:
        """True when the passphrase came from the environment or a file."""
        return self._env_value is not None or self._file is not None

    def passphrase(self) -> str:
        """The current passphrase (to unlock)."""
        if self._cached is None:
            self._cached = self._read() or prompt_secret("Passphrase: ")
        return self._cached

    def new_passphrase(self) -> str:
        """A passphrase for a new vault: from the environment or file, else asked twice."""
        if self._cached is None:
            self._cached = self._read() or prompt_new_secret()
        return self._cached

    def _read(self) -> str | None:
        if self._env_value is not None:
            if not self._env_value:
                raise InputError(f"{ENV_PASSPHRASE} is set but empty.")
            return self._env_value
        if self._file is not None:
            return read_secret_file(self._file, "passphrase")
        return None
