"""A bundle's verification report in words a person reads: one line per check (what
was checked, passed or not, and the report's own sentence), and a verdict.  Shared by
the export wizard's result and the Open a bundle dialog; the report itself comes from
``vault.app.bundles``."""

from __future__ import annotations

from vault.app.bundles import SignerStatus, VerifyReport
from vault.app.i18n import translate_detail, translate_message
from vault.app.readable import shown
from vault.gui.dialogs import tr

# What each check of ``verify`` looks at, in plain words.
CHECK_LABELS = {
    "archive": "Opens safely",
    "layout": "Layout (BagIt)",
    "signature": "Signature",
    "identity": "Bundle identity",
    "files": "Files and hashes",
    "custody": "Custody chain",
    "signer": "Signer",
}
RESULT_WORDS = {"pass": "passed", "fail": "FAILED", "skipped": "not checked"}


def check_label(name: str) -> str:
    """The plain name of one check."""
    return tr(CHECK_LABELS.get(name, name))


def check_lines(report: VerifyReport) -> list[str]:
    """Each check as "Label: passed — detail"."""
    return [
        f"{check_label(check.name)}: {tr(RESULT_WORDS.get(check.result, check.result))} — "
        f"{shown(translate_detail(check.detail))}"  # a member's name from the bundle, escaped
        for check in report.checks
    ]


def verdict_text(report: VerifyReport) -> str:
    """One sentence: refused (and why), intact but not verified, or good (and by whom)."""
    failure = report.first_failure
    if failure is not None:
        return tr("Refused: {check}: {detail}").format(
            check=check_label(failure.name), detail=shown(translate_detail(failure.detail))
        )
    if not report.ok:
        return tr("Not every check could run; the bundle is not accepted.")
    if report.status is SignerStatus.TRUSTED:
        return tr("The bundle checks out, signed by {name}, a signer this vault trusts.").format(
            name=shown(translate_message(report.signer_name or ""))
        )
    if report.status is SignerStatus.PINNED:
        return tr("The bundle checks out; the signer's key matches the fingerprint given.")
    return tr(
        "The bundle is intact and signed, but the signer is not verified: compare the "
        "fingerprint with the one the sender read out to you."
    )
