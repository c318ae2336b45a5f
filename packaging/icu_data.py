"""A smaller ICU data library for the frozen build: the ``libicudata.so.NN`` that PySide6's
wheel ships (31 MB, every locale, collation, converter and dictionary ICU has), remade
with only what Qt asks ICU for in this app's languages (4 MB). Same soname, same one
exported symbol ``icudtNN_dat``, no other change: ``libicuuc`` finds its data the same way.

Qt 6 Core calls ICU for four things only (``nm -D --undefined-only libQt6Core.so.6``):
collation (``ucol_*``: QCollator, e.g. the sorting of a Qt file dialog), case mapping
for a locale (``u_strToUpper/Lower``: the az/tr dotted i, code, no data), time-zone names
(``ucal_*``) and converters of legacy encodings (``ucnv_*``: QStringConverter for a
charset Qt does not build in). Qt formats dates and numbers and finds word and grapheme
boundaries with its own tables, not ICU's. So the data keeps:

- every item that is not per locale (likely subtags, plural rules, time zones, the
  normalisation and collation base tables, the converter alias table, ...);
- the per-locale items (main, collation, zone, language, region, currency, unit names)
  of ``root`` and of the languages the app speaks, English, Russian, Armenian and
  Azerbaijani, with all their regional variants (``en_GB``, ``az_Cyrl``...); another
  locale falls back to ``root`` (collation in Unicode's default order, as ICU does for
  any locale without a tailoring);
- the converters of single-byte code pages (Windows, ISO-8859, KOI8, DOS, Mac, EBCDIC:
  0.4 MB); not the multi-byte East-Asian ones (5.5 MB) nor the items Qt never reaches:
  break-iterator rules and dictionaries (``brkitr/``), transliterators, spelled-out
  numbers (``rbnf/``), character names, confusables, stringprep profiles.

The items are removed by ICU's own package tool, ``icupkg`` (Debian: icu-devtools), which
refuses to write a package in which a kept item refers to a removed one; the library is
put together with binutils (``as``, ``ld``), which PyInstaller needs on Linux anyway.

    python packaging/icu_data.py SOURCE_LIBICUDATA OUT_DIR   # writes OUT_DIR/<same name>

The spec runs it at each build (packaging/evidence-vault.spec); the result depends only on
the input library and the rules above, so two builds give the same bytes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# The languages the app speaks (vault.app.i18n.LANGUAGES, plus root, ICU's fallback).
LANGUAGES = ("root", "en", "ru", "hy", "az")
# Whole trees Qt never reaches: break iterators, transliterators, rule-based number names.
DROPPED_TREES = ("brkitr", "translit", "rbnf")
# Items of the top level Qt never reaches: character names, confusables (spoof checks).
DROPPED_ITEMS = ("unames.icu", "confusables.cfu")
DROPPED_SUFFIXES = (".spp",)  # stringprep profiles (IDNA, XMPP, NFS4...)
_LOCALE_ITEM = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*\.res")
_KEPT_LOCALE = re.compile(rf"({'|'.join(LANGUAGES)})(_.*)?\.res")


def tool(name: str) -> str | None:
    """The path of a command-line tool; Debian puts icupkg in /usr/sbin, which is not on
    every user's PATH."""
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


def _run(name: str, *args: str) -> str:
    return subprocess.run(
        [tool(name) or name, *args], check=True, capture_output=True, text=True
    ).stdout


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The exported data symbol of an ICU data library: (name, file offset, size)."""
    found = [
        line.split()
        for line in _run("nm", "-D", "-S", "--defined-only", str(library)).splitlines()
        if re.search(r" icudt\d+_dat$", line)
    ]
    if len(found) != 1:
        raise SystemExit(f"icu_data: {library} exports no single icudtNN_dat symbol")
    address, size, _kind, name = found[0]
    return name, _file_offset(library, int(address, 16)), int(size, 16)


def _file_offset(library: Path, address: int) -> int:
    """Where the byte at virtual ``address`` lies in the ELF file (from its sections)."""
    data = library.read_bytes()
    if data[:5] != b"\x7fELF\x02" or data[5] != 1:
        raise SystemExit(f"icu_data: {library} is not a little-endian 64-bit ELF file")
    shoff, shentsize, shnum = (
        struct.unpack_from("<Q", data, 0x28)[0],
        *struct.unpack_from("<HH", data, 0x3A),
    )
    for index in range(shnum):
        _name, kind, _flags, addr, offset, size = struct.unpack_from(
            "<IIQQQQ", data, shoff + index * shentsize
        )
        if kind == 1 and addr <= address < addr + size:  # PROGBITS holding the address
            return offset + address - addr
    raise SystemExit(f"icu_data: no section of {library} holds address {address:#x}")


def kept(item: str, content: bytes) -> bool:
    """Whether the package item ``item`` (e.g. ``coll/ru.res``) stays in the data."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name in DROPPED_ITEMS or name.endswith(DROPPED_SUFFIXES):
        return False
    if name.endswith(".cnv"):
        # UConverterStaticData after the item header: ... minBytesPerChar at +70,
        # maxBytesPerChar at +71. One byte per character: a single-byte code page.
        header = struct.unpack_from("<H", content)[0]
        return content[header + 71] == 1
    if name in ("pool.res", "res_index.res") or not _LOCALE_ITEM.fullmatch(name):
        return True
    return bool(_KEPT_LOCALE.fullmatch(name))


def filtered_library(source: Path, out_dir: Path) -> Path:
    """Write ``out_dir/<source's name>``: the ICU data library with only the kept items;
    returns its path. Needs icupkg, nm, as and ld on the PATH."""
    for name in ("icupkg", "nm", "objdump", "as", "ld"):
        if tool(name) is None:
            raise SystemExit(f"icu_data: {name} not found (apt-get install icu-devtools binutils)")
    symbol, offset, size = data_symbol(source)
    prefix = symbol.removesuffix("_dat") + "l"  # icudt73 -> icudt73l (little-endian)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / source.name
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        full = work / "full" / f"{prefix}.dat"
        full.parent.mkdir()
        with source.open("rb") as stream:
            stream.seek(offset)
            full.write_bytes(stream.read(size))
        items = _run("icupkg", "-l", str(full)).split()
        extracted = work / "items"
        extracted.mkdir()
        _run("icupkg", "-x", "*", "-d", str(extracted), str(full))
        dropped = [i for i in items if not kept(i, (extracted / i).read_bytes())]
        (work / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="ascii")
        small = work / f"{prefix}.dat"
        _run("icupkg", "-r", str(work / "dropped.txt"), str(full), str(small))
        # The bytes under the same exported symbol, 16-aligned, in a data-only library.
        (work / "data.s").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{small.name}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", "data.o", "data.s"], check=True, cwd=work)
        subprocess.run(
            ["ld", "-shared", "-soname", _soname(source), "-o", str(target), "data.o"],
            check=True,
            cwd=work,
        )
        print(
            f"icu_data: {source.name}: {len(items) - len(dropped)} of {len(items)} items "
            f"kept, {full.stat().st_size / 1e6:.1f} MB -> {small.stat().st_size / 1e6:.1f} MB"
        )
    if data_symbol(target)[0] != symbol:
        raise SystemExit(f"icu_data: {target} lost the symbol {symbol}")
    return target


def _soname(library: Path) -> str:
    for line in _run("objdump", "-p", str(library)).splitlines():
        if line.split()[:1] == ["SONAME"]:
            return line.split()[1]
    return library.name


def main(argv: list[str]) -> int:
    """``icu_data.py SOURCE OUT_DIR``: write the smaller library; prints what it kept."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    filtered_library(Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
