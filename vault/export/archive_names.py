"""Which member names a bundle may use, and which of them collide.

One rule set for every container (folder, zip, tar inside age) and for our own writers,
so we never write a name we would refuse to read. A name is a relative POSIX path:
components separated by "/", none of them empty, "." or "..". Refused, because some tool
on some system would place the file outside the folder it is unpacked into, or hide it:
absolute paths and drive letters, backslashes (a separator on Windows), NUL and control
characters, percent-encoded sequences (``%2e%2e%2f`` becomes ``../`` for any tool that
decodes it, and ``%2525`` just takes one more round), bytes that are not UTF-8.

Two names that differ only by Unicode normalization ("Ä" and "A" + combining diaeresis)
or by case ("a.txt" and "A.txt") are one file on macOS and Windows: whichever is unpacked
second silently replaces the first, so both are refused.
"""

from __future__ import annotations

import re
import unicodedata

from vault.export.errors import HostileBundle, show_name

MAX_NAME_CHARS = 1024
MAX_COMPONENT_BYTES = 255  # what ext4, NTFS and APFS allow for one path component
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_DRIVE = re.compile(r"^[A-Za-z]:")


def name_problem(name: str) -> str | None:
    """Why ``name`` is not a safe member name, or None when it is."""
    if not name:
        return "has an empty name"
    if "\x00" in name:
        return "contains a NUL byte"
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        return "is not valid UTF-8"
    if "\\" in name:
        return "contains a backslash (a path separator on Windows)"
    if name.startswith("/") or _DRIVE.match(name):
        return "is an absolute path"
    if _PERCENT_ESCAPE.search(name):
        return "contains a percent-encoded sequence (it could decode to '..' or '/')"
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return "contains a control character"
    if len(name) > MAX_NAME_CHARS:
        return "is too long"
    for part in name.split("/"):
        if part == "..":
            return "climbs out of the bundle ('..')"
        if part in ("", "."):
            return "has an empty or '.' path component"
        if len(part.encode("utf-8")) > MAX_COMPONENT_BYTES:
            return "has a path component that is too long"
    return None


def check_name(name: str) -> None:
    """Refuse an unsafe member name with HostileBundle naming it."""
    problem = name_problem(name)
    if problem is not None:
        raise HostileBundle(f"The bundle member {show_name(name)} {problem}; nothing was read.")


def folded(name: str) -> str:
    """The form under which two names are the same file on some file system."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


class NameRegistry:
    """Every member name seen so far, refusing duplicates and look-alike collisions.

    Also refuses a name that is a file in one member and a folder in another ("a" and
    "a/b"): no file system can hold both.
    """

    def __init__(self) -> None:
        self._files: dict[str, str] = {}
        self._folders: dict[str, str] = {}

    def add_file(self, name: str) -> None:
        """Register a regular file; HostileBundle if it collides with an earlier name."""
        check_name(name)
        key = folded(name)
        if key in self._files:
            self._refuse_pair(name, self._files[key])
        if key in self._folders:
            raise HostileBundle(
                f"The bundle member {show_name(name)} is both a file and a folder; "
                "nothing was read."
            )
        self._add_parents(name)
        self._files[key] = name

    def add_folder(self, name: str) -> None:
        """Register a folder entry (name without the trailing '/')."""
        check_name(name)
        self._add_parents(name + "/")

    def _add_parents(self, name: str) -> None:
        parts = name.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folder = "/".join(parts[:depth])
            key = folded(folder)
            if key in self._files:
                raise HostileBundle(
                    f"The bundle member {show_name(folder)} is both a file and a folder; "
                    "nothing was read."
                )
            known = self._folders.setdefault(key, folder)
            if known != folder:
                self._refuse_pair(folder, known)

    @staticmethod
    def _refuse_pair(name: str, earlier: str) -> None:
        if name == earlier:
            raise HostileBundle(
                f"The bundle member {show_name(name)} appears twice; nothing was read."
            )
        if unicodedata.normalize("NFC", name) == unicodedata.normalize("NFC", earlier):
            how = "differ only in Unicode normalization (composed and decomposed accents)"
        else:
            how = "differ only in case or in look-alike characters"
        raise HostileBundle(
            f"The bundle members {show_name(earlier)} and {show_name(name)} {how}: one would "
            "overwrite the other on Windows or macOS; nothing was read."
        )
