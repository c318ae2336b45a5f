"""The command line: a thin shell over vault.core (and later redact/export).

Exit status: 0 success; 1 refused or failed, with one line on stderr; 2 usage.  A user
error never prints a traceback.  Secrets never come from argv.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from vault import __version__, cli_export, cli_import, cli_manage, cli_records, cli_redact
from vault.cli_context import UsageError, emit_json, out
from vault.core.attachments import intake_files, list_attachments
from vault.core.backup import backup_vault
from vault.core.cases import add_case, edit_case, list_cases
from vault.core.check import check_vault
from vault.core.custody import verify_chain
from vault.core.erase import ERASE_LIMITS, erase_vault
from vault.core.errors import HeaderTampered, InputError, UnsupportedFormat, VaultError
from vault.core.header import read_header
from vault.core.keyslots import ESCROW
from vault.core.retracted import retracted_ids
from vault.core.store import damage_error
from vault.core.vault import Credential, Vault
from vault.export.import_custody import verify_imported_custody
from vault.export.signers import (
    TrustedSigner,
    grouped_fingerprint,
    list_signers,
    own_fingerprint,
    parse_fingerprint,
    read_public_key_file,
    revoke_signer,
    signers_for_verify,
    trust_signer,
)
from vault.export.verify import SignerStatus, report_lines, unpinned_warning, verify_bundle
from vault.secret_input import (
    SecretSource,
    has_terminal,
    prompt_new_secret,
    read_secret_file,
    take_env_passphrase,
)

PROG = "evidence-vault"
MAX_MESSAGE_CHARS = 1000
NO_GUI_YET = (
    "The Evidence Vault desktop window is not part of this build yet; "
    "everything works from the command line below."
)


class Context:
    """What every command gets: parsed arguments and the one-time secret source."""

    def __init__(self, args: argparse.Namespace, secrets: SecretSource) -> None:
        self.args = args
        self.secrets = secrets

    @property
    def vault_dir(self) -> Path:
        if not self.args.vault:
            raise UsageError("this command needs --vault DIR (before the command)")
        return Path(self.args.vault)

    def open_vault(self) -> Vault:
        """Unlock with the passphrase (environment, file or prompt)."""
        read_header(self.vault_dir)  # "not a vault" before asking for a passphrase
        vault = Vault.open(self.vault_dir, Credential.passphrase(self.secrets.passphrase()))
        try:  # every id typed (a code, a prefix) becomes the full id of one record
            cli_manage.resolve_args(vault, self.args)
        except BaseException:
            vault.close()
            raise
        return vault


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters written as escapes, so a file
    name holding a newline cannot split a one-line message in two; a message longer than
    MAX_MESSAGE_CHARS (a huge value pasted by mistake) keeps only its two ends."""
    line = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
    if len(line) > MAX_MESSAGE_CHARS:
        half = MAX_MESSAGE_CHARS // 2
        line = f"{line[:half]}…{line[-half:]}"
    return line


def progress_printer(label: str) -> Callable[[int, int], None] | None:
    """A percentage on stderr when it is a terminal; nothing in scripts."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 if total == 0 else done * 100 // total
        print(f"\r{label}: {percent:3d}%", end="" if done < total else "\n", file=sys.stderr)

    return show


# ---- commands ------------------------------------------------------------------------


def cmd_gui(ctx: Context) -> int:
    print(NO_GUI_YET, file=sys.stderr)
    build_parser().print_help()
    return 0


def cmd_init(ctx: Context) -> int:
    passphrase = ctx.secrets.new_passphrase()
    vault, code = Vault.create(ctx.vault_dir, passphrase, ctx.args.operator)
    with vault:
        out(f"Created a new vault at {vault.path} (operator: {vault.operator}).")
        out()
        out("Recovery code (shown only now). Write it on paper and keep it apart from this")
        out("laptop; with it you can set a new passphrase if this one is forgotten:")
        out()
        out(f"    {code}")
        out()
    return 0


def cmd_info(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        info = vault.info()
        fingerprint = own_fingerprint(vault)  # only once a key exists; info never makes one
    if fingerprint is not None:
        info["signer_fingerprint"] = fingerprint
    if ctx.args.json:
        emit_json(info)
        return 0
    out(f"Vault:          {info['path']}")
    out(f"Vault id:       {info['vault_id']}")
    out(f"Format:         {info['format_version']} (schema {info['schema_version']})")
    out(f"Operator:       {info['operator']}")
    for slot in info["slots"]:
        kdf = slot.get("kdf")
        cost = f" argon2id m={kdf['m']} KiB t={kdf['t']} p={kdf['p']}" if kdf else ""
        extra = f" -> {slot['recipient']}" if "recipient" in slot else ""
        out(f"Key slot:       {slot['type']}{cost}{extra}")
    counts = info["counts"]
    out(f"Cases:          {counts['cases']}")
    out(f"Attachments:    {counts['attachments']}")
    out(f"Custody events: {counts['custody_events']}")
    if fingerprint is not None:
        out(f"Signer key:     {grouped_fingerprint(fingerprint)}")
    return 0


def cmd_passwd(ctx: Context) -> int:
    args = ctx.args
    if args.recovery_code_file and args.identity:
        raise UsageError("give either --recovery-code-file or --identity, not both")
    read_header(ctx.vault_dir)
    if args.recovery_code_file:
        credential = Credential.recovery_code(
            read_secret_file(args.recovery_code_file, "recovery code")
        )
    elif args.identity:
        credential = Credential.identity_file(args.identity)
    else:
        credential = Credential.passphrase(ctx.secrets.passphrase())
    with Vault.open(ctx.vault_dir, credential) as vault:
        if args.new_passphrase_file:
            new = read_secret_file(args.new_passphrase_file, "new passphrase")
        elif not has_terminal():
            raise InputError(
                "No new passphrase given: use --new-passphrase-file F, or run passwd in a "
                "terminal to type it twice; nothing was changed."
            )
        else:
            new = prompt_new_secret()
        code = vault.change_passphrase(new)
    out("Passphrase changed. Backups and old copies of the header still open with the old one.")
    if code:
        out()
        out("New recovery code (shown only now; the old one no longer works):")
        out(f"    {code}")
    return 0


def cmd_escrow(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        if ctx.args.escrow_command == "add":
            previous = vault.slots_of(ESCROW)
            slot = vault.add_escrow(ctx.args.recipient)
            if previous:  # a vault keeps one escrow slot: say which one is gone
                old = previous[0].body["recipient"]
                out(f"Escrow slot replaced: the holder of {old} can no longer open this vault.")
            else:
                out("Escrow slot added.")
            out(f"The holder of the age identity for {slot.body['recipient']} can open this")
            out("vault and set a new passphrase.")
        else:
            vault.remove_escrow()
            out("Escrow slot removed.")
    return 0


def cmd_erase(ctx: Context) -> int:
    try:
        has_escrow = any(s.slot_type == ESCROW for s in read_header(ctx.vault_dir).slots)
    except (HeaderTampered, UnsupportedFormat):
        has_escrow = False  # unreadable: erase overwrites it whole
    keep = bool(ctx.args.keep_escrow)
    if not ctx.args.yes:
        if not has_terminal():
            raise InputError(
                "erase destroys the vault's keys; confirm with --yes when not in a terminal."
            )
        fate = "kept" if keep and has_escrow else "destroyed"
        print(
            f"This destroys every key slot of {ctx.vault_dir} (escrow slot: {fate}).",
            file=sys.stderr,
        )
        print("Type ERASE to continue: ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip() != "ERASE":
            raise InputError("Not confirmed; nothing was erased.")
    result = erase_vault(ctx.vault_dir, keep)
    if result.slots_destroyed < 0:
        out(
            "Erased: the header could not be read, so it was overwritten whole; nothing in "
            "the vault can be decrypted any more (no escrow slot could be kept)."
        )
    else:
        out(
            f"Erased: {result.slots_destroyed} key slot(s) destroyed; the vault can no longer "
            "be opened with a passphrase or recovery code."
        )
    if result.escrow_kept:
        out("The escrow slot was kept: HQ's age identity can still open this vault.")
    elif keep:
        out("There was no escrow slot to keep.")
    if result.open_elsewhere:
        out(
            "The vault is open in another window or program: close it now; until then its "
            "keys are in that program's memory."
        )
    out(ERASE_LIMITS)
    return 0


def cmd_check(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        report = check_vault(vault, progress_printer("Checking attachments"))
    for problem in report.problems:
        print(one_line(problem), file=sys.stderr)
    if report.problems:
        print(f"{PROG}: the vault failed {len(report.problems)} check(s).", file=sys.stderr)
        return 1
    out(
        f"Vault OK: database intact, {report.attachments_checked} attachment(s) authenticated, "
        f"custody log of {report.custody_rows} event(s) verified, header counter matches."
    )
    return 0


def cmd_backup(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        report = backup_vault(vault, Path(ctx.args.to), progress_printer("Backing up"))
    out(
        f"Backup written to {ctx.args.to} and verified ({report.attachments_checked} "
        f"attachment(s), {report.custody_rows} custody event(s)). It opens with the same "
        "passphrase and recovery code."
    )
    return 0


def cmd_audit(ctx: Context) -> int:
    if ctx.args.audit_command == "log":
        return cli_manage.cmd_audit_log(ctx)
    with ctx.open_vault() as vault:
        chain = verify_chain(vault.conn, vault.keys.custody_mac)
        # Only once the log holds: the imports' own events are what their lines are
        # checked against.
        imported = verify_imported_custody(vault) if chain.ok else None
    if not chain.ok:
        print(
            f"{PROG}: custody log broken at row {chain.first_broken}: {chain.reason}.",
            file=sys.stderr,
        )
        return 1
    assert imported is not None
    for problem in imported.problems:
        print(f"{PROG}: {one_line(problem)}.", file=sys.stderr)
    if not imported.ok:
        return 1
    out(f"Custody log verified: {chain.rows} event(s), head {chain.rows}:{chain.head_hash}.")
    if imported.imports:
        out(
            f"Imported custody verified: {imported.lines} line(s) kept from "
            f"{imported.imports} bundle(s) chain to the heads their imports recorded."
        )
    return 0


def cmd_case(ctx: Context) -> int:
    args = ctx.args
    if args.case_command == "edit" and args.title is None and args.region is None:
        raise UsageError("case edit needs --title T and/or --region CODES")
    with ctx.open_vault() as vault:
        if args.case_command == "edit":
            case = edit_case(vault, args.id, args.title, args.region)
        else:
            case = add_case(vault, args.title, args.region or [])
    out(f"{case.id}\t{case.code}")
    return 0


def cmd_attach(ctx: Context) -> int:
    paths = [Path(p) for p in ctx.args.files]
    with ctx.open_vault() as vault:
        created = intake_files(
            vault,
            ctx.args.case,
            paths,
            ctx.args.statement,
            progress_printer("Encrypting"),
            refuse_repeats=not ctx.args.again,
        )
    for attachment in created:
        out(f"{attachment.id}\t{attachment.sha256}\t{attachment.name}")
    return 0


def cmd_list(ctx: Context) -> int:
    kind = ctx.args.kind
    if kind == "cases" and ctx.args.case:
        raise UsageError("list cases takes no --case (every case is listed)")
    if kind in cli_records.LIST_KINDS:
        return cli_records.cmd_list_records(ctx)
    with ctx.open_vault() as vault:
        if kind == "cases":
            records: list[Any] = list_cases(vault, ctx.args.all)
        else:
            records = list_attachments(vault, ctx.args.case, ctx.args.all)
        came = cli_records.list_provenance(vault, kind, records)
        hidden = retracted_ids(vault) if ctx.args.all else set()

    def line(record: Any) -> str:
        if kind == "cases":
            regions = ",".join(record.regions) or "-"
            return f"{record.id}\t{record.code}\t{regions}\t{record.title}"
        return f"{record.id}\t{record.size}\t{record.sha256}\t{record.name}"

    cli_records.print_list(records, came, ctx.args.json, line, hidden)
    return 0


def cmd_signer(ctx: Context) -> int:
    args = ctx.args
    # A bad key file or fingerprint is refused before the passphrase is asked for.
    key = read_public_key_file(Path(args.file)) if args.signer_command == "trust" else None
    fingerprint = parse_fingerprint(args.fingerprint) if args.signer_command == "revoke" else ""
    with ctx.open_vault() as vault:
        if key is not None:
            signer = trust_signer(vault, key, args.name)
            out(f"Trusted {signer.name}: {grouped_fingerprint(signer.fingerprint)}")
            return 0
        if fingerprint:
            signer = revoke_signer(vault, fingerprint)
            out(f"Revoked {signer.name}: {grouped_fingerprint(signer.fingerprint)}")
            out("Bundles signed with this key are now refused by verify and import.")
            return 0
        signers = list_signers(vault)
    if args.json:
        emit_json([signer.as_json() for signer in signers])
        return 0
    if not signers:
        out("No trusted signers.")
    for signer in signers:
        state = f"revoked {signer.revoked_utc}" if signer.revoked else "trusted"
        out(f"{signer.fingerprint}\t{state}\t{signer.name}")
    return 0


def cmd_verify(ctx: Context) -> int:
    args = ctx.args
    pin = parse_fingerprint(args.signer) if args.signer else None
    trusted: list[TrustedSigner] = []
    if args.vault:
        with ctx.open_vault() as vault:
            trusted = signers_for_verify(vault)
    identity = Path(args.identity) if args.identity else None
    report = verify_bundle(Path(args.bundle), identity, pin, trusted)
    if args.json:
        emit_json(report.as_json())
    else:
        for line in report_lines(report):
            out(line)
    failure = report.first_failure
    if failure is not None:
        print(f"{PROG}: bundle refused: {failure.name}: {failure.detail}", file=sys.stderr)
        return 1
    if report.status is SignerStatus.UNPINNED:
        print(f"{PROG}: {unpinned_warning()}", file=sys.stderr)
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
    for refused in ("--passphrase", "--password"):
        parser.add_argument(refused, nargs="?", action=RefuseSecretInArgv, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, func: Callable[[Context], int], help_text: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p = command("gui", cmd_gui, "open the desktop app")
    p.add_argument("--demo", action="store_true", help="a throwaway sample vault")

    p = command("init", cmd_init, "create a vault; prints the recovery code once")
    p.add_argument(
        "--operator",
        default="operator",
        metavar="NAME",
        help="your name or code, written into the custody log",
    )

    p = command("info", cmd_info, "format, key slots, counts (never secrets)")
    p.add_argument("--json", action="store_true")

    p = command("passwd", cmd_passwd, "set a new passphrase (rewraps the passphrase slot only)")
    p.add_argument("--new-passphrase-file", metavar="F")
    p.add_argument("--recovery-code-file", metavar="F", help="unlock with the recovery code")
    p.add_argument("--identity", metavar="F", help="unlock with HQ's age identity (escrow)")

    p = command("escrow", cmd_escrow, "add or remove the organization escrow slot")
    esc = p.add_subparsers(dest="escrow_command", metavar="add|remove", required=True)
    add = esc.add_parser("add", help="encrypt the master key to HQ's age recipient")
    add.add_argument("--recipient", required=True, metavar="AGE_PUBKEY")
    esc.add_parser("remove", help="remove the escrow slot")

    p = command("erase", cmd_erase, "destroy the key slots (crypto-shredding)")
    p.add_argument("--keep-escrow", action="store_true", help="keep HQ's escrow slot")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    command("check", cmd_check, "database, every attachment, custody chain and counter")

    p = command("backup", cmd_backup, "consistent encrypted copy, verified")
    p.add_argument("--to", required=True, metavar="DIR")

    p = command("audit", cmd_audit, "custody log")
    audit = p.add_subparsers(dest="audit_command", metavar="verify|log", required=True)
    audit.add_parser(
        "verify",
        help="walk the chain; name the first broken row; re-check the custody lines each "
        "import kept from its bundle",
    )
    cli_manage.add_audit_log(audit)

    p = command("case", cmd_case, "cases")
    cases = p.add_subparsers(dest="case_command", metavar="add|edit", required=True)
    region_help = (
        "ISO 3166 code(s) of the countries whose phone formats the statements use, tried "
        "first by detection (repeatable or comma-separated: --region AM,RU)"
    )
    add = cases.add_parser("add", help="create a case; prints its id and code (C-001)")
    add.add_argument("--title", required=True)
    add.add_argument("--region", action="append", metavar="CODES", help=region_help)
    edit = cases.add_parser("edit", help="change a case's title or regions; prints its id and code")
    edit.set_defaults(id_kind="case")
    edit.add_argument("id", metavar="ID", help="code (C-001), id or id prefix")
    edit.add_argument("--title")
    edit.add_argument(
        "--region",
        action="append",
        metavar="CODES",
        help="replaces the case's regions (--region '' clears them)",
    )

    p = command("attach", cmd_attach, "take files into the vault, encrypted and hashed")
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--statement", metavar="ID")
    p.add_argument(
        "--again",
        action="store_true",
        help="take in a file whose content is already in the case (refused otherwise)",
    )
    p.add_argument("files", nargs="+", metavar="FILE")

    p = command("list", cmd_list, "list records")
    p.add_argument("kind", choices=["cases", "attachments", *cli_records.LIST_KINDS])
    p.add_argument("--case", metavar="ID")
    p.add_argument("--all", action="store_true", help="retracted records too, marked so")
    p.add_argument("--json", action="store_true")

    p = command("signer", cmd_signer, "the signers whose bundles this vault trusts")
    signer = p.add_subparsers(dest="signer_command", metavar="trust|revoke|list", required=True)
    trust = signer.add_parser("trust", help="trust a minisign public key (e.g. signer.pub)")
    trust.add_argument("file", metavar="FILE")
    trust.add_argument("--name", required=True, metavar="N", help="who the key belongs to")
    revoke = signer.add_parser("revoke", help="stop trusting a key; its bundles are refused")
    revoke.add_argument("fingerprint", metavar="FINGERPRINT")
    listing = signer.add_parser("list", help="trusted and revoked signers")
    listing.add_argument("--json", action="store_true")

    p = command("verify", cmd_verify, "check a bundle: layout, hashes, signature, custody, signer")
    p.add_argument("bundle", metavar="BUNDLE", help="a bundle folder, .zip or .age file")
    p.add_argument("--identity", metavar="F", help="age identity file for an .age bundle")
    p.add_argument("--signer", metavar="FINGERPRINT", help="the fingerprint the sender gave you")
    p.add_argument("--json", action="store_true")

    # person, consent, statement, incident, facility, link, show, search
    cli_records.add_commands(command)
    cli_redact.add_commands(command)
    cli_export.add_commands(command)
    cli_import.add_commands(command)
    _finish(parser)
    return parser


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


def _secret_like_option(argv: Sequence[str]) -> str | None:
    """The first option that looks like an attempt to pass a secret inline, if any."""
    for word in argv:
        if word == "--":
            return None
        name = word.split("=", 1)[0].lower()
        if name in _SECRET_OPTIONS_ALLOWED:
            continue
        if name.startswith(_SECRET_WORDS):
            return word.split("=", 1)[0]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    env_passphrase = take_env_passphrase()
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    refused = _secret_like_option(argv)
    if refused is not None:
        # Refused before argparse, whose messages would repeat the value after it.
        parser.error(
            f"{refused} is not an option; passphrases are read from --passphrase-file F, "
            "EVIDENCE_VAULT_PASSPHRASE or the terminal, never from the command line"
        )
    _remember_parsers(parser)
    args = parser.parse_args(argv)
    if args.command is None:
        if args.demo:
            print(NO_GUI_YET, file=sys.stderr)
        else:
            print(NO_GUI_YET, file=sys.stderr)
        parser.print_help()
        return 0
    ctx = Context(args, SecretSource(env_passphrase, args.passphrase_file))
    try:
        return int(args.func(ctx))
    except UsageError as exc:
        # The innermost command's parser, so its usage line is the one printed.
        getattr(args, "usage_parser", parser).error(str(exc))
    except VaultError as exc:
        print(f"{PROG}: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (``| head``) stopped listening: not an error of ours or theirs.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # the file system refused (name too long, disk full, no access)
        if os.environ.get("EVIDENCE_VAULT_DEBUG") == "1":
            traceback.print_exc()
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{PROG}: {one_line(f'{where}{exc.strerror or exc}')}.", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say so without case data or a traceback
        damage = damage_error(exc)
        if damage is not None:  # a damaged database page met mid-command: not a bug
            print(f"{PROG}: {one_line(str(damage))}", file=sys.stderr)
            return 1
        if os.environ.get("EVIDENCE_VAULT_DEBUG") == "1":
            traceback.print_exc()
        print(
            f"{PROG}: internal error ({type(exc).__name__}); nothing was changed "
            "beyond the last completed step. Please report it.",
            file=sys.stderr,
        )
        return 1
    return 2
