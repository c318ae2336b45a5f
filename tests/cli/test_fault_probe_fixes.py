"""Smaller findings of the fault probe, as a user meets them on the command line: an
unknown record type is a usage error, a symbolic link given as a file is named with the
file it led to, and leftovers of killed exports and backups are reported and removed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from PIL import Image

from vault.core.fsutil import Partial, remove_stale_partials, stale_partials


def _case(cli: Any) -> str:
    assert cli("init").code == 0
    result = cli("case", "add", "--title", "Probe")
    assert result.code == 0, result.err
    return str(result.out.split()[0])


def test_an_unknown_record_type_is_a_usage_error_with_the_commands_usage(
    cli: Any, vault_dir: Path
) -> None:
    _case(cli)
    for argv in (("show", "bogus", "X"), ("retract", "bogus", "X", "--reason", "r")):
        result = cli(*argv)
        assert result.code == 2, result
        assert f"usage: evidence-vault {argv[0]}" in result.err
        assert "unknown record type 'bogus'" in result.err and "person" in result.err


def test_a_symbolic_link_given_as_a_file_is_named_with_the_file_it_led_to(
    cli: Any, tmp_path: Path
) -> None:
    case = _case(cli)
    real = tmp_path / "elsewhere" / "photo.png"
    real.parent.mkdir()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(real)
    link = tmp_path / "link.png"
    link.symlink_to(real)
    result = cli("attach", "--case", case, str(link))
    assert result.code == 0, result.err
    assert f"{link} (a symbolic link: the file taken in is {real})" in result.err


def test_leftovers_of_killed_exports_are_removed_by_the_next_run_but_not_a_live_one(
    tmp_path: Path,
) -> None:
    killed = Partial(tmp_path / "old.zip", folder=False)
    os.write(killed.fd, b"PK half a bundle")
    killed.close()  # the process died: its lock went with it
    live = Partial(tmp_path / "live.zip", folder=False)
    stranger = tmp_path / ".notes.partial"
    stranger.write_text("someone else's")
    stranger.chmod(0o644)
    private = tmp_path / ".draft.partial"  # private, but no zip or age file of ours
    private.write_text("another program's draft")
    private.chmod(0o600)
    assert stale_partials(tmp_path) == [tmp_path / ".old.zip.partial"]
    assert remove_stale_partials(tmp_path) == [tmp_path / ".old.zip.partial"]
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [".draft.partial", ".live.zip.partial", ".notes.partial"]
    live.discard()


def test_check_reports_and_erase_names_a_backup_cut_short_beside_the_vault(
    cli: Any, vault_dir: Path
) -> None:
    _case(cli)
    cut_short = Partial(vault_dir.parent / "backup", folder=True)
    shutil.copy(vault_dir / "vault.keys", cut_short.path / "vault.keys")
    cut_short.close()  # killed: nothing holds it any more
    checked = cli("check")
    assert checked.code == 0, checked.err  # a leftover is not damage to the vault
    assert f"{cut_short.path} is the hidden leftover of an interrupted export" in checked.err
    erased = cli("erase", "--yes")
    assert erased.code == 0, erased.err
    assert f"Not reached: {cut_short.path} is a partial copy" in erased.out
