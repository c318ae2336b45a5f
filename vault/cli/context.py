"""What every command module of the command line shares: the context a command gets (its
parsed arguments and the one-time secret source), the shape of a command and of its
registration, and the usage error (exit status 2)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from vault.app import i18n
from vault.app.recent import last_vault, remember_vault
from vault.app.session import SecretOrigin, Unlock, require_vault, unlock
from vault.cli.progress import cancel_on_interrupt, progress_bar
from vault.cli.secrets import SecretSource
from vault.core.vault import Credential, Vault

_ = i18n.translate  # an English template in the chosen language, data formatted in after

ENV_VAULT_DIR = "EVIDENCE_VAULT_DIR"


class UsageError(Exception):
    """Wrong use of the command line (options that do not go together): exit status 2."""


class CommandContext:
    """What every command gets: parsed arguments and the one-time secret source."""

    def __init__(self, args: argparse.Namespace, secrets: SecretSource) -> None:
        self.args = args
        self.secrets = secrets
        self._vault_dir: Path | None = None

    @property
    def vault_dir(self) -> Path:
        """The vault folder: ``--vault DIR``, else ``EVIDENCE_VAULT_DIR``, else the last
        vault unlocked; said on stderr when it was not given on the command line.  A usage
        error when there is none."""
        return self.choose_vault_dir(last_used=True)

    def choose_vault_dir(self, *, last_used: bool) -> Path:
        """The vault folder as :attr:`vault_dir` finds it; ``last_used=False`` for commands
        that must name their vault (``init`` makes one, ``erase`` destroys one): a folder
        remembered from another day is no answer for those."""
        if self._vault_dir is not None:
            return self._vault_dir
        if self.args.vault:
            self._vault_dir = Path(self.args.vault)
            return self._vault_dir
        chosen, why = None, ""
        if os.environ.get(ENV_VAULT_DIR):
            chosen = Path(os.environ[ENV_VAULT_DIR])
            why = _("from {variable}").format(variable=ENV_VAULT_DIR)
        elif last_used:
            chosen, why = last_vault(), _("last used")
        if chosen is None:
            where = f"--vault DIR or {ENV_VAULT_DIR}"
            raise UsageError(
                f"this command needs {where}" if not last_used else f"no vault given: use {where}"
            )
        # stderr, so a script reading stdout (or --json) gets nothing extra.
        print(_("using vault {path} ({why})").format(path=chosen, why=why), file=sys.stderr)
        self._vault_dir = chosen
        return chosen

    def open_vault(self) -> Vault:
        """Unlock with the passphrase (environment, file or prompt); a folder that is not
        a vault is refused before the passphrase is asked for."""
        require_vault(self.vault_dir)
        return self.open_with(Credential.passphrase(self.secrets.passphrase()))

    def open_with(
        self,
        credential: Credential,
        origin: SecretOrigin | None = None,
        file: str | None = None,
    ) -> Vault:
        """Unlock with ``credential``: a passphrase from where the secret source read it;
        anything else from ``origin`` (and ``file``), a file when not said.  Once it is
        open, the folder is remembered as the last vault used (its path only)."""
        if credential.kind == "passphrase":
            origin, file = self.secrets.origin(), self.secrets.file()
        how = Unlock(credential, origin or SecretOrigin.FILE, file)
        with cancel_on_interrupt() as cancel:  # after the prompt: Ctrl-C there still quits
            vault = unlock(self.vault_dir, how, progress_bar(), cancel=cancel)
        remember_vault(self.vault_dir)
        for notice in vault.notices:  # once, on stderr: stdout may be a script's --json
            print(_("note: {text}").format(text=i18n.translate_message(notice)), file=sys.stderr)
        # Imported here: ids.py needs this module's UsageError.
        from vault.cli.ids import resolve_args

        try:  # every id typed (a code, a prefix) becomes the full id of one record
            resolve_args(vault, self.args)
        except BaseException:
            vault.close()
            raise
        return vault


Command = Callable[[CommandContext], int]
Register = Callable[[str, Command, str], argparse.ArgumentParser]
