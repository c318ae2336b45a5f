"""The command line: the parser assembled from the command modules, and what a failure
looks like (one line on stderr, exit 1; a usage mistake exit 2).  Parsing and printing
only: what is done, and what a failure means, is ``vault/app``'s.

Exit status: 0 success; 1 refused or failed, with one line on stderr; 2 usage.  A user
error never prints a traceback.  Secrets never come from argv.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from vault import __version__
from vault.app import i18n
from vault.app.failures import describe_failure
from vault.cli import bundles, export, records, redact, vault_cmds
from vault.cli.context import Command, CommandContext, UsageError
from vault.cli.hints import failure_text
from vault.cli.output import PROG, one_line
from vault.cli.secrets import SecretSource, take_env_passphrase

NO_WINDOW_HERE = (
    "The desktop window starts from `evidence-vault` itself (with no command, or `gui`); "
    "everything also works from the command line below."
)


def cmd_gui(ctx: CommandContext) -> int:
    print(NO_WINDOW_HERE, file=sys.stderr)
    build_parser().print_help()
    return 0


# ---- parser --------------------------------------------------------------------------


def _remember_parsers(parser: argparse.ArgumentParser) -> None:
    """Let every (sub)command parser put itself in the parsed arguments, innermost last,
    so a usage mistake found after parsing prints the usage of the command that was run."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.set_defaults(usage_parser=child)
                _remember_parsers(child)


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar (DESIGN.md "Command line")."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Encrypted, offline evidence vault for human-rights investigators.",
        epilog="Passphrases are read from EVIDENCE_VAULT_PASSPHRASE, --passphrase-file, "
        "or the terminal; never from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--vault", metavar="DIR", help="the vault folder")
    parser.add_argument("--passphrase-file", metavar="F", help="read the passphrase from F")
    parser.add_argument("--demo", action="store_true", help="open a throwaway sample vault")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="language of messages: en, ru, hy or az (default: EVIDENCE_VAULT_LANG, the locale)",
    )
    for refused in ("--passphrase", "--password"):
        parser.add_argument(refused, nargs="?", action=RefuseSecretInArgv, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p = command("gui", cmd_gui, "open the desktop app")
    p.add_argument("--demo", action="store_true", help="a throwaway sample vault")
    # In the order --help lists them.
    vault_cmds.add_commands(command)  # init info passwd escrow erase check backup audit
    records.add_case_commands(command)  # case attach list
    bundles.add_verify_commands(command)  # signer verify
    records.add_commands(command)  # person consent statement incident facility link show search
    redact.add_commands(command)
    export.add_commands(command)
    bundles.add_import_command(command)
    _finish(parser)
    for child in _subcommand_parsers(parser):
        _accept_global_options(child)
    return parser


def _subcommand_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every parser below ``parser`` (commands, and subcommands such as ``escrow add``)."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found += [child, *_subcommand_parsers(child)]
    return found


def _accept_global_options(parser: argparse.ArgumentParser) -> None:
    """Let ``--vault`` and ``--passphrase-file`` also follow the command (``case add
    --title T --vault DIR``), as people type them.  Unset unless given there (SUPPRESS),
    so a value before the command is kept; one after it wins.  Left out of each command's
    --help, where they would repeat on every page (docs/cli.md, Conventions)."""
    parser.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument(
        "--passphrase-file", metavar="F", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )


class RefuseSecretInArgv(argparse.Action):
    """``--passphrase X``: refused without repeating X (argv shows in ps and history)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        parser.error(
            f"{option_string} is not accepted: a passphrase on the command line shows in ps "
            "and the shell history; use --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE or "
            "the terminal prompt"
        )


def _finish(parser: argparse.ArgumentParser) -> None:
    """Every (sub)command: options only as spelled (``--pass`` is not ``--passphrase-file``)
    and its help line as the description its own --help shows."""
    parser.allow_abbrev = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, child in action.choices.items():
                if child.description is None:
                    child.description = helps.get(name)
                _finish(child)


_SECRET_WORDS = ("--pass", "--pw", "--password", "--secret", "--pin", "--key", "--code")
_SECRET_OPTIONS_ALLOWED = ("--passphrase-file", "--new-passphrase-file", "--recovery-code-file")


# Options that ask for a secret at the prompt and so take no value: a word after one
# (or ``=value``) is most likely the secret itself.
_PROMPTING_FLAGS = ("--recovery-code",)


def _secret_like_option(argv: Sequence[str]) -> str | None:
    """The first option that looks like an attempt to pass a secret inline, if any."""
    for index, word in enumerate(argv):
        if word == "--":
            return None
        name = word.split("=", 1)[0].lower()
        if name in _PROMPTING_FLAGS:
            following = argv[index + 1] if index + 1 < len(argv) else "-"
            if "=" in word or not following.startswith("-"):
                return f"{name} VALUE"
            continue
        if name in _SECRET_OPTIONS_ALLOWED:
            continue
        if name.startswith(_SECRET_WORDS):
            return word.split("=", 1)[0]
    return None


def cli_language(argv: Sequence[str]) -> str:
    """The messages' language: ``--lang CODE`` (anywhere before ``--``), else
    EVIDENCE_VAULT_LANG, LANGUAGE, LC_ALL, LC_MESSAGES, LANG; English by default or for a
    language not shipped."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word.startswith("--lang="):
            return i18n.normalise(word.split("=", 1)[1]) or "en"
        if word == "--lang" and index + 1 < len(argv):
            return i18n.normalise(argv[index + 1]) or "en"
    return i18n.environment_language() or "en"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    env_passphrase = take_env_passphrase()
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(cli_language(argv))
    refused = _secret_like_option(argv)
    if refused is not None and refused.endswith(" VALUE"):
        parser.error(
            f"{refused.split()[0]} takes no value: the recovery code is typed at the prompt "
            "or read with --recovery-code-file F, never from the command line"
        )
    if refused is not None:
        # Refused before argparse, whose messages would repeat the value after it.
        parser.error(
            f"{refused} is not an option; passphrases are read from --passphrase-file F, "
            "EVIDENCE_VAULT_PASSPHRASE or the terminal, never from the command line"
        )
    _remember_parsers(parser)
    args = parser.parse_args(argv)
    if args.command is None:
        print(NO_WINDOW_HERE, file=sys.stderr)
        parser.print_help()
        return 0
    ctx = CommandContext(args, SecretSource(env_passphrase, args.passphrase_file))
    func: Callable[[CommandContext], int] = args.func
    try:
        return int(func(ctx))
    except UsageError as exc:
        # The innermost command's parser, so its usage line is the one printed.
        getattr(args, "usage_parser", parser).error(i18n.translate_message(str(exc)))
    except BrokenPipeError:
        # The reader (``| head``) stopped listening: not an error of ours or theirs.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (Exception, KeyboardInterrupt) as exc:
        # What to say is the application layer's (the window says the same); the option
        # names that tell what to do next are this shell's.
        failure = describe_failure(exc)
        if failure.traceback_useful and os.environ.get("EVIDENCE_VAULT_DEBUG") == "1":
            traceback.print_exc()
        print(f"{PROG}: {one_line(failure_text(failure))}", file=sys.stderr)
        return 1
    return 2
