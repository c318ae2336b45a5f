"""A whole working session on the command line in Russian (issue 14): every line it
prints, on stdout and stderr, is Russian except the data: ids, hashes, codes, paths,
file names, the texts this test typed, option and command names, typed values (legal,
witness, waived) and the status codes (TRUSTED).  Any English sentence left over fails
the test with the lines that hold it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import CliResult
from tests.e2e.test_export_profiles import Cli
from vault.app import i18n
from vault.core.crashpoints import reset_write_faults

# Words no Russian sentence of ours holds, and every English sentence does.
ENGLISH = re.compile(
    r"\b(the|is|are|was|were|not|and|of|to|has|have|been|by|with|from|for|your|you|this|"
    r"that|it|its|nothing|cannot|could|would|no|yes|or|an|at|on|as|than|which|there|"
    r"still|already|only|once|be)\b",
    re.IGNORECASE,
)
# Data that reads as English: the title an import stores for its new case.
DATA = (re.compile(r"Imported from bundle [0-9a-f-]{36} \(\w+\)"),)


def gps_photo(path: Path) -> Path:
    """A real JPEG with a GPS position in its EXIF."""
    image = Image.new("RGB", (60, 40), (200, 30, 30))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (40.0, 11.0, 0.0), 3: "E", 4: (44.0, 30.0, 0.0)})
    image.save(path, "JPEG", exif=exif)
    return path


class Session:
    """The command line in Russian on one vault; keeps everything it printed."""

    def __init__(self, root: Path) -> None:
        self.cli = Cli(root)
        self.root = root
        self.said: list[tuple[str, str]] = []  # (command, a line it printed)

    def __call__(self, code: int, *args: str) -> CliResult:
        result = self.cli("--lang", "ru", *args)
        assert result.code == code, (args, result.out, result.err)
        for line in (result.out + result.err).splitlines():
            self.said.append((" ".join(args[:2]), line))
        return result

    def english(self) -> list[str]:
        """The printed lines that still hold an English sentence (data taken out)."""
        found = []
        for command, line in self.said:
            if command == "audit log":
                continue  # its DETAILS column is the custody log's data (key=value)
            text = line.replace(str(self.root), "ROOT")
            for data in DATA:
                text = data.sub("DATA", text)
            if ENGLISH.search(text):
                found.append(f"{command}: {line}")
        return found


@pytest.fixture
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setattr(i18n, "_current", {"language": "en"})  # put back after the test
    return Session(tmp_path)


def test_a_whole_session_in_russian_prints_no_english_sentence(
    russian: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, root = russian, russian.root
    run(0, "init", "--operator", "ОП-1")
    run(0, "info")
    run(0, "case", "add", "--title", "Задержание у рынка", "--region", "RU")
    run(0, "list", "cases")
    run(0, "person", "add", "--case", "C-001", "--name", "Анна Петрова", "--role", "witness")
    run(0, "consent", "set", "--person", "W-001", "--share", "legal", "--anonymity", "waived")
    run(0, "list", "persons", "--case", "C-001")
    text = root / "показания.txt"
    text.write_text("Меня задержали у рынка. Звоните +7 912 345 67 89.\n", encoding="utf-8")
    run(0, "statement", "add", "--case", "C-001", "--witness", "W-001", "--text-file", str(text))
    run(0, "list", "statements", "--case", "C-001")
    attached = run(
        0, "attach", "--case", "C-001", "--statement", "S-001", str(gps_photo(root / "фото.jpg"))
    )
    assert "содержит GPS-координаты (40.18, 44.50)" in attached.err
    run(0, "list", "attachments", "--case", "C-001")
    run(0, "redact", "suggest", "--case", "C-001", "--statement", "S-001", "--profile", "public")
    run(0, "redact", "accept", "--case", "C-001", "--all", "--statement", "S-001")
    run(0, "redact", "list", "--case", "C-001")
    run(0, "redact", "preview", "--case", "C-001", "--statement", "S-001", "--profile", "public")
    run(0, "redact", "preview", "--case", "C-001", "--attachment", "A-001", "--profile", "public")
    run(0, "redact", "review", "--case", "C-001", "--attachment", "A-001")
    run(0, "search", "рынка")
    run(0, "show", "W-001")
    run(0, "show", "C-001")
    assert run(1, "show", "C-009").err == "evidence-vault: Нет записи с кодом C-009.\n"
    run(1, "list", "persons", "--case", "C-009")
    run(1, "export", "--case", "C-001", "--profile", "evidence", "--out", str(root / "нет"))
    bundle = root / "пакет"
    run(0, "export", "--case", "C-001", "--profile", "legal", "--out", str(bundle))
    run(0, "verify", str(bundle))
    tampered = root / "пакет-изменён"
    shutil.copytree(bundle, tampered)
    records = tampered / "data" / "records.json"
    records.write_text(records.read_text("utf-8").replace("Анна", "Анни"), "utf-8")
    (tampered / "data" / "лишний.txt").write_text("x", "utf-8")
    refused = run(1, "verify", str(tampered))
    assert "не совпадает со своим SHA-256 в manifest-sha256.txt" in refused.out
    # Several reasons of one check, each translated, the count of the rest too.
    assert "data/лишний.txt не указан в manifest-sha256.txt (неучтённый файл) (и ещё 2)" in (
        refused.out
    )
    run(1, "import", str(tampered))
    run(0, "import", str(bundle))
    run(1, "import", str(bundle))  # already imported
    run(0, "signer", "list")
    run(0, "list", "cases")
    run(1, "retract", "person", "C-001/W-001", "--reason", "ошибка ввода")
    run(0, "check")
    run(0, "audit", "verify")
    run(0, "audit", "log")
    run(0, "backup", "--out", str(root / "копия"))
    monkeypatch.setenv("EVIDENCE_VAULT_FAIL_WRITE_AT", "0")  # the disk is full
    for args in (
        ("backup", "--out", str(root / "копия-2")),
        (
            "attach",
            "--case",
            "C-001",
            str(gps_photo(root / "2.jpg")),
            str(gps_photo(root / "3.jpg")),
        ),
        ("export", "--case", "C-001", "--profile", "legal", "--out", str(root / "пакет-2")),
    ):
        reset_write_faults()
        full = run(1, *args)
        assert full.err.startswith("evidence-vault: Диск заполнен: "), full.err
    monkeypatch.delenv("EVIDENCE_VAULT_FAIL_WRITE_AT")
    erased = run(0, "erase", "--yes")
    assert erased.out.splitlines()[-1].startswith("Чего стирание не достигает: ")
    assert run.english() == []
