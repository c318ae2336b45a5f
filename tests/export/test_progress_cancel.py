"""Progress and cancel for export, verify, import and PDF redaction, and the export's
short write transactions: another thread can write while the first pass redacts."""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from fpdf import FPDF

from tests.progress_recorder import Recorder, listing
from vault.core.attachments import list_attachments
from vault.core.cases import add_case, list_cases
from vault.core.progress import Cancelled, Progress, ProgressSnapshot
from vault.core.vault import Vault
from vault.export.bundle import export_bundle
from vault.export.import_bundle import import_bundle
from vault.export.plan import ExportOptions
from vault.export.verify import verify_bundle
from vault.redact.pdf import PageBox, redact_pdf

from ..conftest import PASSPHRASE, open_vault
from .bundle_builders import AgeKey, age_key
from .test_import import _fingerprint, _prepare_sender

EXPORT_PHASES = ("Planning", "Preparing files", "Writing the bundle")
GOVERNMENT = ExportOptions("government")


@dataclass(frozen=True)
class Sender:
    root: Path
    vault_dir: Path
    case_id: str
    key: AgeKey
    bundle: Path  # one finished folder bundle, for verify and import


@pytest.fixture(scope="module")
def sender(tmp_path_factory: pytest.TempPathFactory) -> Sender:
    root = tmp_path_factory.mktemp("progress")
    vault, _code = Vault.create(root / "vault", PASSPHRASE, "INV-07")
    with vault:
        case_id = _prepare_sender(vault, root)
        # The one-time keys (signing, export codes) are made by a first export.
        bundle = export_bundle(vault, case_id, GOVERNMENT, root / "bundle").out
    return Sender(root, root / "vault", case_id, age_key(root), bundle)


def _vault_state(vault: Vault) -> tuple[set[str], tuple[int, str], int, int]:
    return (
        listing(vault.path, files_only=True),
        vault.custody_head(),
        len(list_attachments(vault)),
        len(list_cases(vault)),
    )


# ---- export -----------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["folder", "zip", "age"])
def test_export_reports_every_phase_to_its_end(sender: Sender, tmp_path: Path, form: str) -> None:
    recorder = Recorder()
    out = tmp_path / {"folder": "b", "zip": "b.zip", "age": "b.age"}[form]
    with open_vault(sender.vault_dir) as vault:
        export_bundle(
            vault,
            sender.case_id,
            GOVERNMENT,
            out,
            [sender.key.recipient] if form == "age" else None,
            form == "zip",
            recorder.progress,
        )
    recorder.assert_complete(*EXPORT_PHASES)
    written = recorder.of("Writing the bundle")[-1].total
    assert written is not None and written > 100_000  # the photos' bytes, not a file count
    if form == "folder":
        on_disk = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        assert written == on_disk


@pytest.mark.parametrize(
    ("form", "phase", "k"),
    [
        ("folder", "Planning", 1),
        ("folder", "Preparing files", 2),
        ("folder", "Preparing files", 5),  # among the photos and the PDF
        ("folder", "Writing the bundle", 50_000),
        ("zip", "Writing the bundle", 50_000),
        ("age", "Writing the bundle", 50_000),
    ],
)
def test_a_cancelled_export_leaves_nothing(
    sender: Sender, tmp_path: Path, form: str, phase: str, k: int
) -> None:
    out = tmp_path / {"folder": "b", "zip": "b.zip", "age": "b.age"}[form]
    recorder = Recorder(cancel_at=(phase, k))
    with open_vault(sender.vault_dir) as vault:
        export_bundle(vault, sender.case_id, GOVERNMENT, tmp_path / "warm")  # salts exist
        before_vault, before_out = _vault_state(vault), listing(tmp_path)
        with pytest.raises(Cancelled, match="nothing was changed"):
            export_bundle(
                vault,
                sender.case_id,
                GOVERNMENT,
                out,
                [sender.key.recipient] if form == "age" else None,
                form == "zip",
                recorder.progress,
                cancel=recorder.token,
            )
        assert listing(tmp_path) == before_out  # no bundle, no .partial, no spill file
        assert _vault_state(vault) == before_vault  # no export event
    last = recorder.states[-1]
    assert last.phase == phase and (last.total is None or last.done < last.total)


def test_the_export_passes_read_a_snapshot_and_never_hold_the_writer(
    sender: Sender, tmp_path: Path
) -> None:
    paused, resume = threading.Event(), threading.Event()
    open_during: dict[str, bool] = {}
    failures: list[BaseException] = []

    with open_vault(sender.vault_dir) as vault:
        # A write kept waiting by the export would fail fast (VaultBusy), not after 30 s.
        vault.write_wait = 3.0

        def hook(state: ProgressSnapshot) -> None:
            if state.phase in EXPORT_PHASES[1:]:
                open_during[state.phase] = open_during.get(state.phase, False) or bool(
                    vault.conn.in_transaction
                )
            if state.phase == "Preparing files" and state.done == 2 and not paused.is_set():
                paused.set()
                assert resume.wait(30)

        progress = Progress(hook)

        def run() -> None:
            try:
                export_bundle(vault, sender.case_id, GOVERNMENT, tmp_path / "b", None, False,
                              progress)  # fmt: skip
            except BaseException as exc:  # reported below, on the test's thread
                failures.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        try:
            assert paused.wait(60), "the export never reached its first pass"
            # The first pass is between two photos: another part of the program writes.
            added = add_case(vault, "Written while the export redacts")
        finally:
            resume.set()
            worker.join(120)
        assert not failures, failures
        # Both passes ran inside a read transaction (the snapshot), and yet the case
        # written meanwhile committed at once: no write lock was held.
        assert open_during == {"Preparing files": True, "Writing the bundle": True}
    with open_vault(sender.vault_dir) as reopened:
        assert added.id in {case.id for case in list_cases(reopened)}
    assert (tmp_path / "b" / "bagit.txt").is_file()


# ---- verify and import ----------------------------------------------------------------


def test_verify_reports_reading_and_checking(sender: Sender) -> None:
    recorder = Recorder()
    report = verify_bundle(sender.bundle, pin=_fingerprint(sender.bundle),
                           progress=recorder.progress)  # fmt: skip
    assert report.ok
    recorder.assert_complete("Reading the bundle", "Checking")
    assert recorder.of("Checking")[-1].total == 6
    assert "signature" in {s.item for s in recorder.of("Checking")}


@pytest.mark.parametrize("phase", ["Reading the bundle", "Checking"])
def test_a_cancelled_verify_raises_instead_of_failing_the_bundle(
    sender: Sender, phase: str
) -> None:
    recorder = Recorder(cancel_at=(phase, 1))
    with pytest.raises(Cancelled):
        verify_bundle(sender.bundle, None, None, None, recorder.progress, cancel=recorder.token)


def test_import_reports_verify_payload_and_write(sender: Sender, hq: Path) -> None:
    recorder = Recorder()
    with open_vault(hq) as vault:
        import_bundle(vault, sender.bundle, None, _fingerprint(sender.bundle), recorder.progress)
    recorder.assert_complete(
        "Reading the bundle", "Checking", "Taking in attachments", "Writing records"
    )


@pytest.mark.parametrize(
    ("phase", "k"), [("Reading the bundle", 1), ("Checking", 3), ("Taking in attachments", 1)]
)
def test_a_cancelled_import_leaves_no_row_event_or_blob(
    sender: Sender, hq: Path, phase: str, k: int
) -> None:
    recorder = Recorder(cancel_at=(phase, k))
    with open_vault(hq) as vault:
        before = _vault_state(vault)
        with pytest.raises(Cancelled):
            import_bundle(vault, sender.bundle, None, _fingerprint(sender.bundle),
                          recorder.progress, cancel=recorder.token)  # fmt: skip
        assert _vault_state(vault) == before
        # Nothing half-done stands in the way: the same bundle imports afterwards.
        import_bundle(vault, sender.bundle, None, _fingerprint(sender.bundle))


# ---- PDF redaction ----------------------------------------------------------------------


def _pdf(pages: int) -> bytes:
    document = FPDF(unit="pt", format=(200, 200))
    document.set_font("helvetica", size=12)
    for number in range(1, pages + 1):
        document.add_page()
        document.text(20, 40, f"Page {number}")
    buffer = io.BytesIO()
    document.output(buffer)
    return buffer.getvalue()


def test_pdf_redaction_counts_pages_and_stops_between_them() -> None:
    data = _pdf(4)
    recorder = Recorder()
    assert (
        redact_pdf(data, [PageBox(2, 10, 10, 50, 50)], progress=recorder.progress).page_count == 4
    )
    recorder.assert_complete("Redacting pages")
    assert recorder.of("Redacting pages")[-1].total == 4

    stopping = Recorder(cancel_at=("Redacting pages", 2))
    with pytest.raises(Cancelled):
        redact_pdf(data, progress=stopping.progress, cancel=stopping.token)
    assert max(s.done for s in stopping.states) == 2
