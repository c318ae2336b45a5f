"""The packaging files agree with the app: one application id everywhere, the desktop
file and AppStream metadata pass their validators, the release named is this version,
and a frozen build's photo children are the app's own program file."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from vault import APP_ID, __version__
from vault.core.cage import FROZEN_WORKER_ARG

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def _metainfo() -> ET.Element:
    # Our own file in the repository, not untrusted input.
    return ET.parse(METAINFO).getroot()  # noqa: S314


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_application_id_everywhere() -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z]+)+\.[A-Za-z]+", APP_ID)
    assert DESKTOP.is_file() and METAINFO.is_file()
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "evidence-vault"
    meta = _metainfo()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.findtext("icon") == APP_ID
    assert (REPO / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    # The GUI takes the id from vault (no second definition).
    app_source = (REPO / "vault" / "gui" / "app.py").read_text(encoding="utf-8")
    assert APP_ID not in app_source and "setDesktopFileName(APP_ID)" in app_source


def test_the_metainfo_describes_this_release_and_its_command() -> None:
    meta = _metainfo()
    releases = [r.get("version") for r in meta.iter("release")]
    assert releases and releases[0] == __version__
    assert meta.find("releases/release/description") is not None
    assert meta.findtext("provides/binary") == "evidence-vault"
    assert meta.find("content_rating") is not None
    images = [image.text or "" for image in meta.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://"), url
        # Each published picture is one of the repository's own screenshots.
        assert (REPO / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


def test_the_windows_version_resource_is_this_version() -> None:
    text = (PACKAGING / "windows-version.txt").read_text(encoding="utf-8")
    major, minor, patch = (int(part) for part in __version__.split("."))
    assert f"filevers=({major}, {minor}, {patch}, 0)" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text


def test_the_spec_collects_resources_wholesale_and_leaves_tests_out() -> None:
    spec = (PACKAGING / "evidence-vault.spec").read_text(encoding="utf-8")
    compile(spec, "evidence-vault.spec", "exec")
    assert '(str(ROOT / "resources"), "vault/resources")' in spec
    assert '"tests", "bench"' in spec
    assert "from vault import APP_ID, __version__" in spec


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)",
)
def test_the_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (apt-get install appstream)",
)
def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_worker_argument_is_not_a_command_from_source() -> None:
    # Only a frozen build serves photos for it; from source it is an unknown option.
    result = subprocess.run(
        [sys.executable, "-m", "vault", FROZEN_WORKER_ARG],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
        cwd=REPO,
    )
    assert result.returncode == 2, result.stdout + result.stderr


_SBIN = f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin"  # Debian's icupkg is in /usr/sbin

# What the window asks ICU for (packaging/icu_data.py): collation of names, case mapping,
# time-zone names and legacy converters, plus what Qt does with its own tables (dates,
# word boundaries, a line edit's word moves), in every language the app speaks.
_ICU_PROBE = """
import json, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import (QByteArray, QCollator, QDate, QLocale, QTextBoundaryFinder,
                            QTimeZone)
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
names = ["Çingiz", "Cəfər", "Dadaş", "Ələkbər", "Emin", "İlqar", "Ilham", "Ömər", "Orxan",
         "Şahin", "Sabir", "Ёлкин", "Егоров", "Жуков", "Абрамов", "Արամ", "Բաբկեն", "Եվա",
         "Էդգար", "Օհան", "Ängel", "apple", "Zoe"]
out = {}
for lang in ("en", "ru", "hy", "az"):
    locale = QLocale(lang)
    out[lang] = {
        "sorted": sorted(names, key=QCollator(locale).sortKey),
        "upper": locale.toUpper("istanbul iğdır ёлка"),
        "date": locale.toString(QDate(2021, 3, 14), QLocale.FormatType.LongFormat),
        "zone": QTimeZone(QByteArray(b"Asia/Yerevan")).displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, locale),
    }
text = "Սարգսյան Դավիթ Ёлкин-Жуков"
finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, text)
out["boundaries"] = [finder.toNextBoundary() for _ in range(7)]
edit = QLineEdit(text)
edit.setCursorPosition(0)
moves = []
for _ in range(5):
    edit.cursorWordForward(False)
    moves.append(edit.cursorPosition())
out["line edit"] = moves
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.mark.skipif(
    sys.platform != "linux"
    or not all(shutil.which(t, path=_SBIN) for t in ("icupkg", "as", "ld", "nm")),
    reason="needs Linux, icupkg (apt-get install icu-devtools) and binutils",
)
def test_the_smaller_icu_data_changes_nothing_the_app_shows(tmp_path: Path) -> None:
    import json

    import PySide6

    (source,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    made = []
    for out in ("one", "two"):
        subprocess.run(
            [sys.executable, str(PACKAGING / "icu_data.py"), str(source), str(tmp_path / out)],
            check=True,
            capture_output=True,
        )
        made.append(tmp_path / out / source.name)
    small = made[0]
    # Reproducible, and far smaller.
    assert small.read_bytes() == made[1].read_bytes()
    assert small.stat().st_size < source.stat().st_size / 5

    def probe(preload: Path | None) -> dict[str, object]:
        env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
        if preload is not None:  # loaded first, so Qt's libicuuc takes its data from it
            env["LD_PRELOAD"] = str(preload)
        result = subprocess.run(
            [sys.executable, "-c", _ICU_PROBE], capture_output=True, text=True, env=env, check=True
        )
        answer: dict[str, object] = json.loads(result.stdout)
        return answer

    full, cut = probe(None), probe(small)
    assert cut == full
    # And ICU is really the one answering: Azerbaijani's ö is a letter after o.
    az = cut["az"]
    assert isinstance(az, dict)
    assert az["sorted"].index("Orxan") < az["sorted"].index("Ömər")
    assert az["zone"] == "Ermənistan Standart Vaxtı"
