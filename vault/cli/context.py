"""What every command module of the command line shares: the context a command gets (its
parsed arguments and the one-time secret source), the shape of a command and of its
registration, and the usage error (exit status 2)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from vault.app.session import SecretOrigin, Unlock, require_vault, unlock
from vault.cli.progress import cancel_on_interrupt, progress_bar
from vault.cli.secrets import SecretSource
from vault.core.vault import Credential, Vault


class UsageError(Exception):
    """Wrong use of the command line (options that do not go together): exit status 2."""


class CommandContext:
    """What every command gets: parsed arguments and the one-time secret source."""

    def __init__(self, args: argparse.Namespace, secrets: SecretSource) -> None:
        self.args = args
        self.secrets = secrets

    @property
    def vault_dir(self) -> Path:
        """The ``--vault`` folder; a usage error when it was not given."""
        if not self.args.vault:
            raise UsageError("this command needs --vault DIR (before the command)")
        return Path(self.args.vault)

    def open_vault(self) -> Vault:
        """Unlock with the passphrase (environment, file or prompt); a folder that is not
        a vault is refused before the passphrase is asked for."""
        require_vault(self.vault_dir)
        return self.open_with(Credential.passphrase(self.secrets.passphrase()))

    def open_with(self, credential: Credential) -> Vault:
        """Unlock with ``credential`` (a recovery code or escrow identity comes from a
        file; a passphrase from where the secret source read it)."""
        origin = self.secrets.origin() if credential.kind == "passphrase" else SecretOrigin.FILE
        with cancel_on_interrupt() as cancel:  # after the prompt: Ctrl-C there still quits
            vault = unlock(
                self.vault_dir, Unlock(credential, origin), progress_bar(), cancel=cancel
            )
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
