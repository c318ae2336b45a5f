"""The last vault used: a folder path remembered between runs, and nothing else.

It lives in one small file of the user's configuration folder
(``$XDG_CONFIG_HOME/evidence-vault/last-vault``, else ``~/.config/...``), written 0600
after a vault was unlocked.  It holds a path only, never a case title, an id or a
secret, so reading it tells no more than ``ls`` of the home folder would.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

APP_FOLDER = "evidence-vault"
LAST_VAULT_FILE = "last-vault"
MAX_PATH_CHARS = 4096


def config_dir() -> Path:
    """The user's configuration folder for this application (it may not exist yet)."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    # The XDG rules: a relative value is invalid and ignored.
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return root / APP_FOLDER


def last_vault() -> Path | None:
    """The folder of the last vault unlocked, if one was remembered and the note is sane.

    Refuses nothing: a missing, unreadable or odd note (not one absolute path on one line)
    is simply no last vault, so a damaged note never stops a command.
    """
    try:
        text = (config_dir() / LAST_VAULT_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    text = text.removesuffix("\n")
    if not text or len(text) > MAX_PATH_CHARS or "\n" in text or "\0" in text:
        return None
    path = Path(text)
    return path if path.is_absolute() else None


def remember_vault(vault_dir: Path) -> None:
    """Note ``vault_dir`` (made absolute) as the last vault used, readable by the user only.

    Best effort: a configuration folder that cannot be written (read-only home) leaves the
    note as it was and raises nothing, since the work the person asked for is done.
    """
    folder = config_dir()
    target = folder / LAST_VAULT_FILE
    partial = folder / (LAST_VAULT_FILE + ".partial")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Written beside and renamed, so a crash never leaves half a path behind.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(str(Path(vault_dir).absolute()) + "\n")
        os.chmod(partial, 0o600)  # an older file of ours may have kept looser bits
        os.replace(partial, target)
    except OSError:
        return


def forget_vault(vault_dir: Path | None = None) -> None:
    """Remove the last-vault note (the person turned remembering off), so the next start
    opens the welcome screen and nothing outside the vault names its folder.  Given
    ``vault_dir``, only a note naming that folder goes (another vault's note is that
    vault's business); without it, any note goes.

    Best effort like :func:`remember_vault`: a note that is already gone, or a folder that
    cannot be written, raises nothing.  The emptied application folder is removed too.
    """
    if vault_dir is not None:
        noted = last_vault()
        if noted is not None and noted != Path(vault_dir).absolute():
            return
    folder = config_dir()
    for name in (LAST_VAULT_FILE, LAST_VAULT_FILE + ".partial"):
        try:
            (folder / name).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            return
    with contextlib.suppress(OSError):  # not empty or not ours: left as it is
        folder.rmdir()
