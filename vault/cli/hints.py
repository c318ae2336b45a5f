"""The command line's words for the application layer's hints: what a person can do
next, spelled with this shell's commands and options (a window spells them as buttons)."""

from __future__ import annotations

from collections.abc import Callable

from vault.app import i18n
from vault.app.failures import Failure

Hint = Callable[[dict[str, object]], str]


def _decide(data: dict[str, object]) -> str:
    profile = data.get("profile", "PROFILE")
    statements = data.get("statements")
    one = statements[0] if isinstance(statements, list) and len(statements) == 1 else "ID"
    return (
        f" Run `redact suggest --statement {one} --profile {profile}`, then accept or reject them."
    )


def _options(data: dict[str, object]) -> str:
    """``["interview_date", "..."]`` as ``--interview-date, ...``."""
    fields = data.get("fields")
    names = fields if isinstance(fields, list) else []
    return ", ".join(n if n == "..." else "--" + str(n).replace("_", "-") for n in names)


def _review_one(data: dict[str, object]) -> str:
    attachment = data.get("attachment", "ID")
    return (
        f" Look at it with `redact preview --attachment {attachment} --profile P --out FILE` "
        "and review it with --profile P."
    )


def _review_again(data: dict[str, object]) -> str:
    attachment, profile = data.get("attachment", "ID"), data.get("profile", "P")
    return (
        f" Look at it with `redact preview --attachment {attachment} --profile {profile} "
        f"--out FILE`, then run `redact review --attachment {attachment} --profile {profile}`."
    )


_HINTS: dict[str, Hint] = {
    "review-attachments": lambda data: (
        " Look at each as it will be exported (`redact preview --attachment ID --profile "
        f"{data.get('profile', 'P')} --out FILE`) and run `redact review --attachment ID "
        f"--profile {data.get('profile', 'P')}`, or export with --skip-unreviewed to leave "
        "them out."
    ),
    "decide-redactions": _decide,
    "beyond-received-consent": lambda data: (
        " Record a new consent of the witness here (`consent set --person ID --share ...`) "
        "or export the other statements with --statement ID; nothing was exported."
    ),
    "include-media": lambda data: " (use --include-media)",
    "name-fields": lambda data: f" Give at least one of {_options(data)}.",
    "region-list": lambda data: " Several are given as --region AM,RU.",
    "relink-attachments": lambda data: (
        " To move one: `attachment relink ID --statement ID|--none`."
    ),
    "redact-code": lambda data: (
        f" To redact it: `redact span --statement ID --text {data.get('code', 'CODE')} --all "
        "--reason other`."
    ),
    "edit-incident-facility": lambda data: " To correct one: `incident edit ID --facility ...`.",
    "attach-again": lambda data: " Use --again to keep a second copy.",
    "as-received": lambda data: " Use --as-received to keep them exactly as received.",
    "link-role": lambda data: " Give it with --as.",
    "vault-folder": lambda data: " Check --vault, or create a vault with init.",
    "name-case": lambda data: " Or give the case with --case.",
    "choose-occurrence": lambda data: " Use --occurrence N for one, or --all for every one.",
    "review-one-profile": _review_one,
    "review-attachment": _review_again,
    "age-identity": lambda data: " Give it with --identity FILE.",
    "add-recipient": lambda data: " Give one with --recipient.",
    "zip-or-recipient": lambda data: " Choose either --zip or --recipient.",
    "pin-signer": lambda data: " Then use --signer FINGERPRINT or `signer trust`.",
    "signer-mismatch": lambda data: (
        " Check the fingerprint with the sender by another route and give it with "
        "--signer FINGERPRINT."
    ),
}


def hint_text(hint: str | None, data: dict[str, object] | None = None) -> str:
    """The words (with their leading space) that follow a message carrying ``hint``;
    empty for no hint or one this shell has no words for."""
    spell = _HINTS.get(hint or "")
    if spell is None:
        return ""
    # Translated as a whole sentence, options and data kept as they are.
    return " " + i18n.translate_message(spell(data or {}).strip())


def secret_origin_text(data: dict[str, object]) -> str:
    """Where a secret that opened nothing came from, in this shell's words ("from
    EVIDENCE_VAULT_PASSPHRASE", "from the file F"); empty for one typed at the prompt,
    where the person knows what they typed."""
    origin = data.get("origin")
    if origin == "environment":
        return i18n.translate("from EVIDENCE_VAULT_PASSPHRASE")
    if origin == "file":
        if data.get("file"):
            return i18n.translate("from the file {file}").format(file=data["file"])
        return i18n.translate("from a file")
    return ""


def failure_text(failure: Failure) -> str:
    """A failure's message followed by this shell's hint; a wrong secret also says where it
    came from ("Wrong passphrase (from EVIDENCE_VAULT_PASSPHRASE)."), since a stale
    variable or file is the usual culprit and the person may not think of it."""
    message = failure.message
    origin = secret_origin_text(failure.data) if failure.code == "wrong-secret" else ""
    if origin:
        # The sentence's own full stop (Armenian "։") goes after the origin.
        stem, stop = (message[:-1], message[-1]) if message[-1:] in ".։" else (message, ".")
        message = f"{stem} ({origin}){stop}"
    return message + hint_text(failure.hint, failure.data)
