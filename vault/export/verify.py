"""Checking a received bundle, in BUNDLE_SPEC's order, into a report a person can read.

1. archive: the folder, zip or ``.age`` file opens without anything unsafe in it
   (archive_read refuses traversal, links, bombs, ... before anything else runs; it
   looks at names, sizes and types only, and hashes the bytes);
2. signature, FIRST: minisign (prehashed) over ``tagmanifest-sha256.txt`` by
   ``signature/signer.pub``; only those three small files are read.  Nothing else in
   the bundle is parsed until the signature verifies: every later step reads only
   files the signature authenticates (a tag file whose SHA-256 is the one the signed
   tag manifest gives; a payload file whose SHA-256 is the one an authenticated
   ``manifest-sha256.txt`` gives).  If the signature fails, every later check is
   "skipped";
3. layout: a BagIt 1.0 bag whose manifests account for every file, with the files the
   spec requires (bagit_layout plus :data:`REQUIRED_FILES`); the tag manifest covers
   every other tag file and the manifests every payload file, so one signature covers
   the whole bundle;
4. identity: the trusted comment parses, and its bundle id, case code and profile are
   the ones bag-info.txt and data/records.json give;
5. files: every file data/records.json names is in the payload and every payload file
   (except records.json) is named by it;
6. custody: custody/custody.jsonl re-chains and ends with this bundle's export event,
   whose vault custody claim is the one the signature carries (``seq:hash`` for
   ``evidence``, ``commit:<hex>`` for anonymized profiles: chain_commitment.py);
7. signer: TRUSTED (in the vault's trusted signers), PINNED (``--signer`` given and
   equal), UNPINNED (neither: not verified, a warning) or REVOKED (refused); a
   ``--signer`` that does not match is refused.

Every check whose input is authenticated runs, so the report shows all that is wrong; a
check whose input is missing or unauthenticated is "skipped". The bundle is good only if
every check passes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from vault.core.dates import human_time
from vault.core.errors import VaultError, template
from vault.core.progress import (
    NO_WORK,
    Cancelled,
    CancelToken,
    Progress,
    ProgressCallback,
    Work,
)
from vault.export.archive_read import BundleContents, open_bundle, read_json, read_json_lines
from vault.export.bagit_layout import MAX_TAG_FILE_BYTES, check_bag_layout, listed_digests
from vault.export.bundle_chain import verify_chain
from vault.export.errors import show_name
from vault.export.minisign import key_id_text, parse_public_key, verify_signature
from vault.export.signers import (
    OWN_KEY_NAME,
    TrustedSigner,
    grouped_fingerprint,
    parse_fingerprint,
)

TAG_MANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "signature/tagmanifest-sha256.txt.minisig"
SIGNER_KEY = "signature/signer.pub"
RECORDS = "data/records.json"
CUSTODY = "custody/custody.jsonl"
REQUIRED_FILES = (
    RECORDS,
    CUSTODY,
    "custody/redactions.csv",
    "VERIFY.txt",
    SIGNATURE,
    SIGNER_KEY,
)
REQUIRED_BAG_INFO = ("External-Identifier", "Case-Code", "Export-Profile", "Payload-Oxum")
BUNDLE_FORMAT = "evidence-vault-bundle"
BUNDLE_VERSION = 1
MAX_SMALL_FILE = 64 * 1024
_COMMENT = re.compile(
    r"^bundle=(?P<bundle>\S+) case=(?P<case>\S+) profile=(?P<profile>\S+) "
    r"utc=(?P<utc>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) chain=(?P<chain>(?:\d+|commit):[0-9a-f]{64})$"
)

CHECK_NAMES = ("archive", "signature", "layout", "identity", "files", "custody", "signer")


def _same(text: str) -> str:
    return text


# Marks an English template whose formatted text the shells translate back
# (``vault.app.i18n.translate_message``); here it changes nothing.
_ = template


def _joined(problems: Sequence[str]) -> str:
    """The first three problems, "; "-joined, and how many more there are (each problem a
    whole sentence of its own, so each is translated on its own)."""
    shown = "; ".join(problems[:3])
    if len(problems) > 3:
        shown += " " + _("(and {count} more)").format(count=len(problems) - 3)
    return shown


class SignerStatus(StrEnum):
    """Who signed, as far as this reader can tell (DESIGN.md "Trust")."""

    TRUSTED = "TRUSTED"
    PINNED = "PINNED"
    UNPINNED = "UNPINNED"
    REVOKED = "REVOKED"


@dataclass(frozen=True)
class Check:
    """One step of verification: ``result`` is "pass", "fail" or "skipped"."""

    name: str
    result: str
    detail: str
    # What the person can do next, for the shell to spell (the archive's refusal's hint).
    hint: str | None = None

    @property
    def passed(self) -> bool:
        return self.result == "pass"


@dataclass(frozen=True)
class SignedClaims:
    """What the signature's trusted comment says about the bundle."""

    bundle: str
    case: str
    profile: str
    utc: str
    chain: str


@dataclass
class VerifyReport:
    """Everything ``verify`` found. ``ok`` only when every check passed."""

    path: str
    kind: str | None = None
    checks: list[Check] = field(default_factory=list)
    fingerprint: str | None = None  # of signature/signer.pub, even if the signature failed
    status: SignerStatus | None = None  # only once the signature verified
    signer_name: str | None = None
    claims: SignedClaims | None = None
    payload_files: int = 0
    custody_events: int = 0

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.passed for check in self.checks)

    @property
    def first_failure(self) -> Check | None:
        return next((check for check in self.checks if check.result == "fail"), None)

    def as_json(self) -> dict[str, Any]:
        """The report as one JSON object (the CLI's ``--json``)."""
        return {
            "bundle": self.path,
            "kind": self.kind,
            "ok": self.ok,
            "signer": {
                "fingerprint": self.fingerprint,
                "status": None if self.status is None else self.status.value,
                "name": self.signer_name,
            },
            "signed": None if self.claims is None else vars(self.claims),
            "payload_files": self.payload_files,
            "custody_events": self.custody_events,
            "checks": [vars(check) for check in self.checks],
            "first_failure": None if self.first_failure is None else vars(self.first_failure),
        }


class _Failed(Exception):
    """A check's verdict, raised from inside it."""


def verify_bundle(
    path: Path,
    identity: Path | None = None,
    pin: str | None = None,
    trusted: Sequence[TrustedSigner] | None = None,
    progress: Progress | ProgressCallback | None = None,
    *,
    cancel: CancelToken | None = None,
) -> VerifyReport:
    """Open the bundle at ``path`` (folder, zip, or ``.age`` with ``identity``) and check
    it (see the module doc). Never raises for a bad bundle: a hostile or unreadable
    archive is the failed "archive" check. Raises InputError only for a malformed
    ``pin`` (before reading anything), and Cancelled when ``cancel`` is set.
    ``progress``: "Reading the bundle" (bytes scanned and hashed), then "Checking"
    (one step per check, the signature among them)."""
    report, contents = open_and_verify(path, identity, pin, trusted, Work(progress, cancel))
    if contents is not None:
        contents.close()
    return report


def open_and_verify(
    path: Path,
    identity: Path | None,
    pin: str | None,
    trusted: Sequence[TrustedSigner] | None,
    work: Work,
) -> tuple[VerifyReport, BundleContents | None]:
    """What ``verify`` and ``import`` both do: open the bundle and run every check.  The
    contents are returned still open (the caller closes them), or None when the archive
    itself could not be opened (the failed "archive" check says why, the others are
    skipped).  Raises InputError only for a malformed ``pin``, Cancelled when ``work``'s
    token is set."""
    pin = None if pin is None else parse_fingerprint(pin)
    report = VerifyReport(str(path))
    try:
        contents = open_bundle(Path(path), identity, work=work)
    except Cancelled:
        raise
    except VaultError as exc:
        report.checks.append(Check("archive", "fail", str(exc), exc.hint))
        report.checks += [Check(name, "skipped", _("not checked")) for name in CHECK_NAMES[1:]]
        return report, None
    try:
        verify_contents(contents, pin, trusted, report, work)
    except BaseException:
        contents.close()
        raise
    return report, contents


def verify_contents(
    contents: BundleContents,
    pin: str | None = None,
    trusted: Sequence[TrustedSigner] | None = None,
    report: VerifyReport | None = None,
    work: Work = NO_WORK,
) -> VerifyReport:
    """Check an already opened bundle (what ``import`` does before reading the payload);
    ``work`` gets the "Checking" phase, one step per check, and may cancel between them."""
    pin = None if pin is None else parse_fingerprint(pin)
    if report is None:
        report = VerifyReport(str(contents.path))
    report.kind = contents.kind
    report.checks.append(
        Check(
            "archive",
            "pass",
            _("{kind} of {count} files, nothing unsafe").format(
                kind=contents.kind, count=len(contents)
            ),
        )
    )
    state = _State(contents)
    steps: tuple[tuple[str, Callable[[], str]], ...] = (
        ("signature", lambda: _signature(state, report)),
        ("layout", lambda: _layout(state)),
        ("identity", lambda: _identity(state, report)),
        ("files", lambda: _files(state, report)),
        ("custody", lambda: _custody(state, report)),
        ("signer", lambda: _signer(state, report, pin, trusted or ())),
    )
    work.phase("Checking", len(steps))
    for done, (name, step) in enumerate(steps):
        work.update(done, item=name)
        try:
            detail = step()
        except _Skipped as skipped:
            report.checks.append(Check(name, "skipped", str(skipped)))
        except (_Failed, VaultError) as exc:
            report.checks.append(Check(name, "fail", str(exc)))
        else:
            report.checks.append(Check(name, "pass", detail))
    work.finish()
    return report


class _Skipped(Exception):
    """A check that cannot run because what it needs failed earlier."""


class _State:
    """What the checks learn and pass on."""

    def __init__(self, contents: BundleContents) -> None:
        self.contents = contents
        self.bag_info: dict[str, list[str]] = {}
        self.payload: list[str] = []
        self.records: dict[str, Any] | None = None
        self.claims: SignedClaims | None = None
        self.signature_ok = False
        # Files whose bytes the verified signature vouches for (see _authenticated);
        # nothing outside this set is parsed.
        self.authentic: frozenset[str] = frozenset()
        self.layout_read = False
        self.tag_listed: dict[str, str] = {}

    def require_authentic(self, name: str) -> None:
        """Skip the calling check unless ``name`` is covered by the verified signature."""
        if not self.signature_ok:
            raise _Skipped(_("not checked: the signature did not verify, so nothing was read"))
        if name not in self.authentic:
            raise _Skipped(
                _(
                    "not checked: {name} is not covered by the verified signature, so it was "
                    "not read"
                ).format(name=name)
            )

    def records_json(self) -> dict[str, Any]:
        if self.records is None:
            if RECORDS not in self.contents:
                raise _Failed(_("{name} is missing").format(name=RECORDS))
            self.require_authentic(RECORDS)
            records = read_json(self.contents, RECORDS)
            if not isinstance(records, dict):
                raise _Failed(_("{name} is not a JSON object").format(name=RECORDS))
            if records.get("format") != BUNDLE_FORMAT:
                raise _Failed(
                    _("{name} does not say format {format}").format(
                        name=RECORDS, format=repr(BUNDLE_FORMAT)
                    )
                )
            if records.get("version") != BUNDLE_VERSION:
                version = show_name(str(records.get("version")), 20)
                raise _Failed(
                    _(
                        "{name} is bundle format version {version}; this Evidence Vault "
                        "reads version {supported}"
                    ).format(name=RECORDS, version=version, supported=BUNDLE_VERSION)
                )
            self.records = records
        return self.records


def _layout(state: _State) -> str:
    contents = state.contents
    if not state.signature_ok:
        raise _Skipped(
            _("not checked: the signature did not verify, so nothing it covers was read")
        )
    unsigned = [
        name
        for name in contents.names()
        if not name.startswith(("data/", "signature/"))
        and name != TAG_MANIFEST
        and name not in state.authentic
    ]
    if unsigned:
        # Parse nothing the signature does not vouch for: name them and stop here.
        raise _Failed(_joined([_unsigned_problem(state, name) for name in unsigned]))
    layout = check_bag_layout(contents)
    state.layout_read = True
    state.bag_info = layout.bag_info
    state.payload = layout.payload
    problems = list(layout.problems)
    if layout.bagit_version not in (None, "1.0"):
        problems.append(
            _("bagit.txt declares BagIt {version}, not 1.0").format(version=layout.bagit_version)
        )
    problems += [_("{name} is missing").format(name=n) for n in REQUIRED_FILES if n not in contents]
    if "bag-info.txt" in contents:
        for label in REQUIRED_BAG_INFO:
            values = layout.bag_info.get(label, [])
            if len(values) != 1:
                problems.append(
                    _("bag-info.txt must give {label} once (found {count})").format(
                        label=label, count=len(values)
                    )
                )
    if problems:
        raise _Failed(_joined(problems))
    return _(
        "BagIt 1.0: {payload} payload files match manifest-sha256.txt and "
        "manifest-sha512.txt; {tags} tag files match {manifest}; no other files"
    ).format(payload=len(layout.payload), tags=len(layout.tag_files), manifest=TAG_MANIFEST)


def _unsigned_problem(state: _State, name: str) -> str:
    if name in state.tag_listed:
        return _(
            "{name} does not match its {algorithm} in {manifest} (changed after the "
            "bundle was made)"
        ).format(name=show_name(name), algorithm="SHA-256", manifest=TAG_MANIFEST)
    return _("{name} is not listed in {manifest} (untracked file)").format(
        name=show_name(name), manifest=TAG_MANIFEST
    )


def _authenticated(state: _State, tag_manifest: bytes) -> frozenset[str]:
    """The files the verified ``tag_manifest`` vouches for: the tag files whose SHA-256
    (taken while the archive was scanned, nothing parsed) is the one it lists, and, if
    ``manifest-sha256.txt`` is one of them, the payload files whose SHA-256 that lists."""
    contents = state.contents
    state.tag_listed = listed_digests(tag_manifest, "sha256")
    authentic = {
        name
        for name, digest in state.tag_listed.items()
        if not name.startswith(("data/", "signature/"))
        and name in contents
        and contents.member(name).sha256 == digest
    }
    manifest = "manifest-sha256.txt"
    if manifest in authentic and contents.member(manifest).size <= MAX_TAG_FILE_BYTES:
        for name, digest in listed_digests(contents.read(manifest), "sha256").items():
            if (
                name.startswith("data/")
                and name in contents
                and contents.member(name).sha256 == digest
            ):
                authentic.add(name)
    return frozenset(authentic | {TAG_MANIFEST})


def _signature(state: _State, report: VerifyReport) -> str:
    contents = state.contents
    for name in (SIGNER_KEY, SIGNATURE, TAG_MANIFEST):
        if name not in contents:
            raise _Failed(
                _("{name} is missing, so there is nothing to check the signature with").format(
                    name=name
                )
            )
    key = parse_public_key(contents.read(SIGNER_KEY, max_bytes=MAX_SMALL_FILE))
    report.fingerprint = key.fingerprint
    tag_manifest = contents.read(TAG_MANIFEST, max_bytes=MAX_TAG_FILE_BYTES)
    comment = verify_signature(
        tag_manifest, contents.read(SIGNATURE, max_bytes=MAX_SMALL_FILE), key
    )
    state.signature_ok = True
    state.authentic = _authenticated(state, tag_manifest)
    match = _COMMENT.match(comment)
    if match is None:
        raise _Failed(
            _(
                "the signature verifies but its trusted comment is not "
                "'bundle=… case=… profile=… utc=… chain=…': {comment}"
            ).format(comment=show_name(comment, 200))
        )
    state.claims = report.claims = SignedClaims(**match.groupdict())
    return _(
        "minisign signature over {manifest} by key {key} (signature/signer.pub) verifies, "
        "trusted comment included"
    ).format(manifest=TAG_MANIFEST, key=key_id_text(key.key_id))


def _identity(state: _State, report: VerifyReport) -> str:
    claims = state.claims
    if claims is None:
        raise _Skipped(_("no verified trusted comment to compare with"))
    if not state.layout_read:
        raise _Skipped(_("not checked: bag-info.txt was not read (see layout)"))
    try:
        canonical_uuid = str(uuid.UUID(claims.bundle))
    except ValueError:
        canonical_uuid = ""
    problems = []
    if canonical_uuid != claims.bundle:
        problems.append(
            _("the signed bundle id {bundle} is not a UUID").format(
                bundle=show_name(claims.bundle, 60)
            )
        )
    records = state.records_json()
    case = records.get("case")
    # Whole sentences per field and per "given / not given" (see _MISMATCH).
    sources = {
        "bundle id": (
            claims.bundle,
            _bag_value(state, "External-Identifier"),
            records.get("bundle_id"),
        ),
        "case code": (
            claims.case,
            _bag_value(state, "Case-Code"),
            case.get("code") if isinstance(case, dict) else None,
        ),
        "profile": (claims.profile, _bag_value(state, "Export-Profile"), records.get("profile")),
    }
    for what, (signed, bag, record) in sources.items():
        for where, found in (("bag-info.txt", bag), (RECORDS, record)):
            if found != signed:
                given, missing = _MISMATCH[what]
                problems.append(
                    (given if found is not None else missing).format(
                        where=where, found=_shown(found), signed=_shown(signed)
                    )
                )
    if problems:
        raise _Failed("; ".join(problems[:3]))
    return _(
        "bundle {bundle}, case {case}, profile {profile}, signed {utc}: the signature, "
        "bag-info.txt and {records} agree"
    ).format(
        bundle=claims.bundle,
        case=claims.case,
        profile=claims.profile,
        utc=human_time(claims.utc),
        records=RECORDS,
    )


# What bag-info.txt or data/records.json ({where}) says against the signature, per field:
# (it gives another value, it gives none).
_MISMATCH = {
    "bundle id": (
        _("{where} gives bundle id {found} but the signature says {signed}"),
        _("{where} gives no bundle id but the signature says {signed}"),
    ),
    "case code": (
        _("{where} gives case code {found} but the signature says {signed}"),
        _("{where} gives no case code but the signature says {signed}"),
    ),
    "profile": (
        _("{where} gives profile {found} but the signature says {signed}"),
        _("{where} gives no profile but the signature says {signed}"),
    ),
}


def _bag_value(state: _State, label: str) -> str | None:
    values = state.bag_info.get(label, [])
    return values[0] if len(values) == 1 else None


def _shown(value: object) -> str:
    return "nothing" if value is None else repr(show_name(str(value), 80))


def _files(state: _State, report: VerifyReport) -> str:
    records = state.records_json()
    payload = [name for name in state.contents.names() if name.startswith("data/")]
    report.payload_files = len(payload)
    problems: list[str] = []
    named: dict[str, str] = {}
    for where, value in _referenced_files(records, problems):
        if not isinstance(value, str):
            problems.append(_("{where} is not a file path").format(where=where))
        elif value in named:
            problems.append(
                _("{where} names {name}, already named by {other}").format(
                    where=where, name=show_name(value), other=named[value]
                )
            )
        else:
            named[value] = where
            if value not in state.contents or not value.startswith("data/"):
                problems.append(
                    _("{where} names {name}, which is not in data/").format(
                        where=where, name=show_name(value)
                    )
                )
    for name in payload:
        if name != RECORDS and name not in named:
            problems.append(
                _("{name} is in data/ but {records} does not name it").format(
                    name=show_name(name), records=RECORDS
                )
            )
    if problems:
        raise _Failed(_joined(problems))
    return _(
        "the {count} files {records} names are all in data/, and it names every other file there"
    ).format(count=len(named), records=RECORDS)


def _referenced_files(records: dict[str, Any], problems: list[str]) -> Iterator[tuple[str, Any]]:
    """(where, path) for every file a statement or attachment record names."""
    wanted = {
        "statements": (("text_file", True), ("pdf_file", False), ("translation_file", False)),
        "attachments": (("file", True),),
    }
    for section, keys in wanted.items():
        items = records.get(section)
        if not isinstance(items, list):
            problems.append(
                _("{records} has no {section} list").format(records=RECORDS, section=section)
            )
            continue
        for index, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                problems.append(
                    _("{section} entry {index} of {records} is not an object").format(
                        section=section, index=index, records=RECORDS
                    )
                )
                continue
            ref = item.get("ref")
            label = show_name(ref, 40) if isinstance(ref, str) else f"{section} entry {index}"
            for key, required in keys:
                value = item.get(key)
                if value is None and not required:
                    continue
                yield f"{label} {key}", value


def _custody(state: _State, report: VerifyReport) -> str:
    if CUSTODY not in state.contents:
        raise _Failed(_("{name} is missing").format(name=CUSTODY))
    state.require_authentic(CUSTODY)
    events = read_json_lines(state.contents, CUSTODY)
    chain = verify_chain(events)
    report.custody_events = chain.rows
    if not chain.ok:
        raise _Failed(chain.reason)
    last = events[-1]
    details = last["details"]
    claims = state.claims
    if last["action"] != "export":
        raise _Failed(
            _("the last line ({line}) of {custody} is {action}, not the export").format(
                line=len(events), custody=CUSTODY, action=_shown(last["action"])
            )
        )
    if claims is None:
        raise _Skipped(
            _(
                "{count} events chain correctly, but with no verified signature there "
                "is no bundle id to compare the export event with"
            ).format(count=len(events))
        )
    expected = {"bundle": claims.bundle, "profile": claims.profile, "vault_chain": claims.chain}
    for key, value in expected.items():
        if details.get(key) != value:
            found = details.get(key)
            said = (
                _(
                    "the export event (line {line}) of {custody} gives {key} {found} but the "
                    "signature says {signed}"
                )
                if found is not None
                else _(
                    "the export event (line {line}) of {custody} gives no {key} but the "
                    "signature says {signed}"
                )
            )
            raise _Failed(
                said.format(
                    line=len(events),
                    custody=CUSTODY,
                    key=key,
                    found=_shown(found),
                    signed=_shown(value),
                )
            )
    if claims.chain.startswith("commit:"):
        said = _(
            "{count} events chain correctly; the last is this bundle's export (sender's "
            "custody commitment {chain}…)"
        )
    else:
        said = _(
            "{count} events chain correctly; the last is this bundle's export (sender's "
            "custody head {chain}…)"
        )
    return said.format(count=len(events), chain=claims.chain[:24])


def _signer(
    state: _State,
    report: VerifyReport,
    pin: str | None,
    trusted: Sequence[TrustedSigner],
) -> str:
    fingerprint = report.fingerprint
    if fingerprint is None or not state.signature_ok:
        raise _Skipped(_("the signature did not verify, so nobody is known to have signed"))
    grouped = grouped_fingerprint(fingerprint)
    listed = next((s for s in trusted if s.fingerprint == fingerprint), None)
    if listed is not None and listed.revoked:
        report.status = SignerStatus.REVOKED
        report.signer_name = listed.name
        raise _Failed(
            _("REVOKED: the signer's key {key} ({name}) was revoked on {date}").format(
                key=grouped, name=listed.name, date=human_time(listed.revoked_utc)
            )
        )
    if listed is not None:
        report.status = SignerStatus.TRUSTED
        report.signer_name = listed.name
    elif pin is not None and pin == fingerprint:
        report.status = SignerStatus.PINNED
    else:
        report.status = SignerStatus.UNPINNED
    if pin is not None and pin != fingerprint:
        raise _Failed(
            _("the signer's key {key} is not the fingerprint given ({pin})").format(
                key=grouped, pin=grouped_fingerprint(pin)
            )
        )
    if report.status is SignerStatus.TRUSTED and listed is not None and _own(listed):
        return _("TRUSTED: this vault's own key")
    if report.status is SignerStatus.TRUSTED:
        return _("TRUSTED: a trusted signer of this vault, {name}").format(
            name=listed.name if listed else ""
        )
    if report.status is SignerStatus.PINNED:
        return _("PINNED: the key matches the fingerprint given")
    return _(
        "UNPINNED: the signature is valid, but nothing says whose key it is; compare the "
        "fingerprint with the sender's over another channel"
    )


def _own(signer: TrustedSigner) -> bool:
    """The vault's own key (listed without a date among its trusted signers)."""
    return signer.name == OWN_KEY_NAME and not signer.added_utc


def report_lines(
    report: VerifyReport, _: Callable[[str], str] = _same, message: Callable[[str], str] = _same
) -> list[str]:
    """The report as lines for a terminal: the bundle's claims, each check, the signer
    fingerprint in full (grouped for reading aloud) and its status, and the verdict.
    ``_`` translates each English template before the data is formatted in (the command
    line passes ``vault.app.i18n.translate``, and ``translate_detail`` as ``message`` for
    each check's formatted detail); by default the lines are English."""
    kind = f" ({report.kind})" if report.kind else ""
    lines = [_("Bundle:       {path}{kind}").format(path=report.path, kind=kind)]
    if report.claims is not None:
        claims = report.claims
        lines.append(_("Bundle id:    {bundle}").format(bundle=claims.bundle))
        lines.append(
            _("Case:         {case}    Profile: {profile}    Signed: {utc}").format(
                case=claims.case, profile=claims.profile, utc=human_time(claims.utc)
            )
        )
    lines.append("")
    width = max(len(name) for name in CHECK_NAMES)
    marks = {"pass": "ok  ", "fail": "FAIL", "skipped": "--  "}
    for check in report.checks:
        lines.append(
            f"  [{marks.get(check.result, check.result)}] {check.name:<{width}}  "
            f"{message(check.detail)}"
        )
    lines.append("")
    if report.fingerprint is not None:
        lines.append(_("Signer key fingerprint (SHA-256 of the public key):"))
        lines.append(f"    {grouped_fingerprint(report.fingerprint)}")
    if report.status is not None:
        named = f" ({message(report.signer_name)})" if report.signer_name else ""
        lines.append(
            _("Signer:       {status}{named}").format(status=report.status.value, named=named)
        )
    failure = report.first_failure
    if failure is None and report.status is SignerStatus.UNPINNED:
        lines.append(
            _("Result:       intact and signed, but the signer is NOT verified (UNPINNED).")
        )
    elif failure is None and report.ok:
        lines.append(_("Result:       the bundle checks out."))
    elif failure is not None:
        lines.append(
            _("Result:       REFUSED: {check}: {detail}").format(
                check=failure.name, detail=message(failure.detail)
            )
        )
    return lines


def unpinned_warning(_: Callable[[str], str] = _same) -> str:
    """What the CLI says when a good bundle's signer is UNPINNED (``_`` translates it)."""
    return _(
        "warning: the signer is not verified (UNPINNED): the bundle is intact and signed, but "
        "by a key this vault does not trust; compare the fingerprint with the sender's over "
        "another channel."
    )
