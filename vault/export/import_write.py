"""Writing a checked bundle into the vault: a new case with its persons, facilities,
incidents, statements, attachments and links, all inside the import's one transaction.

Every record goes through the same core function a typed-in one does (``add_case``,
``add_person``, ``add_statement``, ...: one set of checks, one set of custody events),
told where it came from (``ImportedFrom``) so that it is listed as imported, with the
bundle reference and file it came from.  Persons keep the bundle's code when it fits
their first role (W-001 or W-7KQ3M stays, so HQ and the sender's PDFs say the same), and
are named by that code when the profile did not show the name.  Each statement's
consent scope is recorded as received with the bundle.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from vault.core.attachments import WrittenBlob, insert_attachments
from vault.core.cases import MAX_TITLE_CHARS, Case, add_case
from vault.core.facilities import add_facility
from vault.core.imported import ImportedFrom, ImportRow, add_import, mark_imported
from vault.core.incidents import add_incident
from vault.core.links import add_link
from vault.core.persons import add_person, add_role, code_fits
from vault.core.received_consent import record_received_consent
from vault.core.statements import StatementDraft, add_statement
from vault.core.text_input import clean_line
from vault.core.vault import Vault
from vault.export.import_records import BundleRecords


class ImportWriter:
    """Writes one bundle's records; ``ids`` maps bundle references to the new ids."""

    def __init__(self, vault: Vault, import_id: str, records: BundleRecords) -> None:
        self.vault = vault
        self.import_id = import_id
        self.records = records
        self.ids: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        self.case_id = ""
        self.note = f"Imported from bundle {records.bundle_id}"

    def origin(
        self, ref: str, path: str | None = None, intake_hash: str | None = None
    ) -> ImportedFrom:
        """Where in the bundle a record came from, for the core functions to mark."""
        return ImportedFrom(self.import_id, ref, path, intake_hash)

    def case(self, signer_fingerprint: str, signer_status: str, imported_utc: str) -> Case:
        """The new case (HQ's next code) and the ``imports`` row that owns everything."""
        records = self.records
        # Not the sender's case code (its export code): a title travels in later bundles
        # of this case, where that code would name no record (export's code check);
        # the code is kept with the import (its custody event, ``show``'s origin).
        title = records.case_title or (
            f"Imported from bundle {records.bundle_id} ({records.profile})"
        )
        case = add_case(
            self.vault,
            clean_line(title, "case title", MAX_TITLE_CHARS),
            import_id=self.import_id,
        )
        self.case_id = case.id
        add_import(
            self.vault,
            ImportRow(
                self.import_id,
                records.bundle_id,
                case.id,
                records.profile,
                signer_fingerprint,
                signer_status,
                imported_utc,
            ),
        )
        mark_imported(self.vault, "case", case.id, self.origin(records.case_code))
        return case

    def persons(self) -> None:
        """Persons, keeping the bundle's code where it fits the first role; further roles
        are added as a typed-in role would be."""
        for person in self.records.persons:
            first = person.roles[0]
            kept = person.ref if code_fits(person.ref, first) else None
            created = add_person(
                self.vault,
                self.case_id,
                person.name or person.ref,
                first,
                aliases=person.aliases,
                notes=f"{self.note} as {person.ref}.",
                code=kept,
                imported=self.origin(person.ref),
            )
            for role in person.roles[1:]:
                add_role(self.vault, created.id, role)
            self.ids[person.ref] = created.id
            self.counts["person"] += 1

    def facilities(self) -> None:
        """Facilities and organizations with their aliases."""
        for facility in self.records.facilities:
            created = add_facility(
                self.vault,
                self.case_id,
                facility.name,
                facility.aliases,
                facility.type,
                f"{self.note} as {facility.ref}.",
                imported=self.origin(facility.ref),
            )
            self.ids[facility.ref] = created.id
            self.counts["facility"] += 1

    def incidents(self) -> None:
        """Incidents (their parties come in as links)."""
        for incident in self.records.incidents:
            created = add_incident(
                self.vault,
                self.case_id,
                incident.violation_type,
                date=incident.date,
                place=incident.place,
                facility_id=self.ids[incident.facility] if incident.facility else None,
                description=incident.description,
                imported=self.origin(incident.ref),
            )
            self.ids[incident.ref] = created.id
            self.counts["incident"] += 1

    def statements(self, texts: dict[str, str]) -> None:
        """Statements, their body exactly as received (its hash is taken of that), and
        the consent scope each was released under."""
        for statement in self.records.statements:
            translation = statement.translation_file
            draft = StatementDraft(
                witness_id=self.ids[statement.witness],
                body=texts[statement.text_file],
                translation=texts[translation] if translation else None,
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
            origin = self.origin(statement.ref, statement.text_file, statement.intake_hash)
            created = add_statement(self.vault, self.case_id, draft, imported=origin)
            if statement.consent is not None:
                share, anonymity = statement.consent
                record_received_consent(self.vault, created.id, self.import_id, share, anonymity)
            self.ids[statement.ref] = created.id
            self.counts["statement"] += 1

    def attachments(
        self,
        blobs: dict[str, WrittenBlob],
        pdf_pages: Mapping[str, list[str] | None] | None = None,
    ) -> None:
        """Rows for the attachment blobs already written, each with its statement; a
        PDF's text layer from ``pdf_pages`` (read before the write transaction)."""
        for attachment in self.records.attachments:
            insert_attachments(
                self.vault,
                self.case_id,
                [blobs[attachment.file]],
                self.ids[attachment.statement] if attachment.statement else None,
                imported=self.origin(attachment.ref, attachment.file, attachment.intake_hash),
                pdf_pages=pdf_pages,
            )
            self.counts["attachment"] += 1

    def links(self) -> None:
        """Links between the new records; an incident's party gains that role."""
        kinds = self.records.ref_types
        for link in self.records.links:
            add_link(
                self.vault,
                (kinds[link.source], self.ids[link.source]),
                (kinds[link.target], self.ids[link.target]),
                link.role,
                imported=self.origin(f"{link.source} {link.role} {link.target}"),
            )
            self.counts["link"] += 1

    def custody(self, lines: list[str]) -> None:
        """The bundle's custody history, each line exactly as received (``audit verify``
        checks it again against the head the import's custody event recorded)."""
        self.vault.conn.executemany(
            "INSERT INTO imported_custody (import_id, seq, line) VALUES (?, ?, ?)",
            [(self.import_id, seq, line) for seq, line in enumerate(lines, start=1)],
        )
        self.counts["custody_event"] = len(lines)
