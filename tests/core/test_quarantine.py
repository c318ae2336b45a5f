"""A blob file without a row is never deleted at open: it waits in quarantine, ``check``
names it with how to restore it, and it returns by itself once its row is back.

Format 1 deleted such files at open as "orphans": a vault rolled back to an older copy of
its database lost the newer attachments' ciphertext for good at the next unlock.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PASSPHRASE, CliResult, open_vault
from vault.core import custody
from vault.core.attachments import intake_files, read_attachment
from vault.core.cases import add_case
from vault.core.check import check_vault
from vault.core.vault import Vault

SAVED = ("vault.db", "vault.state")  # format 2: an intake rewrites only these


def _save(vault_dir: Path, to: Path) -> None:
    to.mkdir()
    for name in SAVED:
        shutil.copy2(vault_dir / name, to / name)


def _put_back(saved: Path, vault_dir: Path) -> None:
    for name in SAVED:
        shutil.copy2(saved / name, vault_dir / name)


def _blob_files(vault_dir: Path) -> set[str]:
    return {p.name for p in (vault_dir / "blobs").glob("*/*")}


def _rolled_back_vault(tmp_path: Path) -> tuple[Path, Path, str, bytes]:
    """A vault put back to its state before an intake (old vault.db and vault.state, an
    offline rollback nothing can detect), the newer copy saved aside, the new id and the
    file's bytes."""
    vault_dir = tmp_path / "vault"
    vault, _ = Vault.create(vault_dir, PASSPHRASE, "Test Operator")
    with vault:
        case_id = add_case(vault, "Case").id
    _save(vault_dir, tmp_path / "old")
    content = b"photo of the cell door " * 5000
    source = tmp_path / "door.jpg"
    source.write_bytes(content)
    with open_vault(vault_dir) as vault:
        (attachment,) = intake_files(vault, case_id, [source])
    _save(vault_dir, tmp_path / "new")
    _put_back(tmp_path / "old", vault_dir)
    return vault_dir, tmp_path / "new", attachment.id, content


def test_open_of_a_rolled_back_vault_quarantines_the_newer_blob_instead_of_deleting_it(
    tmp_path: Path,
) -> None:
    vault_dir, newer, attachment_id, content = _rolled_back_vault(tmp_path)
    blob_name = vault_dir / "blobs" / attachment_id[:2] / attachment_id
    ciphertext = blob_name.read_bytes()

    with open_vault(vault_dir) as vault:
        report = check_vault(vault)
        logged = [e for e in custody.events(vault.conn) if e.action == "blob-quarantine"]
    kept = vault_dir / "quarantine" / attachment_id
    assert kept.read_bytes() == ciphertext  # the evidence survived the open
    assert not blob_name.exists()
    assert [e.object_id for e in logged] == [attachment_id]
    (problem,) = report.problems
    assert attachment_id in problem and "quarantine" in problem and "backup" in problem

    # The user puts back the newest vault.db and vault.state: the file returns by itself.
    _put_back(newer, vault_dir)
    with open_vault(vault_dir) as vault:
        assert b"".join(read_attachment(vault, attachment_id)) == content
        assert check_vault(vault).ok
        restored = [e for e in custody.events(vault.conn) if e.action == "blob-restore"]
    assert [e.object_id for e in restored] == [attachment_id]
    assert not (vault_dir / "quarantine" / attachment_id).exists()


def test_check_names_a_quarantined_file_and_the_way_back(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    _vault_dir, _newer, attachment_id, _content = _rolled_back_vault(tmp_path)
    result: CliResult = cli("check")
    assert result.code == 1
    assert attachment_id in result.err and "quarantine" in result.err
    assert "Traceback" not in result.err


def test_a_blob_dropped_in_from_elsewhere_is_kept_aside_not_deleted(vault: Vault) -> None:
    stranger = "ab" * 16
    folder = vault.path / "blobs" / "ab"
    folder.mkdir()
    (folder / stranger).write_bytes(b"EVIDBLOB ciphertext of unknown origin")
    vault.close()
    with open_vault(vault.path) as again:
        assert check_vault(again).problems[0].startswith(f"Encrypted file {stranger}")
    assert (vault.path / "quarantine" / stranger).exists()
    # A second file of the same id is kept beside the first, never over it.
    (folder / stranger).write_bytes(b"another one")
    with open_vault(vault.path):
        pass
    assert sorted(p.name for p in (vault.path / "quarantine").iterdir()) == [
        stranger,
        f"{stranger}.1",
    ]


def test_a_committed_blob_still_under_its_temp_name_is_read_and_named_at_open(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    # A crash between the row's commit and the rename after it.
    source = tmp_path / "statement-scan.pdf"
    source.write_bytes(b"%PDF-1.4 scanned page " * 300)
    (attachment,) = intake_files(vault, case_id, [source])
    final = vault.blobs.path_for(attachment.id)
    temp = final.with_name(f".intake-{attachment.id}")
    final.rename(temp)
    assert b"".join(read_attachment(vault, attachment.id)) == source.read_bytes()
    vault.close()
    with open_vault(vault.path) as again:
        assert final.exists() and not temp.exists()
        assert check_vault(again).ok


def test_intake_names_its_blob_only_after_the_commit_and_dates_nothing(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"x" * 10)
    (attachment,) = intake_files(vault, case_id, [source])
    assert _blob_files(vault.path) == {attachment.id}
    blob = vault.blobs.path_for(attachment.id)
    assert blob.stat().st_atime == 946684800
    for path in (blob, blob.parent, blob.parent.parent):  # a folder's atime moves as it is listed
        assert path.stat().st_mtime == 946684800, path
    b"".join(read_attachment(vault, attachment.id))
    assert blob.stat().st_atime == 946684800  # reading does not date it either
