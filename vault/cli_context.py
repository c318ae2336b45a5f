"""What every command module of the command line shares: the context a command gets, the
shape of a command and of its registration, and the usage error (exit status 2)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, Protocol

from vault.core.vault import Vault


class CommandContext(Protocol):
    """What a command needs from ``vault.cli.Context``."""

    args: argparse.Namespace

    def open_vault(self) -> Vault: ...


Command = Callable[[CommandContext], int]
Register = Callable[[str, Command, str], argparse.ArgumentParser]


def out(text: str = "") -> None:
    """One line of normal output on stdout."""
    print(text)


def emit_json(value: Any) -> None:
    """One JSON document on stdout."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


class UsageError(Exception):
    """Wrong use of the command line (options that do not go together): exit status 2."""
