"""The commands that look after the vault itself: ``init``, ``info``, ``passwd``,
``rekey``, ``recovery``, ``escrow``, ``erase``, ``check``, ``backup`` and ``audit``;
parsing and printing over ``vault/app/keys.py`` and ``vault/app/care.py``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vault.app import care, i18n, keys
from vault.app.bundles import grouped_fingerprint
from vault.app.recent import remember_vault
from vault.app.session import SecretOrigin, require_vault
from vault.cli.context import CommandContext, Register, UsageError
from vault.cli.manage import add_audit_log, cmd_audit_log
from vault.cli.output import PROG, emit_json, one_line, out, refuse, warn
from vault.cli.progress import cancel_on_interrupt, progress_bar
from vault.cli.secrets import has_terminal, prompt_new_secret, prompt_secret, read_secret_file
from vault.core.errors import InputError
from vault.core.vault import Credential

_ = i18n.translate  # an English template in the chosen language, data formatted in after


def cmd_init(ctx: CommandContext) -> int:
    vault_dir = ctx.choose_vault_dir(last_used=False)
    passphrase = ctx.secrets.new_passphrase()
    created = keys.create_vault(vault_dir, passphrase, ctx.args.operator)
    remember_vault(vault_dir)
    out(
        _("Created a new vault at {path} (operator: {operator}).").format(
            path=created.path, operator=created.operator
        )
    )
    out()
    out(
        _(
            "Recovery code (shown only now). Write it on paper and keep it apart from this\n"
            "laptop; with it you can set a new passphrase if this one is forgotten:"
        )
    )
    out()
    out(f"    {created.recovery_code}")
    out()
    fingerprint = grouped_fingerprint(created.signer_fingerprint)
    out(_("Signer fingerprint: {fingerprint}").format(fingerprint=fingerprint))
    out(_("(read it out to whoever receives your bundles; `info` shows it again)"))
    return 0


def cmd_info(ctx: CommandContext) -> int:
    with ctx.open_vault() as vault:
        info = care.vault_info(vault)  # the fingerprint once a key exists (made at init)
    if ctx.args.json:
        emit_json(info)
        return 0
    out(_("Vault:          {path}").format(path=info["path"]))
    out(_("Vault id:       {id}").format(id=info["vault_id"]))
    out(
        _("Format:         {format} (schema {schema}, key epoch {epoch})").format(
            format=info["format_version"], schema=info["schema_version"], epoch=info["key_epoch"]
        )
    )
    out(_("Operator:       {name}").format(name=info["operator"]))
    for slot in info["slots"]:
        kdf = slot.get("kdf")
        cost = f" argon2id m={kdf['m']} KiB t={kdf['t']} p={kdf['p']}" if kdf else ""
        extra = f" -> {slot['recipient']}" if "recipient" in slot else ""
        if slot.get("below_floor"):
            extra += _(" (below the cost floor: run passwd)")
        if slot.get("form") == "format-1":
            extra += _(" (kept from format 1: not split; passwd or recovery regenerate remakes it)")
        out(
            _("Key slot:       {type}{cost}{extra}").format(
                type=slot["type"], cost=cost, extra=extra
            )
        )
    counts = info["counts"]
    out(_("Cases:          {count}").format(count=counts["cases"]))
    out(_("Attachments:    {count}").format(count=counts["attachments"]))
    out(_("Custody events: {count}").format(count=counts["custody_events"]))
    if "signer_fingerprint" in info:
        fingerprint = grouped_fingerprint(info["signer_fingerprint"])
        out(_("Signer fingerprint: {fingerprint}").format(fingerprint=fingerprint))
    return 0


def _new_passphrase(ctx: CommandContext) -> str:
    if ctx.args.new_passphrase_file:
        return read_secret_file(ctx.args.new_passphrase_file, "new passphrase")
    if not has_terminal():
        raise InputError(
            "No new passphrase given: use --new-passphrase-file F, or run passwd in a "
            "terminal to type it twice; nothing was changed."
        )
    return prompt_new_secret()


def _unlock_credential(ctx: CommandContext) -> tuple[Credential, SecretOrigin, str | None]:
    """The credential ``passwd`` and ``rekey`` open the vault with: the recovery code or
    HQ's identity when asked for, else the passphrase."""
    args = ctx.args
    if sum(map(bool, (args.recovery_code_file, args.recovery_code, args.identity))) > 1:
        raise UsageError(
            "give one of --recovery-code-file, --recovery-code or --identity, not several"
        )
    require_vault(ctx.vault_dir)
    if args.recovery_code_file:
        file = args.recovery_code_file
        code = read_secret_file(file, "recovery code")
        return Credential.recovery_code(code), SecretOrigin.FILE, file
    if args.recovery_code:
        # Typed without echo: a recovery code is a secret like the passphrase.
        typed = prompt_secret(
            _("Recovery code: "),
            "recovery code",
            missing="--recovery-code asks on the terminal; elsewhere use "
            "--recovery-code-file F. Nothing was changed.",
        )
        return Credential.recovery_code(typed), SecretOrigin.PROMPT, None
    if args.identity:
        return Credential.identity_file(args.identity), SecretOrigin.FILE, args.identity
    return Credential.passphrase(ctx.secrets.passphrase()), SecretOrigin.FILE, None


def _print_new_code(code: str, why: str) -> None:
    out()
    out(_("New recovery code (shown only now; {why}):").format(why=why))
    out(f"    {code}")
    out(_("Write it on paper and keep it apart from this laptop."))


def _old_passphrase_known(ctx: CommandContext, credential: Credential) -> bool:
    """``--rekey``, or, when the old passphrase was typed to unlock, the answer at the
    terminal (unlocked with the recovery code or identity, it was forgotten: not asked)."""
    if ctx.args.rekey or not has_terminal() or credential.kind != "passphrase":
        return bool(ctx.args.rekey)
    print(
        _(
            "Could someone else know the old passphrase (seen, forced out of you, written "
            "down)? Then the vault also needs a new master key (rekey). [y/N] "
        ),
        end="",
        file=sys.stderr,
        flush=True,
    )
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def cmd_passwd(ctx: CommandContext) -> int:
    credential, origin, file = _unlock_credential(ctx)
    with ctx.open_with(credential, origin, file) as vault:
        rekey = _old_passphrase_known(ctx, credential)
        code = keys.change_passphrase(vault, lambda: _new_passphrase(ctx), rekey=rekey)
    if rekey:
        out(
            _(
                "Passphrase changed and the vault rekeyed: old key slots, backups and disk\n"
                "images no longer open what it holds now (they still open what they held)."
            )
        )
        assert code is not None
        _print_new_code(code, _("the old one no longer works"))
        return 0
    out(
        _(
            "Passphrase changed. Backups, and any old copy of the key file a disk kept, still\n"
            "open with the old one; if someone may know it, run passwd --rekey."
        )
    )
    if code:
        _print_new_code(code, _("the old one no longer works"))
    return 0


def cmd_rekey(ctx: CommandContext) -> int:
    credential, origin, file = _unlock_credential(ctx)
    with ctx.open_with(credential, origin, file) as vault:
        if credential.kind == "passphrase" and not ctx.args.new_passphrase_file:
            passphrase = credential.secret  # the same passphrase, under the new key
        else:
            passphrase = _new_passphrase(ctx)
        code = keys.rekey(vault, passphrase)
    out(
        _(
            "Rekeyed: the vault has a new master key. Old key slots, recovery codes, backups\n"
            "and disk images no longer open what it holds now (they still open what they held)."
        )
    )
    _print_new_code(code, _("the old one no longer works"))
    return 0


def cmd_recovery(ctx: CommandContext) -> int:
    with ctx.open_vault() as vault:
        code = keys.regenerate_recovery_code(vault)
    out(
        _(
            "New recovery code made; the old one no longer opens this vault. If the old code\n"
            "may have been seen together with a copy of the vault, run rekey instead."
        )
    )
    _print_new_code(code, _("the old one no longer works"))
    return 0


def cmd_escrow(ctx: CommandContext) -> int:
    with ctx.open_vault() as vault:
        if ctx.args.escrow_command == "add":
            change = keys.add_escrow(vault, ctx.args.recipient)
            if change.replaced:  # a vault keeps one escrow slot: say which one is gone
                out(
                    _(
                        "Escrow slot replaced: the holder of {recipient} can no longer "
                        "open this vault."
                    ).format(recipient=change.replaced)
                )
            else:
                out(_("Escrow slot added."))
            out(
                _(
                    "The holder of the age identity for {recipient} can open this\n"
                    "vault and set a new passphrase."
                ).format(recipient=change.recipient)
            )
        else:
            keys.remove_escrow(vault)
            out(_("Escrow slot removed."))
    return 0


def cmd_erase(ctx: CommandContext) -> int:
    keep = bool(ctx.args.keep_escrow)
    vault_dir = ctx.choose_vault_dir(last_used=False)
    if not ctx.args.yes:
        if not has_terminal():
            raise InputError(
                "erase destroys the vault's keys; confirm with --yes when not in a terminal."
            )
        fate = _("kept") if keep and keys.has_escrow_slot(vault_dir) else _("destroyed")
        print(
            _("This destroys every key slot of {path} (escrow slot: {fate}).").format(
                path=vault_dir, fate=fate
            ),
            file=sys.stderr,
        )
        print(_("Type ERASE to continue: "), end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip() != "ERASE":
            raise InputError("Not confirmed; nothing was erased.")
    for sentence in keys.erase(vault_dir, keep).sentences:
        out(i18n.translate_message(sentence))
    return 0


def cmd_check(ctx: CommandContext) -> int:
    with ctx.open_vault() as vault, cancel_on_interrupt() as cancel:
        report = care.check(vault, progress_bar(), cancel=cancel)
    if ctx.args.json:  # the problems are in the document; stderr only says it failed
        emit_json(care.check_json(report))
        if report.problems:
            _failed_checks(len(report.problems))
        return 0 if report.ok else 1
    for problem in report.problems:
        print(one_line(i18n.translate_message(problem)), file=sys.stderr)
    for leftover in report.leftovers:
        warn(
            _(
                "{path} is the hidden leftover of an interrupted export or "
                "backup; the next export or backup into that folder removes it (or remove it)"
            ).format(path=one_line(leftover))
        )
    if report.problems:
        _failed_checks(len(report.problems))
        return 1
    out(
        _(
            "Vault OK: database intact, {attachments} attachment(s) authenticated, "
            "custody log of {events} event(s) verified, state counter matches."
        ).format(attachments=report.attachments_checked, events=report.custody_rows)
    )
    return 0


def _failed_checks(count: int) -> None:
    refuse(_("the vault failed {count} check(s).").format(count=count))


def cmd_backup(ctx: CommandContext) -> int:
    with ctx.open_vault() as vault, cancel_on_interrupt() as cancel:
        report = care.backup(vault, Path(ctx.args.out), progress_bar(), cancel=cancel)
    if ctx.args.json:
        emit_json({"backup": str(ctx.args.out), **care.check_json(report)})
        return 0
    out(
        _(
            "Backup written to {path} and verified ({attachments} attachment(s), {events} "
            "custody event(s)). It opens with the same passphrase and recovery code."
        ).format(
            path=ctx.args.out,
            attachments=report.attachments_checked,
            events=report.custody_rows,
        )
    )
    return 0


def cmd_audit(ctx: CommandContext) -> int:
    if ctx.args.audit_command == "log":
        return cmd_audit_log(ctx)
    with ctx.open_vault() as vault:
        report = care.audit(vault)
    if ctx.args.json:
        emit_json(report.as_json())
        if not report.ok:
            refuse(_("the custody log failed verification."))
        return 0 if report.ok else 1
    chain, imported = report.chain, report.imported
    if not chain.ok:
        refuse(
            _("custody log broken at row {row}: {reason}.").format(
                row=chain.first_broken, reason=i18n.translate_message(chain.reason)
            )
        )
        return 1
    assert imported is not None
    for problem in imported.problems:
        print(f"{PROG}: {one_line(i18n.translate_message(problem))}.", file=sys.stderr)
    if not imported.ok:
        return 1
    out(
        _("Custody log verified: {rows} event(s), head {rows}:{head}.").format(
            rows=chain.rows, head=chain.head_hash
        )
    )
    if imported.imports:
        out(
            _(
                "Imported custody verified: {lines} line(s) kept from {imports} bundle(s) "
                "chain to the heads their imports recorded."
            ).format(lines=imported.lines, imports=imported.imports)
        )
    return 0


def _unlock_options(p: argparse.ArgumentParser, new_help: str | None = None) -> None:
    p.add_argument(
        "--new-passphrase-file",
        metavar="F",
        help=new_help or "read the new passphrase from F (default: asked twice on the terminal)",
    )
    p.add_argument("--recovery-code-file", metavar="F", help="unlock with the recovery code")
    p.add_argument(
        "--recovery-code",
        action="store_true",
        help="unlock with the recovery code, typed at the prompt (never on the command line)",
    )
    p.add_argument("--identity", metavar="F", help="unlock with HQ's age identity (escrow)")


def add_commands(command: Register) -> None:
    """Register init, info, passwd, rekey, recovery, escrow, erase, check, backup and
    audit."""
    p = command("init", cmd_init, "create a vault; prints the recovery code once")
    p.add_argument(
        "--operator",
        default="operator",
        metavar="NAME",
        help="your name or code, written into the custody log (default: operator)",
    )

    p = command("info", cmd_info, "format, key slots, counts (never secrets)")
    p.add_argument("--json", action="store_true", help="one JSON object instead of text")

    p = command("passwd", cmd_passwd, "set a new passphrase (a new passphrase slot)")
    _unlock_options(p)
    p.add_argument(
        "--rekey",
        action="store_true",
        help="the old passphrase may be known to someone else: also make a new master key "
        "and recovery code (asked on a terminal when not given)",
    )

    p = command("rekey", cmd_rekey, "a new master key, recovery code and escrow slot")
    _unlock_options(
        p,
        new_help="read a new passphrase from F (default: keep the one typed; "
        "asked twice when unlocking another way)",
    )

    p = command("recovery", cmd_recovery, "replace the recovery code")
    rec = p.add_subparsers(dest="recovery_command", metavar="regenerate", required=True)
    rec.add_parser("regenerate", help="a new recovery code; the old one stops working")

    p = command("escrow", cmd_escrow, "add or remove the organization escrow slot")
    esc = p.add_subparsers(dest="escrow_command", metavar="add|remove", required=True)
    add = esc.add_parser("add", help="encrypt the master key to HQ's age recipient")
    add.add_argument(
        "--recipient", required=True, metavar="AGE_PUBKEY", help="HQ's age public key (age1...)"
    )
    esc.add_parser("remove", help="remove the escrow slot")

    p = command("erase", cmd_erase, "destroy the key slots (crypto-shredding)")
    p.add_argument("--keep-escrow", action="store_true", help="keep HQ's escrow slot")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = command("check", cmd_check, "database, every attachment, custody chain and counter")
    p.add_argument(
        "--json", action="store_true", help="one JSON object: ok, counts checked, problems"
    )

    p = command("backup", cmd_backup, "consistent encrypted copy, verified")
    p.add_argument(
        "--out",
        "--to",
        dest="out",
        required=True,
        metavar="DIR",
        help="the new folder of the copy (must not exist; its parent must); --to is the "
        "same option",
    )
    p.add_argument("--json", action="store_true", help="one JSON object: where, ok, counts")

    p = command("audit", cmd_audit, "custody log")
    audit = p.add_subparsers(dest="audit_command", metavar="verify|log", required=True)
    verify = audit.add_parser(
        "verify",
        help="walk the chain; name the first broken row; re-check the custody lines each "
        "import kept from its bundle",
    )
    verify.add_argument(
        "--json", action="store_true", help="one JSON object: ok, the chain, imported lines"
    )
    add_audit_log(audit)
