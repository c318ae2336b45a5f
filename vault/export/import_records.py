"""data/records.json of a received bundle, read into typed records before anything is
written.

The bundle has already passed ``verify`` (so it is intact and signed), but a signature
says who sent it, not that its sender's software was right: every value is checked
here with the same rules as typed-in records (roles, kinds, language tags,
dates, one-line names), and every reference must point to a record of the right kind.
A problem refuses the whole import with a message naming the entry, before any byte
reaches the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from vault.core.canonical import canonical_json
from vault.core.consent import ANONYMITY, parse_categories
from vault.core.dates import PRECISIONS, PartialDate, parse_date
from vault.core.errors import InputError
from vault.core.links import LINK_ROLES
from vault.core.persons import MAX_NAME_CHARS, check_role
from vault.core.statement_fields import MAX_TAG_CHARS, check_kind, check_language
from vault.core.text_input import clean_line, clean_notes, clean_optional_line
from vault.core.topics import TOPICS
from vault.export.errors import show_name

RECORDS = "data/records.json"
MAX_REF_CHARS = 40
MAX_PATH_CHARS = 1000
T = TypeVar("T")


class BundleRecordsInvalid(InputError):
    """records.json says something this vault cannot take in (named in the message)."""


@dataclass(frozen=True)
class BundlePerson:
    """A person as the bundle gives them: a code (``ref``), and a name only if the
    profile shows it."""

    ref: str
    roles: tuple[str, ...]
    name: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class BundleFacility:
    """A facility or organization (always named)."""

    ref: str
    name: str
    aliases: tuple[str, ...]
    type: str


@dataclass(frozen=True)
class BundleIncident:
    """An incident; ``facility`` is a facility ref."""

    ref: str
    violation_type: str
    date: PartialDate | None
    place: str | None
    description: str
    facility: str | None


@dataclass(frozen=True)
class BundleStatement:
    """A statement: its text is in ``text_file`` (and ``translation_file``)."""

    ref: str
    text_file: str
    translation_file: str | None
    witness: str
    interviewer: str | None
    interpreter: str | None
    interview_date: PartialDate | None
    place: str | None
    language: str | None
    kind: str
    topics: tuple[str, ...]
    tags: tuple[str, ...]  # topics this vault's vocabulary does not have, kept as tags
    translation_language: str | None
    intake_hash: str | None  # canonical JSON, as the bundle gives it
    # The consent it was released under (categories, anonymity); None: not given.
    consent: tuple[tuple[str, ...], str] | None = None


@dataclass(frozen=True)
class BundleAttachment:
    """An attachment file; ``statement`` is a statement ref."""

    ref: str
    file: str
    media_type: str
    derived: bool
    statement: str | None
    intake_hash: str | None  # canonical JSON
    intake_sha256: str | None  # the bare SHA-256 of the original, when not salted


@dataclass(frozen=True)
class BundleLink:
    """A link between two refs, in the direction the vault stores it."""

    source: str
    target: str
    role: str


@dataclass(frozen=True)
class BundleRecords:
    """Everything records.json holds, checked."""

    bundle_id: str
    profile: str
    exported_utc: str
    case_code: str
    case_title: str | None
    persons: list[BundlePerson]
    facilities: list[BundleFacility]
    incidents: list[BundleIncident]
    statements: list[BundleStatement]
    attachments: list[BundleAttachment]
    links: list[BundleLink]
    ref_types: dict[str, str]


class _Entry:
    """One JSON object of records.json, read field by field with its place named."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise BundleRecordsInvalid(f"{RECORDS}: {where} is not an object.")
        self.value = value
        self.where = where

    def fail(self, problem: str) -> BundleRecordsInvalid:
        return BundleRecordsInvalid(f"{RECORDS}: {self.where}: {problem}")

    def text(self, key: str) -> str:
        value = self.value.get(key)
        if not isinstance(value, str):
            raise self.fail(f"{key} is missing or not text.")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.value.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(f"{key} is not text.")
        return value

    def texts(self, key: str) -> list[str]:
        value = self.value.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{key} is not a list of text.")
        return value

    def checked(self, key: str, check: Callable[..., T], *args: Any) -> T:
        """``check(*args)``: a core rule, its refusal prefixed with the entry and key."""
        try:
            return check(*args)
        except InputError as exc:
            raise self.fail(f"{key}: {exc}") from None

    def ref(self) -> str:
        return self.checked("ref", clean_line, self.text("ref"), "reference", MAX_REF_CHARS)

    def date(self, key: str, precision_key: str) -> PartialDate | None:
        value = self.optional_text(key)
        if value is None:
            return None
        parsed = self.checked(key, parse_date, value, key.replace("_", " "))
        precision = self.optional_text(precision_key)
        if precision is not None and precision not in PRECISIONS:
            raise self.fail(f"{precision_key} {show_name(precision, 40)!r} is not a precision.")
        return PartialDate(parsed.value, "approximate") if precision == "approximate" else parsed

    def intake_hash(self) -> tuple[str | None, str | None]:
        """(canonical JSON of intake_hash, the bare SHA-256 if it is not salted)."""
        value = self.value.get("intake_hash")
        if value is None:
            return None, None
        if not isinstance(value, dict) or not all(
            isinstance(v, str | bool) for v in value.values()
        ):
            raise self.fail("intake_hash is not an object of text and true/false values.")
        bare = value.get("value")
        unsalted = value.get("algorithm") == "sha256" and value.get("salted") is False
        return canonical_json(value).decode("utf-8"), bare if unsalted else None


def _section(document: dict[str, Any], name: str) -> list[Any]:
    value = document.get(name, [])
    if not isinstance(value, list):
        raise BundleRecordsInvalid(f"{RECORDS}: {name} is not a list.")
    return value


def read_records(document: Any) -> BundleRecords:
    """Check ``document`` (parsed records.json) and return its records.

    Refuses (BundleRecordsInvalid, naming the entry): a missing or mistyped field, a value
    a typed-in record could not have (unknown role, kind, topic, language tag, date), a
    reference given twice, and a reference to a record that is not in the bundle or not
    of the kind the field needs.
    """
    if not isinstance(document, dict):
        raise BundleRecordsInvalid(f"{RECORDS} is not a JSON object.")
    top = _Entry(document, "the document")
    case = _Entry(document.get("case"), "case")
    refs: dict[str, str] = {}
    persons = [_person(_Entry(v, f"person {i}")) for i, v in _numbered(document, "persons")]
    facilities = [
        _facility(_Entry(v, f"facility {i}")) for i, v in _numbered(document, "facilities")
    ]
    for person in persons:
        _claim(refs, person.ref, "person")
    for facility in facilities:
        _claim(refs, facility.ref, "facility")
    incidents = []
    incident_links = []
    for i, value in _numbered(document, "incidents"):
        entry = _Entry(value, f"incident {i}")
        incident = _incident(entry, refs)
        _claim(refs, incident.ref, "incident")
        incidents.append(incident)
        for j, party in enumerate(_section(entry.value, "persons"), start=1):
            part = _Entry(party, f"incident {incident.ref} person {j}")
            incident_links.append((incident.ref, part.text("ref"), part.text("as"), part))
    statements = []
    for i, value in _numbered(document, "statements"):
        statement = _statement(_Entry(value, f"statement {i}"), refs)
        _claim(refs, statement.ref, "statement")
        statements.append(statement)
    attachments = [
        _attachment(_Entry(v, f"attachment {i}"), refs)
        for i, v in _numbered(document, "attachments")
    ]
    for attachment in attachments:
        _claim(refs, attachment.ref, "attachment")
    links = _links(document, refs, incident_links)
    title = case.optional_text("title")
    return BundleRecords(
        bundle_id=top.text("bundle_id"),
        profile=top.text("profile"),
        exported_utc=top.text("exported_utc"),
        case_code=case.checked("code", clean_line, case.text("code"), "case code", MAX_REF_CHARS),
        case_title=None if title is None else case.checked("title", clean_line, title, "title"),
        persons=persons,
        facilities=facilities,
        incidents=incidents,
        statements=statements,
        attachments=attachments,
        links=links,
        ref_types=refs,
    )


def _numbered(document: dict[str, Any], name: str) -> list[tuple[int, Any]]:
    return list(enumerate(_section(document, name), start=1))


def _claim(refs: dict[str, str], ref: str, kind: str) -> None:
    if ref in refs:
        raise BundleRecordsInvalid(f"{RECORDS}: the reference {show_name(ref, 40)} is used twice.")
    refs[ref] = kind


def _pointer(entry: _Entry, key: str, refs: dict[str, str], kind: str, required: bool) -> Any:
    value = entry.text(key) if required else entry.optional_text(key)
    if value is not None and refs.get(value) != kind:
        raise entry.fail(f"{key} {show_name(value, 40)} is not a {kind} of the bundle.")
    return value


def _person(entry: _Entry) -> BundlePerson:
    roles = tuple(
        dict.fromkeys(entry.checked("roles", check_role, r) for r in entry.texts("roles"))
    )
    if not roles:
        raise entry.fail("roles is empty.")
    name = entry.optional_text("name")
    if name is not None:
        name = entry.checked("name", clean_line, name, "name", MAX_NAME_CHARS)
    aliases = tuple(
        entry.checked("aliases", clean_line, a, "alias", MAX_NAME_CHARS)
        for a in entry.texts("aliases")
    )
    return BundlePerson(entry.ref(), roles, name, aliases)


def _facility(entry: _Entry) -> BundleFacility:
    name = entry.checked("name", clean_line, entry.text("name"), "facility name", MAX_NAME_CHARS)
    aliases = tuple(
        entry.checked("aliases", clean_line, a, "alias", MAX_NAME_CHARS)
        for a in entry.texts("aliases")
    )
    kind = entry.optional_text("type") or "facility"
    kind = entry.checked("type", clean_line, kind, "facility type", 80).lower()
    return BundleFacility(entry.ref(), name, aliases, kind)


def _incident(entry: _Entry, refs: dict[str, str]) -> BundleIncident:
    return BundleIncident(
        ref=entry.ref(),
        violation_type=entry.checked(
            "violation_type", clean_line, entry.text("violation_type"), "violation type", 200
        ),
        date=entry.date("date", "date_precision"),
        place=entry.checked("place", clean_optional_line, entry.optional_text("place"), "place"),
        description=entry.checked(
            "description", clean_notes, entry.optional_text("description"), "description"
        ),
        facility=_pointer(entry, "facility", refs, "facility", required=False),
    )


def _statement(entry: _Entry, refs: dict[str, str]) -> BundleStatement:
    # A sender on another version may know other topics: kept as tags, not refused.
    topics = [t.strip().lower() for t in entry.texts("topics") if t.strip()]
    return BundleStatement(
        ref=entry.ref(),
        text_file=_path(entry, "text_file", required=True) or "",
        translation_file=_path(entry, "translation_file", required=False),
        witness=_pointer(entry, "witness", refs, "person", required=True),
        interviewer=_pointer(entry, "interviewer", refs, "person", required=False),
        interpreter=_pointer(entry, "interpreter", refs, "person", required=False),
        interview_date=entry.date("interview_date", "interview_date_precision"),
        place=entry.checked("place", clean_optional_line, entry.optional_text("place"), "place"),
        language=entry.checked("language", check_language, entry.optional_text("language")),
        kind=entry.checked("kind", check_kind, entry.text("kind")),
        topics=tuple(t for t in topics if t in TOPICS),
        tags=tuple(
            entry.checked("topics", clean_line, t, "topic", MAX_TAG_CHARS)
            for t in topics
            if t not in TOPICS
        ),
        translation_language=entry.checked(
            "translation_language",
            check_language,
            entry.optional_text("translation_language"),
            "translation language",
        ),
        intake_hash=entry.intake_hash()[0],
        consent=_released(entry),
    )


def _released(entry: _Entry) -> tuple[tuple[str, ...], str] | None:
    """The statement's ``consent``: {"share": [categories], "anonymity": required|waived}
    (a sender that does not write it gives nothing to re-share under)."""
    value = entry.value.get("consent")
    if value is None:
        return None
    part = _Entry(value, f"{entry.where}: consent")
    share = part.checked("share", parse_categories, part.texts("share"))
    anonymity = part.text("anonymity")
    if anonymity not in ANONYMITY:
        raise part.fail(f"anonymity {show_name(anonymity, 40)!r} is not required or waived.")
    return share, anonymity


def _attachment(entry: _Entry, refs: dict[str, str]) -> BundleAttachment:
    derived = entry.value.get("derived", True)
    if not isinstance(derived, bool):
        raise entry.fail("derived is not true or false.")
    intake_hash, bare = entry.intake_hash()
    return BundleAttachment(
        ref=entry.ref(),
        file=_path(entry, "file", required=True) or "",
        media_type=entry.optional_text("media_type") or "application/octet-stream",
        derived=derived,
        statement=_pointer(entry, "statement", refs, "statement", required=False),
        intake_hash=intake_hash,
        intake_sha256=None if derived else bare,
    )


def _path(entry: _Entry, key: str, required: bool) -> str | None:
    value = entry.text(key) if required else entry.optional_text(key)
    if value is not None and (not value.startswith("data/") or len(value) > MAX_PATH_CHARS):
        raise entry.fail(f"{key} {show_name(value, 80)} is not a file under data/.")
    return value


def _links(
    document: dict[str, Any],
    refs: dict[str, str],
    incident_parties: list[tuple[str, str, str, _Entry]],
) -> list[BundleLink]:
    """The links list and the incidents' parties, each once, stored direction first."""
    found: dict[tuple[str, str, str], BundleLink] = {}
    for i, value in _numbered(document, "links"):
        entry = _Entry(value, f"link {i}")
        _add_link(found, refs, entry.text("from"), entry.text("to"), entry.text("as"), entry)
    for incident, person, role, entry in incident_parties:
        _add_link(found, refs, incident, person, role, entry)
    return list(found.values())


def _add_link(
    found: dict[tuple[str, str, str], BundleLink],
    refs: dict[str, str],
    source: str,
    target: str,
    role: str,
    entry: _Entry,
) -> None:
    kinds = (refs.get(source), refs.get(target))
    if None in kinds:
        missing = source if kinds[0] is None else target
        raise entry.fail(f"{show_name(missing, 40)} is not a linkable record of the bundle.")
    if kinds not in LINK_ROLES and kinds[::-1] in LINK_ROLES:
        source, target, kinds = target, source, kinds[::-1]
    allowed = LINK_ROLES.get((str(kinds[0]), str(kinds[1])), ())
    role = role.strip().lower()
    if role not in allowed:
        raise entry.fail(
            f"a {kinds[0]} cannot be linked to a {kinds[1]} as {show_name(role, 40)!r}."
        )
    found.setdefault((source, target, role), BundleLink(source, target, role))
