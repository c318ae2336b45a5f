"""A review mark vouches for the bytes a person was shown, for one profile.

Reviewed, then a new box: the export asks for a new review and says why. Reviewed for
legal: a media export asks again. A person registered after the review changes what a
PDF's text layer hides: the plan cannot see it, the export makes the derivative again,
finds other bytes and refuses, leaving nothing behind. ``redact list`` shows it all;
``redact span --text`` covers words, not offsets.
"""

from __future__ import annotations

import json
from pathlib import Path

from fpdf import FPDF
from PIL import Image

from tests.cli.readable import table_rows
from tests.e2e.test_redact_cli import Case, Cli, case, export, ok, refused

__all__ = ["case"]  # the fixture, shared with test_redact_cli

NEWCOMER = "Narek Petrosyan"


def _photo(path: Path) -> Path:
    Image.new("RGB", (64, 48), (200, 180, 160)).save(path)
    return path


def _pdf(path: Path) -> Path:
    document = FPDF(unit="pt")
    document.add_page(format=(400, 300))
    document.set_font("Helvetica", size=18)
    document.text(30, 80, f"Driver: {NEWCOMER}")
    path.write_bytes(bytes(document.output()))
    return path


def _ready(cli: Cli, case: Case) -> None:
    ok(cli, "redact", "suggest", "--statement", case.statement)
    ok(cli, "redact", "accept", "--all", "--statement", case.statement)


def test_a_new_box_or_another_profile_asks_for_a_new_review(cli: Cli, case: Case) -> None:
    _ready(cli, case)
    photo = ok(cli, "attach", "--case", case.case, "--statement", case.statement,
               str(_photo(case.root / "face.png"))).split()[0]  # fmt: skip
    ok(cli, "redact", "box", "--attachment", photo, "--box", "10,8,20,16", "--reason", "identity")
    # The same box twice is refused, and nothing is added.
    error = refused(cli, "redact", "box", "--attachment", photo, "--box", "10,8,20,16",
                    "--reason", "identity")  # fmt: skip
    assert "already has this box" in error
    mark = ok(cli, "redact", "review", "--attachment", photo, "--profile", "media")
    assert "\tmedia\tderivative sha256 " in mark  # the mark's id first, as add commands print
    assert export(cli, case, "first").code == 0

    # Reviewed for media only: legal asks for its own look, naming why.
    error = refused(cli, "export", "--case", case.case, "--profile", "legal",
                    "--out", str(case.root / "legal"))  # fmt: skip
    assert photo in error and "reviewed for media, not legal" in error
    assert "--profile legal" in error

    ok(cli, "redact", "box", "--attachment", photo, "--box", "40,30,10,10", "--reason", "identity")
    error = refused(cli, "export", "--case", case.case, "--profile", "media",
                    "--out", str(case.root / "second"))  # fmt: skip
    assert photo in error and "1 new box(es) since the review" in error
    assert not (case.root / "second").exists()

    listed = ok(cli, "redact", "list", "--attachment", photo)
    boxes = table_rows(listed)
    assert [(r["STATUS"], r["TARGET"], r["WHERE"]) for r in boxes] == [
        ("accepted", "A-001", "page 1 box 10,8,20,16"),
        ("accepted", "A-001", "page 1 box 40,30,10,10"),
    ]
    marks, states = [table_rows(part) for part in listed.split("\n\n")[1:]]
    assert [(m["ATTACHMENT"], m["PROFILE"]) for m in marks] == [("A-001", "media")]
    assert states == [
        {"ATTACHMENT": "A-001", "PROFILE": "media", "REVIEW STATE": "stale",
         "WHY": "1 new box(es) since the review"}
    ]  # fmt: skip
    rows = json.loads(ok(cli, "redact", "list", "--case", case.case, "--json"))
    assert sum(1 for r in rows if r.get("attachment_id") == photo and "box" in r) == 2
    assert any(r.get("review", {}).get("profile") == "media" for r in rows)
    assert any(r.get("statement_id") == case.statement for r in rows)


def test_a_pdf_whose_derivative_changed_after_review_is_refused(cli: Cli, case: Case) -> None:
    _ready(cli, case)
    scan = ok(cli, "attach", "--case", case.case, "--statement", case.statement,
              str(_pdf(case.root / "scan.pdf"))).split()[0]  # fmt: skip
    ok(cli, "redact", "review", "--attachment", scan)  # the same bytes for every profile
    assert export(cli, case, "before").code == 0
    before = next((case.root / "before" / "data" / "attachments").iterdir()).read_bytes()

    # Registered after the review: the PDF's text layer now names a protected person.
    ok(cli, "person", "add", "--case", case.case, "--name", NEWCOMER, "--role", "victim")
    preview = ok(cli, "redact", "preview", "--attachment", scan, "--profile", "media")
    assert "1 automatic text hit(s) covered" in preview
    assert "stale (the file as exported changed since the review)" in preview
    error = refused(cli, "export", "--case", case.case, "--profile", "media",
                    "--out", str(case.root / "after"))  # fmt: skip
    assert scan in error and "needs a new review for media" in error
    assert "changed since the review" in error
    assert not (case.root / "after").exists()

    out = case.root / "look.pdf"
    ok(cli, "redact", "preview", "--attachment", scan, "--profile", "media", "--out", str(out))
    ok(cli, "redact", "review", "--attachment", scan, "--profile", "media")
    assert export(cli, case, "after").code == 0
    after = next((case.root / "after" / "data" / "attachments").iterdir()).read_bytes()
    assert after == out.read_bytes() != before


def test_a_span_by_text_echoes_what_it_covered_and_refuses_overlaps(cli: Cli, case: Case) -> None:
    statement = case.statement
    covered = ok(cli, "redact", "span", "--statement", statement, "--text", "school 12",
                 "--reason", "location")  # fmt: skip
    assert "\t[location]\t" in covered and "near [school 12]. Call" in covered
    assert "names nobody registered" not in covered  # not an identity span
    error = refused(cli, "redact", "span", "--statement", statement, "--text", "12. Call",
                    "--reason", "other")  # fmt: skip
    assert "overlaps redaction" in error
    stranger = ok(cli, "redact", "span", "--statement", statement, "--text", "order number",
                  "--reason", "identity")  # fmt: skip
    assert "names nobody registered" in stranger and "person add --case" in stranger
    known = ok(cli, "redact", "span", "--statement", statement, "--text", "Sergei Volkov",
               "--reason", "identity")  # fmt: skip
    assert "names nobody registered" not in known
    assert "does not contain" in refused(
        cli, "redact", "span", "--statement", statement, "--text", "Yerevan", "--reason", "location"
    )
    listed = json.loads(ok(cli, "redact", "list", "--statement", statement, "--json"))
    assert {r["text"] for r in listed if r["source"] == "manual"} == {
        "school 12", "order number", "Sergei Volkov"
    }  # fmt: skip
