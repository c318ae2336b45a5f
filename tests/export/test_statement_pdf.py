"""Statement PDFs read back with the real pdftotext, pdfinfo and exiftool."""

from __future__ import annotations

import getpass
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from vault.export.statement_pdf import statement_pdf

TITLE = ["Statement S-001", "Witness W-001 · interview 2021-03-14 · sworn"]
RUSSIAN = "Свидетель W-001 рассказал, что его задержали у здания суда и били в подвале."
ARMENIAN = "Վկան պատմեց, որ իրեն ձերբակալել են դատարանի մոտ և ծեծել նկուղում։"
AZERBAIJANI = "Şahid dedi ki, onu məhkəmənin yanında saxlayıblar; ağır işgəncə görüb, çıxış yoxdu."
LATIN = "The witness said he was held for three days without food or water."
BODY = "\n\n".join([RUSSIAN, ARMENIAN, AZERBAIJANI, LATIN])


def _pdftotext(pdf: bytes, tmp_path: Path, first: int | None = None) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(first), "-l", str(first)] if first else []
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def _words(text: str) -> list[str]:
    return text.split()


def _without_footers(text: str) -> str:
    return re.sub(r"^Page \d+ of \d+$", "", text, flags=re.MULTILINE)


def _pdfinfo(pdf: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdfinfo", *options, str(path)], capture_output=True, text=True, check=True
    ).stdout


def _exiftool(pdf: bytes, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "exif.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["exiftool", "-j", "-a", "-G1", "-u", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, object] = json.loads(result.stdout)[0]
    # What describes the file on this disk, not the PDF's own content.
    return {
        key: value
        for key, value in found.items()
        if not key.startswith(("System:", "ExifTool:", "SourceFile"))
    }


@pytest.fixture
def local_time_zone() -> Iterator[str]:
    """Run with a local time zone far from UTC (Yerevan, +04:00)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Yerevan"
    time.tzset()
    try:
        yield "+04"
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_text_in_four_scripts_reads_back_exactly(tmp_path: Path) -> None:
    pdf = statement_pdf(TITLE, BODY, "Translation into English.\nSecond line.", "en")
    text = _pdftotext(pdf, tmp_path)
    expected = [
        *_words(" ".join(TITLE)),
        *_words(BODY),
        *_words("Translation (en) Translation into English.\nSecond line."),
        *_words("Page 1 of 1"),
    ]
    assert _words(text) == expected
    for sample in ("ə", "ğ", "ı", "ş", "ç", "ö", "ü", "Ş", "задержали", "ձերբակալել", "։"):
        assert sample in text


def test_long_text_wraps_paginates_and_numbers_every_page(tmp_path: Path) -> None:
    body = "\n".join(f"{number}. {RUSSIAN} {ARMENIAN} {AZERBAIJANI}" for number in range(1, 200))
    pdf = statement_pdf(TITLE, body)
    pages = int(re.search(r"^Pages:\s+(\d+)$", _pdfinfo(pdf, tmp_path), re.MULTILINE)[1])  # type: ignore[index]
    assert pages > 5
    for page in (1, pages // 2, pages):
        lines = _pdftotext(pdf, tmp_path, first=page).split("\n")
        assert f"Page {page} of {pages}" in lines
    text = _without_footers(_pdftotext(pdf, tmp_path))
    assert _words(text) == _words(" ".join(TITLE)) + _words(body)
    # Wrapped: no line is anywhere near as long as one numbered paragraph.
    assert max(len(line) for line in text.split("\n")) < len(RUSSIAN) + 20


def test_a_word_wider_than_the_page_is_cut_not_lost(tmp_path: Path) -> None:
    word = "Ա" + "0123456789abcdef" * 40 + "Ֆ"
    pdf = statement_pdf([], f"before {word} after")
    lines = [line for line in _pdftotext(pdf, tmp_path).split("\n") if line.strip()]
    assert lines[0] == "before"
    assert lines[-1] == "Page 1 of 1"
    assert "".join(lines[1:-1]) == f"{word} after"
    assert len(lines) > 4


def test_same_input_gives_same_bytes_in_any_time_zone(local_time_zone: str) -> None:
    first = statement_pdf(TITLE, BODY, "Translation.", "en")
    time.sleep(1.1)  # a different wall-clock second must not change anything either
    again = statement_pdf(TITLE, BODY, "Translation.", "en")
    del os.environ["TZ"]
    time.tzset()
    in_utc = statement_pdf(TITLE, BODY, "Translation.", "en")
    assert first == again == in_utc
    assert statement_pdf(TITLE, BODY + ".") != first


def test_no_metadata_leaks_host_user_time_zone_or_software(
    tmp_path: Path, local_time_zone: str
) -> None:
    pdf = statement_pdf(TITLE, BODY, "Translation.", "hy")
    metadata = _exiftool(pdf, tmp_path)
    shown = json.dumps(metadata, ensure_ascii=False)
    for field in ("Title", "Author", "Subject", "Keywords", "Creator", "ModifyDate", "XMP"):
        assert not [key for key in metadata if field in key], metadata
    assert metadata["PDF:Producer"] == "Evidence Vault"
    assert metadata["PDF:CreateDate"] == "1980:01:01 00:00:00Z"
    info = _pdfinfo(pdf, tmp_path, "-rawdates")
    assert "Metadata Stream: no" in info
    assert re.search(r"^CreationDate: +D:19800101000000Z$", info, re.MULTILINE), info
    assert _pdfinfo(pdf, tmp_path, "-meta").strip() == ""
    local = [
        socket.gethostname(),
        getpass.getuser(),
        str(Path.home()),
        str(Path(sys.executable).parent),
        str(Path(__file__).resolve().parents[2]),
        "fpdf",
        "python",
        local_time_zone,
    ]
    for value in local:
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])", re.IGNORECASE)
        assert not pattern.search(shown), f"{value!r} in the metadata: {shown}"
        assert not pattern.search(info), f"{value!r} in pdfinfo: {info}"
        if len(value) >= 4:  # shorter strings turn up by chance in compressed streams
            assert value.encode() not in pdf


def test_unprintable_characters_show_a_placeholder_and_nothing_is_substituted(
    tmp_path: Path,
) -> None:
    body = "Seen {nb} times\tat\x00 the 中 gate\u200b."
    text = _pdftotext(statement_pdf([], body), tmp_path)
    assert _words(_without_footers(text)) == [
        "Seen",
        "{nb}",
        "times",
        "at",
        "the",
        "\ufffd",
        "gate.",
    ]


def test_fonts_are_parsed_once_and_give_the_bytes_fpdf_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fpdf.fonts import TTFFont

    from vault.export import statement_pdf as module
    from vault.resources import font_path

    module._parsed_font.cache_clear()
    parsed: list[str] = []
    real_init = TTFFont.__init__

    def counting(self: TTFFont, *args: object, **kwargs: object) -> None:
        parsed.append(str(args[1]))
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TTFFont, "__init__", counting)
    # Documents in turn with different characters: what one used must not reach the next.
    inputs = [
        (TITLE, BODY, "Translation.", "en"),
        (["Statement S-002"], LATIN, None, None),
        (["Statement S-003"], ARMENIAN + " " + AZERBAIJANI, RUSSIAN, "ru"),
        (["Statement S-002"], LATIN, None, None),
    ]
    cached = [statement_pdf(*args) for args in inputs]
    assert len(parsed) == 2  # DejaVu Sans and DejaVu Sans Bold, once each
    assert cached[1] == cached[3]

    def fpdf_add_font(pdf: object, font_name: str, style: str) -> None:
        pdf.add_font(module.FONT_FAMILY, style, str(font_path(font_name)))  # type: ignore[attr-defined]

    monkeypatch.setattr(module, "_add_font", fpdf_add_font)
    assert [statement_pdf(*args) for args in inputs] == cached
