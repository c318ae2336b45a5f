"""Reading secrets for the command line: once, never from argv, never echoed.

Sources, in order: ``EVIDENCE_VAULT_PASSPHRASE`` (removed from the process environment at
start-up, so no child process or environment dump sees it), ``--passphrase-file F`` (one
trailing newline stripped), or a prompt on the controlling terminal.
"""

from __future__ import annotations

import ctypes
import getpass
import os
import stat
import sys

from vault.app import i18n
from vault.app.session import SecretOrigin
from vault.cli.output import warn
from vault.core.errors import InputError, template
from vault.core.vault import check_new_passphrase

ENV_PASSPHRASE = "EVIDENCE_VAULT_PASSPHRASE"  # noqa: S105 - a variable name
MAX_SECRET_FILE_BYTES = 64 * 1024
NEW_SECRET_TRIES = 3
NO_TERMINAL = (
    "No passphrase given: use --passphrase-file F or EVIDENCE_VAULT_PASSPHRASE, "
    "or run the command in a terminal."
)


def take_env_passphrase() -> str | None:
    """Remove the passphrase variable from the environment and return its value, if any.

    Also blanks it in the environment block the process started with, which
    /proc/<pid>/environ (and ``ps e``) keeps showing after a mere unsetenv().
    """
    value = os.environ.pop(ENV_PASSPHRASE, None)
    if value is not None:
        _scrub_initial_environment(ENV_PASSPHRASE)
    return value


def _scrub_initial_environment(name: str) -> None:
    # Linux only: the kernel reports the block's address in /proc/self/stat (env_start,
    # field 50 of proc(5)); we overwrite only bytes we have just read back as NAME=value,
    # and do nothing if anything looks unexpected.
    try:
        with open("/proc/self/environ", "rb") as handle:
            block = handle.read()
        with open("/proc/self/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        env_start = int(fields[47])  # fields after "(comm)" start at number 3
    except (OSError, IndexError, ValueError):
        return
    prefix = name.encode("ascii") + b"="
    offset = 0
    for entry in block.split(b"\0"):
        if entry.startswith(prefix) and env_start > 0:
            address = env_start + offset
            if ctypes.string_at(address, len(entry)) == entry:
                ctypes.memset(address, 0, len(entry))
        offset += len(entry) + 1


# Per secret file: (cannot read it, others may read it, too large, not UTF-8, empty), whole
# sentences so that each language words them whole.
_SECRET_FILE = {
    "passphrase": (
        template("Cannot read the passphrase file {path}: {reason}."),
        template(
            "the passphrase file {path} can be read by other users of this computer (mode "
            "{mode}); make it private: chmod 600 {path}"
        ),
        template("The passphrase file {path} is far too large."),
        template("The passphrase file {path} is not UTF-8 text."),
        template("The passphrase file {path} is empty."),
    ),
    "new passphrase": (
        template("Cannot read the new passphrase file {path}: {reason}."),
        template(
            "the new passphrase file {path} can be read by other users of this computer "
            "(mode {mode}); make it private: chmod 600 {path}"
        ),
        template("The new passphrase file {path} is far too large."),
        template("The new passphrase file {path} is not UTF-8 text."),
        template("The new passphrase file {path} is empty."),
    ),
    "recovery code": (
        template("Cannot read the recovery code file {path}: {reason}."),
        template(
            "the recovery code file {path} can be read by other users of this computer "
            "(mode {mode}); make it private: chmod 600 {path}"
        ),
        template("The recovery code file {path} is far too large."),
        template("The recovery code file {path} is not UTF-8 text."),
        template("The recovery code file {path} is empty."),
    ),
}


def read_secret_file(path: str, what: str) -> str:
    """The content of a secret file, UTF-8, with a leading byte-order mark and one trailing
    newline stripped.  A file other users of this computer may read is used, with a
    warning on stderr saying how to make it private.  ``what``: "passphrase", "new
    passphrase" or "recovery code"."""
    unreadable, readable, large, not_text, empty = _SECRET_FILE[what]
    try:
        with open(path, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            raw = handle.read(MAX_SECRET_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(unreadable.format(path=path, reason=exc.strerror)) from None
    if stat.S_ISREG(mode) and mode & 0o077:
        warn(readable.format(path=path, mode=f"{stat.S_IMODE(mode):04o}"))
    if len(raw) > MAX_SECRET_FILE_BYTES:
        raise InputError(large.format(path=path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(not_text.format(path=path)) from None
    # Some editors start UTF-8 files with a byte-order mark; kept, it would become part of
    # the passphrase, and the same words typed at the prompt would no longer open the vault.
    text = text.removeprefix("\ufeff")
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise InputError(empty.format(path=path))
    return text


def has_terminal() -> bool:
    """True when there is a terminal to prompt on."""
    return sys.stdin is not None and sys.stdin.isatty()


def prompt_secret(prompt: str, what: str = "passphrase", missing: str = NO_TERMINAL) -> str:
    """Ask on the terminal without echo; refuse with ``missing`` when there is no terminal."""
    if not has_terminal():
        raise InputError(missing)
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise InputError(f"No {what} entered.") from None


def prompt_new_secret() -> str:
    """Ask for a new passphrase on the terminal, then for it again.

    One too short (the core's own rule, ``check_new_passphrase``) is said right after the
    first entry, and two entries that differ are said at once; either way the person is
    asked again, up to NEW_SECRET_TRIES times, rather than after typing it twice for
    nothing.  Refuses (InputError, nothing changed) when every try failed.
    """
    what = "passphrase"
    problem = ""
    for attempt in range(1, NEW_SECRET_TRIES + 1):
        if problem:
            again = i18n.translate("{problem} Try again ({attempt} of {tries}).").format(
                problem=i18n.translate_message(problem), attempt=attempt, tries=NEW_SECRET_TRIES
            )
            print(again, file=sys.stderr)
        first = prompt_secret(i18n.translate("New passphrase: "), what)
        try:
            check_new_passphrase(first)
        except InputError as exc:
            problem = str(exc)
            continue
        if prompt_secret(i18n.translate("New passphrase again: "), what) == first:
            return first
        problem = f"The two {what}s differ."
    raise InputError(f"{problem} Nothing was changed after {NEW_SECRET_TRIES} tries.")


class SecretSource:
    """The user's passphrase for this invocation, read at most once."""

    def __init__(self, env_value: str | None, passphrase_file: str | None) -> None:
        self._env_value = env_value
        self._file = passphrase_file
        self._cached: str | None = None

    def given_non_interactively(self) -> bool:
        """True when the passphrase came from the environment or a file."""
        return self._env_value is not None or self._file is not None

    def origin(self) -> SecretOrigin:
        """Where the passphrase comes from (said when it does not open the vault)."""
        if self._env_value is not None:
            return SecretOrigin.ENVIRONMENT
        if self._file is not None:
            return SecretOrigin.FILE
        return SecretOrigin.PROMPT

    def file(self) -> str | None:
        """The passphrase file, when the passphrase is read from one."""
        return self._file if self._env_value is None else None

    def passphrase(self) -> str:
        """The current passphrase (to unlock)."""
        if self._cached is None:
            self._cached = self._read() or prompt_secret(i18n.translate("Passphrase: "))
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
