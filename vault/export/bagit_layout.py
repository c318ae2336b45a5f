"""Checking a bundle's BagIt layout (RFC 8493) in memory, from an opened bundle.

What ``bagit.py --validate`` checks, on the hashes :func:`open_bundle` took, plus what
DESIGN.md requires of our bundles on top:

- ``bagit.txt`` says version 0.97 or 1.0 and UTF-8; ``bag-info.txt`` parses, and its
  Payload-Oxum (when present) matches the payload;
- ``manifest-sha256.txt`` and ``manifest-sha512.txt`` both list exactly the files under
  ``data/``, with the right hashes;
- ``tagmanifest-sha256.txt`` lists every file outside ``data/`` except ``signature/*``
  and the tag manifests themselves, with the right hashes (so the one signature over it
  covers everything);
- nothing else: no ``fetch.txt`` (it asks the reader to download files from elsewhere),
  no manifest for another algorithm, nothing in ``signature/`` but the signature and the
  signer's key, no file a manifest does not list.

Every problem is reported as one sentence naming the file, not just the first one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vault.core.errors import template as _
from vault.export.archive_read import BundleContents
from vault.export.errors import BagLayoutBroken, show_name

ALGORITHMS = {"sha256": 64, "sha512": 128}
REQUIRED_FILES = (
    "bagit.txt",
    "bag-info.txt",
    "manifest-sha256.txt",
    "manifest-sha512.txt",
    "tagmanifest-sha256.txt",
)
SIGNATURE_FILES = frozenset({"signature/tagmanifest-sha256.txt.minisig", "signature/signer.pub"})
BAGIT_VERSIONS = ("0.97", "1.0")
MAX_TAG_FILE_BYTES = 64 * 1024 * 1024
_MANIFEST = re.compile(r"^(tag)?manifest-([A-Za-z0-9]+)\.txt$")
_LINE = re.compile(r"^([0-9A-Fa-f]+)[ \t]+(\S.*)$")


@dataclass
class LayoutReport:
    """The outcome: ``ok`` when ``problems`` is empty. ``bag_info`` maps each label to its
    values (a label may repeat); ``payload`` and ``tag_files`` list what the manifests
    cover."""

    problems: list[str] = field(default_factory=list)
    bagit_version: str | None = None
    bag_info: dict[str, list[str]] = field(default_factory=dict)
    payload: list[str] = field(default_factory=list)
    tag_files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def raise_if_broken(self) -> None:
        """BagLayoutBroken with the first problems in one line, if there are any."""
        if self.problems:
            shown = "; ".join(self.problems[:3])
            more = f" (and {len(self.problems) - 3} more)" if len(self.problems) > 3 else ""
            raise BagLayoutBroken(f"The bundle does not check out: {shown}{more}.")


def check_bag_layout(
    contents: BundleContents, signature_files: frozenset[str] = SIGNATURE_FILES
) -> LayoutReport:
    """Check the bag's layout and every hash against the manifests; never raises for a
    broken bag (see ``LayoutReport.raise_if_broken``)."""
    names = contents.names()
    report = LayoutReport(
        payload=[name for name in names if name.startswith("data/")],
        tag_files=[
            name
            for name in names
            if not name.startswith(("data/", "signature/")) and not _is_tag_manifest(name)
        ],
    )
    problems = report.problems
    for required in REQUIRED_FILES:
        if required not in contents:
            problems.append(_("{name} is missing").format(name=required))
    for name in names:
        if name == "fetch.txt":
            problems.append(
                _("fetch.txt is present (it asks to download files from elsewhere; refused)")
            )
        elif name.startswith("signature/") and name not in signature_files:
            problems.append(
                _("{name} is not a file the signature folder may hold").format(name=show_name(name))
            )
        elif (match := _MANIFEST.match(name)) and match.group(2) not in ALGORITHMS:
            problems.append(
                _("{name} uses a hash other than SHA-256 or SHA-512").format(name=show_name(name))
            )
    _check_bagit_txt(contents, report)
    _check_bag_info(contents, report)
    for algorithm in ALGORITHMS:
        manifest = f"manifest-{algorithm}.txt"
        if manifest in contents:
            _check_manifest(contents, manifest, algorithm, report.payload, problems)
        tagmanifest = f"tagmanifest-{algorithm}.txt"
        if tagmanifest in contents:
            _check_manifest(contents, tagmanifest, algorithm, report.tag_files, problems)
    return report


def _is_tag_manifest(name: str) -> bool:
    match = _MANIFEST.match(name)
    return match is not None and match.group(1) == "tag"


def _check_manifest(
    contents: BundleContents,
    manifest: str,
    algorithm: str,
    must_cover: list[str],
    problems: list[str],
) -> None:
    """Every listed file exists with that hash; every file in ``must_cover`` is listed."""
    text = _tag_text(contents, manifest, problems)
    if text is None:
        return
    listed: set[str] = set()
    shown_algorithm = algorithm.upper().replace("SHA", "SHA-")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match is None or len(match.group(1)) != ALGORITHMS[algorithm]:
            problems.append(
                _("line {line} of {manifest} is not a {algorithm} hash and a path").format(
                    line=number, manifest=manifest, algorithm=shown_algorithm
                )
            )
            continue
        digest, path = match.group(1).lower(), match.group(2)
        if path in listed:
            problems.append(
                _("{name} is listed twice in {manifest}").format(
                    name=show_name(path), manifest=manifest
                )
            )
            continue
        listed.add(path)
        if path not in contents:
            problems.append(
                _("{manifest} lists {name}, which is not in the bundle").format(
                    manifest=manifest, name=show_name(path)
                )
            )
        elif not manifest.startswith("tag") and not path.startswith("data/"):
            problems.append(
                _("{manifest} lists {name}, which is outside data/").format(
                    manifest=manifest, name=show_name(path)
                )
            )
        elif getattr(contents.member(path), algorithm) != digest:
            problems.append(
                _(
                    "{name} does not match its {algorithm} in {manifest} (changed after the "
                    "bundle was made)"
                ).format(name=show_name(path), algorithm=shown_algorithm, manifest=manifest)
            )
    for name in must_cover:
        if name not in listed:
            problems.append(
                _("{name} is not listed in {manifest} (untracked file)").format(
                    name=show_name(name), manifest=manifest
                )
            )


def _check_bagit_txt(contents: BundleContents, report: LayoutReport) -> None:
    if "bagit.txt" not in contents:
        return
    text = _tag_text(contents, "bagit.txt", report.problems)
    if text is None:
        return
    tags = _parse_tags(text, "bagit.txt", report.problems)
    version = tags.get("BagIt-Version", [""])
    encoding = tags.get("Tag-File-Character-Encoding", [""])
    if set(tags) != {"BagIt-Version", "Tag-File-Character-Encoding"} or len(version) != 1:
        report.problems.append(_("bagit.txt must hold exactly BagIt-Version and the encoding"))
    if version[0] not in BAGIT_VERSIONS:
        report.problems.append(
            _("bagit.txt declares BagIt version {version}").format(
                version=show_name(version[0], 20)
            )
        )
    else:
        report.bagit_version = version[0]
    if encoding[0].upper() != "UTF-8":
        report.problems.append(_("bagit.txt does not declare UTF-8 tag files"))


def _check_bag_info(contents: BundleContents, report: LayoutReport) -> None:
    if "bag-info.txt" not in contents:
        return
    text = _tag_text(contents, "bag-info.txt", report.problems)
    if text is None:
        return
    report.bag_info = _parse_tags(text, "bag-info.txt", report.problems)
    oxum = report.bag_info.get("Payload-Oxum")
    if oxum is None:
        return
    payload_bytes = sum(contents.member(name).size for name in report.payload)
    expected = f"{payload_bytes}.{len(report.payload)}"
    if oxum != [expected]:
        report.problems.append(
            _(
                "bag-info.txt gives Payload-Oxum {given} but the payload is {expected} "
                "(bytes.files)"
            ).format(given=show_name(" ".join(oxum), 40), expected=expected)
        )


def _tag_text(contents: BundleContents, name: str, problems: list[str]) -> str | None:
    if contents.member(name).size > MAX_TAG_FILE_BYTES:
        problems.append(_("{name} is larger than any tag file needs").format(name=name))
        return None
    raw = contents.read(name)
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(
            _("{name} starts with a byte-order mark, which BagIt forbids").format(name=name)
        )
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(_("{name} is not UTF-8 text").format(name=name))
        return None


def _parse_tags(text: str, name: str, problems: list[str]) -> dict[str, list[str]]:
    """``Label: value`` lines; a line starting with white space continues the value."""
    tags: dict[str, list[str]] = {}
    label: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line[0] in " \t" and label is not None:
            tags[label][-1] = f"{tags[label][-1]} {line.strip()}"
            continue
        head, colon, value = line.partition(":")
        if not colon or not head.strip():
            problems.append(
                _("line {line} of {name} is not 'Label: value'").format(line=number, name=name)
            )
            label = None
            continue
        label = head.strip()
        tags.setdefault(label, []).append(value.strip())
    return tags


def listed_digests(raw: bytes, algorithm: str) -> dict[str, str]:
    """What a manifest's bytes ``raw`` say: path -> lower-case hex digest, for each
    well-formed line with a digest of ``algorithm``'s length.  Lines that are malformed,
    and paths listed more than once, are left out (nothing ambiguous counts as listed;
    :func:`check_bag_layout` names them).  Never raises: bytes that are not UTF-8 list
    nothing."""
    try:
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        return {}
    listed: dict[str, str] = {}
    twice: set[str] = set()
    for line in text.splitlines():
        match = _LINE.match(line)
        if match is None or len(match.group(1)) != ALGORITHMS[algorithm]:
            continue
        path = match.group(2)
        if path in listed:
            twice.add(path)
        listed[path] = match.group(1).lower()
    return {path: digest for path, digest in listed.items() if path not in twice}
