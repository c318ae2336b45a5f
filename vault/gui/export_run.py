"""The export wizard's last two pages: the summaries a person confirms before anything
is written, and the writing itself (progress, Cancel) with the verified result.

The summary page plans through ``vault.app.export_review``; the write page writes that
very plan with ``export_flow.write`` (no second planning) and then verifies the bundle
with ``vault.app.bundles.verify``, pinned to this vault's own key.  A cancel before the
bundle takes its name leaves nothing behind (the app layer removes partial output).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from vault.app.bundles import VerifyReport, grouped_fingerprint, verify
from vault.app.export_flow import ExportOptions, ExportRequest, ExportResult, write
from vault.app.export_review import UNREVIEWED_WHY, ExportReview, review_export
from vault.app.failures import describe_failure
from vault.app.i18n import translate_message
from vault.app.jobs import Cancelled
from vault.gui.bundle_text import check_lines, verdict_text
from vault.gui.clipboard import guard
from vault.gui.dialogs import show_failure, tr
from vault.gui.theme import ErrorLabel
from vault.gui.workers import POLL_MS, Job

if TYPE_CHECKING:
    from vault.gui.export_wizard import ExportWizard


def _read_only_text(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setAccessibleName(name)
    return box


def consent_text(review: ExportReview) -> str:
    """Who stays behind and why: names are shown here and nowhere else."""
    if not review.withheld:
        return tr("Every chosen statement's witness consented to this profile.")
    lines = [
        tr(
            "Left out for want of consent (names shown only here; the bundle and the custody log "
            "hold counts only):"
        ),
    ]
    for w in review.withheld:
        lines.append(
            tr("• {name} ({code}): {why} — statements {statements}").format(
                name=w.name, code=w.code, why=w.why, statements=", ".join(w.statements)
            )
        )
    return "\n".join(lines)


def redaction_text(review: ExportReview) -> str:
    """What redaction still needs, leaves out, and removes."""
    lines: list[str] = []
    if review.pending:
        lines.append(
            tr("Stops the export: possible redactions nobody decided for this profile in:")
        )
        lines += [f"• {p.code} ({p.witness_code})" for p in review.pending]
        lines.append(
            tr("Decide them in the statement's redaction view, or leave these statements out.")
        )
        lines.append("")
    if review.unreviewed:
        lines.append(tr("Left out, not reviewed as exported for this profile:"))
        # The why beyond "not reviewed as exported" (a stale mark, another profile).
        lines += [
            f"• {left.name}{left.why.removeprefix(UNREVIEWED_WHY)}" for left in review.unreviewed
        ]
    else:
        lines.append(tr("Every attachment going out was reviewed as exported."))
    if review.other_left_out:
        lines.append(tr("Also left out:"))
        lines += [f"• {left.name}: {translate_message(left.why)}" for left in review.other_left_out]
    if review.removed:
        removed = ", ".join(f"{why}: {n}" for why, n in sorted(review.removed.items()))
        lines.append(tr("Removed from the texts: {removed}.").format(removed=removed))
    if review.planned is not None:
        lines += [f"! {warning}" for warning in review.planned.warnings]
    return "\n".join(lines)


class SummaryPage(QWizardPage):
    """Consent and redaction summaries of the plan; a tick to confirm before writing."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.review: ExportReview | None = None
        self.job: Job[ExportReview] | None = None
        self.setTitle(tr("Before writing"))
        self.setCommitPage(True)
        layout = QVBoxLayout(self)
        self.headline = QLabel(tr("Planning the export…"))
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.headline)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        consent_box = QGroupBox(tr("Consent"))
        consent_layout = QVBoxLayout(consent_box)
        self.consent = _read_only_text(tr("Consent summary"))
        consent_layout.addWidget(self.consent)
        layout.addWidget(consent_box, 1)
        redaction_box = QGroupBox(tr("Redaction"))
        redaction_layout = QVBoxLayout(redaction_box)
        self.redaction = _read_only_text(tr("Redaction summary"))
        redaction_layout.addWidget(self.redaction)
        self.leave_out = QPushButton(tr("Leave those statements out of this export"))
        self.leave_out.hide()
        redaction_layout.addWidget(self.leave_out)
        layout.addWidget(redaction_box, 1)
        self.confirmed = QCheckBox(
            tr("I have read who and what is left out and what is redacted: write exactly this.")
        )
        self.confirmed.setAccessibleName(tr("Confirm the summaries"))
        layout.addWidget(self.confirmed)
        self.confirmed.toggled.connect(lambda _: self.completeChanged.emit())
        self.leave_out.clicked.connect(self._leave_pending_out)

    def initializePage(self) -> None:
        self.review = None
        self.confirmed.setChecked(False)
        self.confirmed.setEnabled(False)
        self.error.hide()
        self.leave_out.hide()
        self.consent.clear()
        self.redaction.clear()
        self.headline.setText(tr("Planning the export…"))
        parts = self.wiz.request_parts()
        request = ExportRequest(
            case_id=parts["case_id"],
            options=ExportOptions(
                profile=parts["profile"],
                statement_ids=parts["statement_ids"],
                include_media=parts["include_media"],
                show_perpetrators=parts["show_perpetrators"],
                attachment_ids=parts["attachment_ids"],
            ),
            out=parts["out"],
            recipients=parts["recipients"],
            as_zip=parts["as_zip"],
        )
        vault = self.wiz.session.vault

        def plan(job: Job[ExportReview]) -> ExportReview:
            return review_export(vault, request, job.progress, cancel=job.cancel_token)

        self.job = self.wiz.session.run(
            self,
            plan,
            self._show,
            tr("Planning the export"),
            on_failure=self._refused,
        )
        self.completeChanged.emit()

    def _refused(self, exc: BaseException) -> None:
        failure = describe_failure(exc)
        if failure.code == "internal":
            show_failure(self, exc)
        self.headline.setText(tr("This export cannot be written as it stands."))
        self.error.setText(failure.message)
        self.error.show()

    def _show(self, review: ExportReview) -> None:
        self.review = review
        planned = review.planned
        if review.refusal:
            self.headline.setText(tr("Nothing is left to export; the summaries say why."))
        elif planned is not None:
            where = str(planned.request.out)
            self.headline.setText(
                tr(
                    "Profile {profile}: {statements} statement(s) and {attachments} "
                    "attachment(s) go to {where}."
                ).format(
                    profile=planned.profile,
                    statements=planned.statements,
                    attachments=planned.attachments,
                    where=where,
                )
            )
        else:
            self.headline.setText(tr("Something must be decided before this export."))
        if review.refusal:
            self.error.setText(review.refusal)
            self.error.show()
        self.consent.setPlainText(consent_text(review))
        self.redaction.setPlainText(redaction_text(review))
        self.leave_out.setVisible(bool(review.pending))
        self.confirmed.setEnabled(review.ready)
        self.completeChanged.emit()

    def _leave_pending_out(self) -> None:
        if self.review is None:
            return
        self.wiz.choose_page.untick({p.statement_id for p in self.review.pending})
        if self.wiz.choose_page.chosen(self.wiz.choose_page.statements):
            self.initializePage()
        else:
            self.wiz.back()
            self.wiz.back()
            self.wiz.back()

    def isComplete(self) -> bool:
        return self.review is not None and self.review.ready and self.confirmed.isChecked()


@dataclass
class Written:
    """A written bundle and, for a folder or zip, its verification."""

    result: ExportResult
    report: VerifyReport | None


class WritePage(QWizardPage):
    """Writes the confirmed plan with progress and Cancel, then shows the verified
    result and the signer fingerprint to read out."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.job: Job[Written] | None = None
        self.written: Written | None = None
        self.finished = False
        self.close_when_done = False
        self.setTitle(tr("Writing the bundle"))
        layout = QVBoxLayout(self)
        self.phase = QLabel()
        self.phase.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.phase)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Progress"))
        row.addWidget(self.bar, 1)
        self.cancel_button = QPushButton(tr("Cancel writing"))
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.fingerprint_intro = QLabel(
            tr(
                "Signed by this vault's key. Read these groups out to the recipient by "
                "another route (phone, in person), so they can check who signed it:"
            )
        )
        self.fingerprint_intro.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(tr("Signer fingerprint"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(mono)
        self.copy_button = QPushButton(tr("Copy the fingerprint"))
        for widget in (self.fingerprint_intro, self.fingerprint, self.copy_button):
            widget.hide()
            layout.addWidget(widget)
        layout.setAlignment(self.copy_button, Qt.AlignmentFlag.AlignLeft)
        self.checks = _read_only_text(tr("Verification of the written bundle"))
        self.checks.hide()
        layout.addWidget(self.checks, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button.clicked.connect(self._copy)

    def running(self) -> bool:
        """Whether the bundle is being written or verified now."""
        return self.job is not None and not self.finished

    def cancel(self) -> None:
        """Stop writing at the next safe point (nothing is left behind)."""
        if self.job is not None and not self.finished:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(tr("Cancelling…"))

    def initializePage(self) -> None:
        review = self.wiz.summary_page.review
        assert review is not None and review.planned is not None
        planned = review.planned
        vault = self.wiz.session.vault
        encrypted = bool(planned.request.recipients)

        def run(job: Job[Written]) -> Written:
            result = write(vault, planned, job.progress, cancel=job.cancel_token)
            if encrypted:  # only a recipient's identity opens it: nothing to verify here
                return Written(result, None)
            # Past the commit point: the bundle stays, whatever Cancel says now.
            report = verify(result.out, None, result.signer_fingerprint, vault, job.progress)
            return Written(result, report)

        self.finished = False
        self.cancel_button.setEnabled(True)
        self.phase.setText(tr("Starting…"))
        self.job = self.wiz.session.run(
            self,
            run,
            self._done,
            tr("Writing the bundle"),
            show_progress=False,
            on_failure=self._failed,
        )
        self.timer.start()

    def _poll(self) -> None:
        if self.job is None:
            return
        snap = self.job.progress.snapshot()
        if snap.phase:
            text = tr(snap.phase)
            self.phase.setText(f"{text}: {snap.item}" if snap.item else text)
        if snap.phase in ("Reading the bundle", "Checking"):
            self.cancel_button.setEnabled(False)  # written: verifying cannot be undone
        if snap.total is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, max(snap.total, 1))
            self.bar.setValue(min(snap.done, max(snap.total, 1)))

    def _ended(self) -> None:
        self.timer.stop()
        self.finished = True
        self.cancel_button.hide()
        self.completeChanged.emit()
        if self.close_when_done:
            self.wiz.done(0)

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(exc, Cancelled):
            self.phase.setText(tr("Cancelled"))
            self.outcome.setText(
                tr("Cancelled: no bundle was written and nothing was left behind.")
            )
            return
        failure = describe_failure(exc)
        if failure.code == "internal":
            show_failure(self, exc)
        self.phase.setText(tr("Not written"))
        self.error.setText(failure.message)
        self.error.show()

    def _done(self, written: Written) -> None:
        self.written = written
        self._ended()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        result = written.result
        lines = [
            tr("Written: {out} ({form}).").format(out=str(result.out), form=result.form),
            tr("Profile {profile}: {statements} statement(s), {attachments} attachment(s).").format(
                profile=result.profile,
                statements=result.statements,
                attachments=result.attachments,
            ),
        ]
        report = written.report
        if report is None:
            lines.append(
                tr(
                    "Encrypted for its recipients: it can be verified once opened with one of "
                    "their identities (Vault > Open a bundle…)."
                )
            )
        else:
            lines.append(verdict_text(report))
            self.checks.setPlainText("\n".join(check_lines(report)))
            self.checks.show()
        self.phase.setText(tr("Done") if report is None or report.ok else tr("Written, but…"))
        self.outcome.setText("\n".join(lines))
        self.fingerprint.setText(grouped_fingerprint(result.signer_fingerprint))
        for widget in (self.fingerprint_intro, self.fingerprint, self.copy_button):
            widget.show()

    def _copy(self) -> None:
        guard().copy(self.fingerprint.text())

    def isComplete(self) -> bool:
        return self.finished
