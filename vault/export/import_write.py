"""Writing a checked bundle into the vault: a new case with its persons, facilities,
incidents, statements, attachments and links, all inside the import's one transaction.

Each record is written as a typed-in one would be (same tables, same custody actions,
``import`` added to the details) and listed in ``imported_items`` with the bundle
reference and file it came from.  Persons keep the bundle's code when it fits their first
role (W-001 stays W-001, so HQ and the sender's PDFs say the same), and are named by that
code when the profile did not show the name.
"""

from __future__ import annotations

import re
from collections import Counter

from vault.core.attachments import WrittenBlob, insert_attachments
from vault.core.cases import MAX_TITLE_CHARS, Case
from vault.core.custody import utc_now
from vault.core.ids import new_id
from vault.core.persons import CODE_PREFIX, allocate_code, clean_aliases, ensure_role, get_person
from vault.core.statements import StatementDraft, write_statement
from vault.core.text_input import clean_line
from vault.core.vault import Vault
from vault.export.import_records import BundleRecords

# The number part of a code, as persons.allocate_code writes it (and a little beyond).
_CODE_NUMBER = re.compile(r"^([A-Z])-(\d{3,9})$")
# An export code (export_codes.py): role letter and six base32 characters, not all
# digits, so it can never meet a numbered code allocated later.
_EXPORT_CODE = re.compile(r"^([A-Z])-(?!\d+$)([0-9A-HJKMNP-TV-Z]{6})$")


class ImportWriter:
    """Writes one bundle's records; ``ids`` maps bundle references to the new ids."""

    def __init__(self, vault: Vault, import_id: str, records: BundleRecords) -> None:
        self.vault = vault
        self.conn = vault.conn
        self.import_id = import_id
        self.records = records
        self.ids: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        self.case_id = ""
        self.note = f"Imported from bundle {records.bundle_id}"

    def mark(
        self,
        object_type: str,
        object_id: str,
        ref: str,
        path: str | None = None,
        intake_hash: str | None = None,
    ) -> None:
        """List the record as imported, with where in the bundle it came from."""
        self.conn.execute(
            "INSERT INTO imported_items (import_id, object_type, object_id, bundle_ref,"
            " bundle_path, intake_hash_json) VALUES (?, ?, ?, ?, ?, ?)",
            (self.import_id, object_type, object_id, ref, path, intake_hash),
        )
        if object_type != "case":
            self.counts[object_type] += 1

    def case(self, signer_fingerprint: str, signer_status: str, imported_utc: str) -> Case:
        """The new case (HQ's next code) and the ``imports`` row that owns everything."""
        records = self.records
        number = int(self.conn.execute("SELECT count(*) FROM cases").fetchone()[0]) + 1
        title = records.case_title or (
            f"Imported {records.case_code} ({records.profile}) from bundle {records.bundle_id}"
        )
        case = Case(
            new_id(),
            f"C-{number:03d}",
            clean_line(title, "case title", MAX_TITLE_CHARS),
            imported_utc,
        )
        self.case_id = case.id
        self.conn.execute(
            "INSERT INTO cases (id, code, title, created_utc) VALUES (?, ?, ?, ?)",
            (case.id, case.code, case.title, case.created_utc),
        )
        self.vault.record(
            "case-create", "case", case.id, {"code": case.code, "import": self.import_id}
        )
        self.conn.execute(
            "INSERT INTO imports (id, bundle_id, case_id, profile, signer_fingerprint,"
            " signer_status, imported_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                self.import_id,
                records.bundle_id,
                case.id,
                records.profile,
                signer_fingerprint,
                signer_status,
                imported_utc,
            ),
        )
        self.mark("case", case.id, records.case_code)
        return case

    def persons(self) -> None:
        """Persons, keeping the bundle's code where it fits the first role; the code
        counters then start past the highest kept, so later persons get new codes."""
        kept: dict[str, str] = {}
        highest: dict[str, int] = {}
        for person in self.records.persons:
            match = _CODE_NUMBER.match(person.ref)
            if match and match[1] == CODE_PREFIX[person.roles[0]]:
                kept[person.ref] = person.ref
                highest[match[1]] = max(highest.get(match[1], 0), int(match[2]))
            export = _EXPORT_CODE.match(person.ref)
            if export and export[1] == CODE_PREFIX[person.roles[0]]:
                kept[person.ref] = person.ref
        self.conn.executemany(
            "INSERT INTO code_counters (case_id, prefix, last) VALUES (?, ?, ?)",
            [(self.case_id, prefix, last) for prefix, last in sorted(highest.items())],
        )
        for person in self.records.persons:
            code = kept.get(person.ref) or allocate_code(
                self.conn, self.case_id, CODE_PREFIX[person.roles[0]]
            )
            name = person.name or person.ref
            aliases = clean_aliases(name, person.aliases)
            person_id, now = new_id(), utc_now()
            self.conn.execute(
                "INSERT INTO persons (id, case_id, code, name, born, born_precision, notes,"
                " created_utc) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)",
                (person_id, self.case_id, code, name, f"{self.note} as {person.ref}.", now),
            )
            self.conn.executemany(
                "INSERT INTO person_aliases (person_id, position, alias) VALUES (?, ?, ?)",
                [(person_id, i, alias) for i, alias in enumerate(aliases, start=1)],
            )
            self.conn.executemany(
                "INSERT INTO person_roles (person_id, role, position, added_utc)"
                " VALUES (?, ?, ?, ?)",
                [(person_id, role, i, now) for i, role in enumerate(person.roles, start=1)],
            )
            self.vault.record(
                "person-create",
                "person",
                person_id,
                {
                    "case_id": self.case_id,
                    "code": code,
                    "role": person.roles[0],
                    "aliases": len(aliases),
                    "import": self.import_id,
                },
            )
            self.ids[person.ref] = person_id
            self.mark("person", person_id, person.ref)

    def facilities(self) -> None:
        """Facilities and organizations with their aliases."""
        for facility in self.records.facilities:
            facility_id = new_id()
            aliases = clean_aliases(facility.name, facility.aliases)
            self.conn.execute(
                "INSERT INTO facilities (id, case_id, name, type, notes, created_utc)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    facility_id,
                    self.case_id,
                    facility.name,
                    facility.type,
                    f"{self.note} as {facility.ref}.",
                    utc_now(),
                ),
            )
            self.conn.executemany(
                "INSERT INTO facility_aliases (facility_id, position, alias) VALUES (?, ?, ?)",
                [(facility_id, i, alias) for i, alias in enumerate(aliases, start=1)],
            )
            self.vault.record(
                "facility-create",
                "facility",
                facility_id,
                {
                    "case_id": self.case_id,
                    "type": facility.type,
                    "aliases": len(aliases),
                    "import": self.import_id,
                },
            )
            self.ids[facility.ref] = facility_id
            self.mark("facility", facility_id, facility.ref)

    def incidents(self) -> None:
        """Incidents (their parties come in as links)."""
        for incident in self.records.incidents:
            incident_id = new_id()
            facility_id = self.ids[incident.facility] if incident.facility else None
            self.conn.execute(
                "INSERT INTO incidents (id, case_id, violation_type, date, date_precision,"
                " place, facility_id, description, created_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    incident_id,
                    self.case_id,
                    incident.violation_type,
                    None if incident.date is None else incident.date.value,
                    None if incident.date is None else incident.date.precision,
                    incident.place,
                    facility_id,
                    incident.description,
                    utc_now(),
                ),
            )
            self.vault.record(
                "incident-create",
                "incident",
                incident_id,
                {"case_id": self.case_id, "facility_id": facility_id, "import": self.import_id},
            )
            self.ids[incident.ref] = incident_id
            self.mark("incident", incident_id, incident.ref)

    def statements(self, texts: dict[str, str]) -> None:
        """Statements through the same checks and custody event as typed-in ones; the
        body is the text file exactly as received (its hash is taken of that)."""
        for statement in self.records.statements:
            draft = StatementDraft(
                witness_id=self.ids[statement.witness],
                body=texts[statement.text_file],
                translation=texts[statement.translation_file]
                if statement.translation_file
                else None,
                translation_language=statement.translation_language,
                language=statement.language,
                interview_date=statement.interview_date,
                place=statement.place,
                interviewer_id=self.ids[statement.interviewer] if statement.interviewer else None,
                interpreter_id=self.ids[statement.interpreter] if statement.interpreter else None,
                kind=statement.kind,
                topics=statement.topics,
                tags=statement.tags,
            )
            statement_id = write_statement(self.vault, self.case_id, draft)
            self.ids[statement.ref] = statement_id
            self.mark(
                "statement", statement_id, statement.ref, statement.text_file, statement.intake_hash
            )

    def attachments(self, blobs: dict[str, WrittenBlob]) -> None:
        """Rows for the attachment blobs already written, each with its statement."""
        for attachment in self.records.attachments:
            created = insert_attachments(
                self.vault,
                self.case_id,
                [blobs[attachment.file]],
                self.ids[attachment.statement] if attachment.statement else None,
                {"import": self.import_id},
            )[0]
            self.mark(
                "attachment", created.id, attachment.ref, attachment.file, attachment.intake_hash
            )

    def links(self) -> None:
        """Links between the new records; an incident's party gains that role."""
        kinds = self.records.ref_types
        for link in self.records.links:
            source = (kinds[link.source], self.ids[link.source])
            target = (kinds[link.target], self.ids[link.target])
            link_id = new_id()
            self.conn.execute(
                "INSERT INTO links (id, case_id, from_type, from_id, to_type, to_id, role,"
                " created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (link_id, self.case_id, *source, *target, link.role, utc_now()),
            )
            if source[0] == "incident" and target[0] == "person":
                ensure_role(self.vault, get_person(self.vault, target[1]), link.role)
            self.vault.record(
                "link-create",
                "link",
                link_id,
                {
                    "case_id": self.case_id,
                    "from": list(source),
                    "to": list(target),
                    "role": link.role,
                    "import": self.import_id,
                },
            )
            self.mark("link", link_id, f"{link.source} {link.role} {link.target}")

    def custody(self, lines: list[str]) -> None:
        """The bundle's custody history, each line exactly as received."""
        self.conn.executemany(
            "INSERT INTO imported_custody (import_id, seq, line) VALUES (?, ?, ?)",
            [(self.import_id, seq, line) for seq, line in enumerate(lines, start=1)],
        )
        self.counts["custody_event"] = len(lines)
