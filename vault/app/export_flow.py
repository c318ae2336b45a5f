"""Export as plan-then-write: :func:`plan` decides what goes out (and refuses early what
cannot), a shell shows it, and :func:`write` writes exactly that plan, never planning
again, so what a person confirmed is what leaves.

Loads the PDF, image and font libraries: a shell imports this module only to export.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from vault.app.readable import shown
from vault.core.progress import CancelToken, Progress, ProgressCallback
from vault.core.vault import Vault
from vault.export.bundle import (
    ExportResult,
    check_output,
    check_plan_exports_something,
    write_bundle,
)
from vault.export.plan import MEDIA_LEFT_OUT, ExportOptions, ExportPlan, plan_export
from vault.redact.profiles import check_profile

__all__ = [
    "ExportOptions",
    "ExportRequest",
    "ExportResult",
    "LeftOut",
    "PlannedExport",
    "attachments_left_out",
    "output_path",
    "plan",
    "write",
]


@dataclass(frozen=True)
class ExportRequest:
    """What the person asked for: which case, for which profile, written where and how."""

    case_id: str
    options: ExportOptions
    out: Path
    recipients: tuple[str, ...] = ()
    as_zip: bool = False


@dataclass(frozen=True)
class LeftOut:
    """An attachment the export leaves out, why (neutral words), and what the person
    could do about it (a hint for the shell to spell; None: nothing to do)."""

    attachment_id: str
    name: str
    why: str
    hint: str | None = None


def output_path(out: Path, recipients: tuple[str, ...] | list[str], as_zip: bool) -> Path:
    """Where a bundle asked to go to ``out`` is written: an encrypted bundle gets ``.age``
    and a zip ``.zip`` when the name does not already end so (any case), so the file says
    what it is to whoever receives it; a folder keeps its name."""
    suffix = ".age" if recipients else ".zip" if as_zip else ""
    if suffix and not out.name.lower().endswith(suffix):
        return out.with_name(out.name + suffix)
    return out


@dataclass
class PlannedExport:
    """A plan to show before writing: counts, what is left out and why, warnings.
    ``request.out`` is where it will be written (with the suffix :func:`output_path`
    added); ``suffix_added`` says whether that differs from what was asked."""

    request: ExportRequest
    plan: ExportPlan
    left_out: list[LeftOut] = field(default_factory=list)
    suffix_added: bool = False

    @property
    def profile(self) -> str:
        return self.plan.policy.profile

    @property
    def statements(self) -> int:
        return len(self.plan.statements)

    @property
    def attachments(self) -> int:
        return len(self.plan.attachments)

    @property
    def statements_left_out(self) -> dict[str, int]:
        """Reason -> how many statements (told to the person, never put in the bundle)."""
        return dict(self.plan.statements_left_out)

    @property
    def warnings(self) -> list[str]:
        return list(self.plan.warnings)


def _left_out(attachment_id: str, name: str, why: str) -> LeftOut:
    # The file name as shown (its invisible characters escaped): this is for eyes.
    hint = "include-media" if why == MEDIA_LEFT_OUT else None
    return LeftOut(attachment_id, shown(name), why, hint)


def plan(
    vault: Vault,
    request: ExportRequest,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
    allow_empty: bool = False,
) -> PlannedExport:
    """Decide what ``request`` exports (written to :func:`output_path` of its ``out``),
    refusing (nothing written but the vault's
    export-code key the first time) what the writer would refuse: a bad output or
    recipient, an unknown case or statement, undecided redactions, unreviewed
    attachments (unless skipped), imported statements beyond the consent they came with,
    and a plan with nothing in it (returned with ``allow_empty``, so a window can show
    who and what was left out; :func:`write` still refuses it)."""
    asked = Path(request.out).absolute()
    out = output_path(asked, request.recipients, request.as_zip)
    request = replace(request, out=out)
    # The profile as the plan reads it ("Evidence " is evidence), so the recipient rule
    # sees the profile that decides what is redacted.
    profile = check_profile(request.options.profile)
    check_output(out, list(request.recipients), request.as_zip, profile)
    made = plan_export(vault, request.case_id, request.options, progress, cancel=cancel)
    if not allow_empty:
        check_plan_exports_something(made)
    left = [_left_out(a.id, a.name, why) for a, why in made.attachments_left_out]
    return PlannedExport(request, made, left, suffix_added=out != asked)


def write(
    vault: Vault,
    planned: PlannedExport,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write, sign and log exactly ``planned`` (no second planning).  A failure or a
    cancel part-way leaves no partial output."""
    request = planned.request
    return write_bundle(
        vault,
        planned.plan,
        request.out,
        list(request.recipients),
        request.as_zip,
        progress,
        cancel=cancel,
    )


def attachments_left_out(result: ExportResult) -> list[LeftOut]:
    """The result's left-out attachments, each with its hint."""
    return [_left_out(i, name, why) for i, name, why in result.attachments_left_out]
