"""What went wrong, told once for every shell: one neutral line, a reason code, and the
data beside it (ids, field names) that a window can act on.

The words never name a command-line option: an error's ``hint`` (``"skip-unreviewed"``)
says what the person can do next, and each shell spells it its own way (the command line
in ``vault/cli/hints.py``).  Unexpected exceptions are described without their text, which
may hold case data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vault.app.i18n import translate, translate_message
from vault.core import errors
from vault.core.store import busy_error, damage_error

MAX_MESSAGE_CHARS = 1000

# Reason codes by error class, most specific first (subclasses of these share the code).
_CODES: tuple[tuple[type[errors.VaultError], str], ...] = (
    (errors.WrongPassphrase, "wrong-secret"),
    (errors.NotAVault, "not-a-vault"),
    (errors.UnsupportedFormat, "newer-format"),
    (errors.HeaderTampered, "header-tampered"),
    (errors.KdfRefused, "kdf-refused"),
    (errors.RolledBack, "rolled-back"),
    (errors.UnknownId, "unknown-id"),
    (errors.StorageError, "storage"),
    (errors.VaultBusy, "busy"),
    (errors.ConfigurationError, "configuration"),
    (errors.IntegrityError, "integrity"),
    (errors.InputError, "input"),
)


@dataclass(frozen=True)
class Failure:
    """One failure as a person should meet it.

    ``code``: a stable reason code ("wrong-secret", "unknown-id", "input", "storage",
    "damaged", "file-system", "interrupted", "internal"...).  ``message``: one sentence
    without option names (a shell that prints lines passes it through :func:`one_line`).
    ``hint``: what to do next, for the shell to spell (None: nothing to add).  ``data``:
    structured details.  ``traceback_useful``: a developer debugging this would want the
    traceback (a shell shows it only when asked to, never by default).
    """

    code: str
    message: str
    hint: str | None = None
    data: dict[str, object] = field(default_factory=dict)
    traceback_useful: bool = False


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters written as escapes, so a file
    name holding a newline cannot split a one-line message in two; a message longer than
    MAX_MESSAGE_CHARS (a huge value pasted by mistake) keeps only its two ends."""
    line = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
    if len(line) > MAX_MESSAGE_CHARS:
        half = MAX_MESSAGE_CHARS // 2
        line = f"{line[:half]}…{line[-half:]}"
    return line


def reason_code(error: errors.VaultError) -> str:
    """The reason code of a user error (its class or the nearest listed ancestor)."""
    for kind, code in _CODES:
        if isinstance(error, kind):
            return code
    return "refused"


def describe_failure(exc: BaseException) -> Failure:
    """How ``exc`` is told to a person, whatever the shell.

    Sentences are in the current language (vault.app.i18n: the window's, or the command
    line's), data put in untranslated.  A VaultError is its own sentence with its code,
    hint and data; an interruption says so; the file system's refusals name the file and
    the system's words; a damaged database page is damage, not a bug; anything else is an
    internal error named only by its type (its text may hold case data).
    """
    if isinstance(exc, errors.VaultError):
        return Failure(reason_code(exc), translate_message(str(exc)), exc.hint, dict(exc.data))
    if isinstance(exc, KeyboardInterrupt):
        return Failure("interrupted", translate("interrupted."))
    if isinstance(exc, OSError):  # the file system refused (name too long, disk full, access)
        where = f"{exc.filename}: " if exc.filename else ""
        data: dict[str, object] = {"errno": exc.errno}
        if exc.filename:
            data["file"] = str(exc.filename)
        text = f"{where}{exc.strerror or exc}."
        return Failure("file-system", text, data=data, traceback_useful=True)
    damage = damage_error(exc)
    if damage is not None:  # a damaged database page met mid-command: not a bug
        return Failure("damaged", translate_message(str(damage)))
    busy = busy_error(exc)
    if busy is not None:  # another writer held the database: try again, not a bug
        return Failure("busy", translate_message(str(busy)))
    return Failure(
        "internal",
        translate(
            "internal error ({type}); nothing was changed beyond the last completed step. "
            "Please report it."
        ).format(type=type(exc).__name__),
        data={"type": type(exc).__name__},
        traceback_useful=True,
    )
