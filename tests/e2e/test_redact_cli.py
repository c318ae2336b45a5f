"""Redaction records through the command line, checked by what the export then carries.

Proposals as JSON, decisions one by one and all at once, manual spans, the export's
refusal of anything undecided (also after an edit makes a new version), boxes with review
marks that go stale when a box is added, and exit 1 with one line for unknown ids.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import CliResult
from tests.e2e.bundle_codes import bundle_codes

Cli = Callable[..., CliResult]

BODY = (
    "My name is Aram Hakobyan. Sergei Volkov hit me near school 12. "
    "Call me on +374 91 234 567. The order number was 2021-118-4400.\n"
)


@dataclass
class Case:
    case: str
    witness: str
    statement: str
    root: Path


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.code == 0, (args, result.err)
    out = str(result.out).strip()
    # An add's line is the id, a tab and the code: the id is what the tests pass on.
    return out.split("\t")[0] if re.fullmatch(r"[0-9a-f]{32}\t[A-Z]-[0-9A-Z]+", out) else out


def refused(cli: Cli, *args: str) -> str:
    """Run a command that must fail as a user error: exit 1, one line, no traceback."""
    result = cli(*args)
    assert result.code == 1, (args, result.out, result.err)
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    return str(result.err)


def write(root: Path, name: str, text: str) -> str:
    path = root / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def case(cli: Cli, tmp_path: Path) -> Case:
    ok(cli, "init", "--operator", "INV-07")
    case_id = ok(cli, "case", "add", "--title", "Redaction records")
    witness = ok(
        cli, "person", "add", "--case", case_id, "--name", "Aram Hakobyan", "--role", "witness"
    )
    perpetrator = ok(
        cli, "person", "add", "--case", case_id, "--name", "Sergei Volkov", "--role", "perpetrator"
    )
    ok(cli, "consent", "set", "--person", witness, "--share", "legal,government,media",
       "--anonymity", "required")  # fmt: skip
    statement = ok(
        cli, "statement", "add", "--case", case_id, "--witness", witness,
        "--text-file", write(tmp_path, "body.txt", BODY), "--interview-date", "2021-03-14",
    )  # fmt: skip
    # Linked, so his records travel and bundles name him by code (not "[person]").
    ok(cli, "link", "add", "--from", f"statement:{statement}", "--to", f"person:{perpetrator}",
       "--as", "mentions")  # fmt: skip
    return Case(case_id, witness, statement, tmp_path)


def codes(case: Case) -> dict[str, str]:
    """Vault code -> the code bundles use."""
    return bundle_codes(case.root / "vault", case.case)


def suggest(cli: Cli, statement: str, *extra: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(
        ok(cli, "redact", "suggest", "--statement", statement, "--json", *extra)
    )
    return found


def export(cli: Cli, case: Case, name: str, *extra: str, profile: str = "media") -> CliResult:
    result: CliResult = cli(
        "export", "--case", case.case, "--profile", profile, "--out", str(case.root / name), *extra
    )
    return result


def exported_text(case: Case, name: str) -> str:
    folder = case.root / name / "data" / "statements"
    return "".join(
        p.read_text(encoding="utf-8")
        for p in sorted(folder.glob("*.txt"))
        if not p.name.endswith(".translation.txt")
    )


def by_text(proposals: list[dict[str, Any]], text: str) -> dict[str, Any]:
    (found,) = [p for p in proposals if p["text"] == text]
    return found


# ---- proposals and decisions ---------------------------------------------------------


def test_suggest_json_lists_each_proposal_with_what_a_reviewer_needs(cli: Cli, case: Case) -> None:
    proposals = suggest(cli, case.statement)
    assert isinstance(proposals, list)
    for p in proposals:
        assert {"id", "statement_id", "start", "end", "text", "reason", "replacement"} <= set(p)
        assert p["statement_id"] == case.statement and p["status"] == "proposed"
        assert BODY[p["start"] : p["end"]] == p["text"]  # offsets count characters of the body
    assert by_text(proposals, "Aram Hakobyan")["replacement"] == "W-001"
    assert by_text(proposals, "Sergei Volkov")["replacement"] == "P-001"
    phone = by_text(proposals, "+374 91 234 567")
    assert (phone["reason"], phone["replacement"]) == ("contact", "[phone]")
    # Asking again proposes nothing twice.
    assert [p["id"] for p in suggest(cli, case.statement)] == [p["id"] for p in proposals]


def test_accept_one_reject_one_then_all_and_the_export_shows_each_decision(
    cli: Cli, case: Case
) -> None:
    proposals = suggest(cli, case.statement)
    name = by_text(proposals, "Aram Hakobyan")
    phone = by_text(proposals, "+374 91 234 567")
    accepted = json.loads(ok(cli, "redact", "accept", name["id"], "--json"))
    assert [(p["id"], p["status"]) for p in accepted] == [(name["id"], "accepted")]
    # The "phone" is really the clinic's switchboard: a false positive, rejected.
    rejected = json.loads(ok(cli, "redact", "reject", phone["id"], "--json"))
    assert rejected[0]["status"] == "rejected"
    rest = json.loads(ok(cli, "redact", "accept", "--all", "--statement", case.statement, "--json"))
    assert {p["status"] for p in rest} == {"accepted"}
    assert name["id"] not in {p["id"] for p in rest} and phone["id"] not in {p["id"] for p in rest}

    result = export(cli, case, "media")
    assert result.code == 0, result.err
    text = exported_text(case, "media")
    code = codes(case)
    assert text.startswith(f"My name is {code['W-001']}. {code['P-001']} hit me")
    assert "+374 91 234 567" in text  # a rejected false positive stays as written
    assert "Hakobyan" not in text and "Volkov" not in text
    # The perpetrator's accepted proposal is applied even where the profile names him:
    # a decision is never dropped (hiding more is safe).
    result = export(cli, case, "government", profile="government")
    assert result.code == 0, result.err
    assert f"{code['W-001']}. {code['P-001']} hit me" in exported_text(case, "government")


def test_a_manual_span_becomes_a_fixed_token(cli: Cli, case: Case) -> None:
    suggest(cli, case.statement)
    ok(cli, "redact", "accept", "--all", "--statement", case.statement)
    start = BODY.index("school 12")
    span_id = ok(
        cli, "redact", "span", "--statement", case.statement,
        "--start", str(start), "--end", str(start + len("school 12")), "--reason", "location",
    )  # fmt: skip
    assert len(span_id) == 32
    refused(cli, "redact", "span", "--statement", case.statement, "--start", "5",
            "--end", str(len(BODY) + 1), "--reason", "location")  # fmt: skip
    refused(cli, "redact", "span", "--statement", case.statement, "--start", "9",
            "--end", "5", "--reason", "location")  # fmt: skip
    refused(cli, "redact", "span", "--statement", case.statement, "--start", "0",
            "--end", "5", "--reason", "gossip")  # fmt: skip
    assert export(cli, case, "out").code == 0
    text = exported_text(case, "out")
    assert "hit me near [location]. Call me on [phone]." in text
    assert "school 12" not in text
    rows = (case.root / "out" / "custody" / "redactions.csv").read_text(encoding="utf-8")
    assert "S-001,location,1" in rows and "S-001,identity,2" in rows


def test_export_refuses_a_statement_nobody_looked_at_or_with_proposals_left(
    cli: Cli, case: Case
) -> None:
    # Never suggested: the export runs detection itself and refuses, naming the statement.
    error = refused(cli, "export", "--case", case.case, "--profile", "media",
                    "--out", str(case.root / "never"))  # fmt: skip
    assert case.statement in error and "W-001" in error and "redact suggest" in error
    assert not (case.root / "never").exists()
    # Suggested, one decided: still refused while others are undecided.
    proposals = suggest(cli, case.statement)
    ok(cli, "redact", "accept", by_text(proposals, "Aram Hakobyan")["id"])
    error = refused(cli, "export", "--case", case.case, "--profile", "media",
                    "--out", str(case.root / "half"))  # fmt: skip
    assert case.statement in error
    assert not (case.root / "half").exists()
    assert not list(case.root.glob(".*.partial"))
    ok(cli, "redact", "accept", "--all", "--statement", case.statement)
    assert export(cli, case, "done").code == 0


def test_after_an_edit_the_old_decisions_do_not_apply(cli: Cli, case: Case) -> None:
    suggest(cli, case.statement)
    ok(cli, "redact", "accept", "--all", "--statement", case.statement)
    assert export(cli, case, "v1").code == 0
    # The new version moves every name: version 1's offsets would cut the wrong words.
    edited = "Correction. " + BODY.replace("school 12", "the market") + "Aram Hakobyan, again.\n"
    ok(cli, "statement", "edit", case.statement, "--text-file", write(case.root, "v2.txt", edited))
    error = refused(cli, "export", "--case", case.case, "--profile", "media",
                    "--out", str(case.root / "v2"))  # fmt: skip
    assert case.statement in error
    # accept --all has nothing to accept until the new version is suggested.
    assert ok(cli, "redact", "accept", "--all", "--statement", case.statement) == ""
    refused(cli, "export", "--case", case.case, "--profile", "media",
            "--out", str(case.root / "v2"))  # fmt: skip
    proposals = suggest(cli, case.statement)
    assert all(edited[p["start"] : p["end"]] == p["text"] for p in proposals)
    assert len([p for p in proposals if p["text"] == "Aram Hakobyan"]) == 2
    ok(cli, "redact", "accept", "--all", "--statement", case.statement)
    assert export(cli, case, "v2").code == 0
    text = exported_text(case, "v2")
    w, p = codes(case)["W-001"], codes(case)["P-001"]
    assert text == (
        f"Correction. My name is {w}. {p} hit me near the market. Call me on [phone]. "
        f"The order number was 2021-118-4400.\n{w}, again.\n"
    )
    assert "Hakobyan" not in text and "Volkov" not in text and "234 567" not in text
    records = json.loads((case.root / "v2" / "data" / "records.json").read_text("utf-8"))
    assert records["statements"][0]["version"] == 2


def test_proposals_for_a_narrower_profile_do_not_clear_a_wider_one(cli: Cli, case: Case) -> None:
    """Suggested for government (which names the perpetrator): his name is still found,
    listed as kept by that profile. Accepting only what government needs leaves it
    undecided, so the media export refuses until someone decides it."""
    proposals = suggest(cli, case.statement, "--profile", "government")
    kept = [p for p in proposals if p["text"] == "Sergei Volkov"]
    assert kept and all(p["status"] == "kept by profile" for p in kept)
    assert all(not p["needs_decision"] for p in kept)
    ok(cli, "redact", "accept", "--all", "--statement", case.statement, "--profile", "government")
    assert export(cli, case, "government", profile="government").code == 0
    assert "Sergei Volkov hit me" in exported_text(case, "government")
    error = refused(cli, "export", "--case", case.case, "--profile", "media",
                    "--out", str(case.root / "media"))  # fmt: skip
    assert case.statement in error and "--profile media" in error
    media = suggest(cli, case.statement, "--profile", "media")
    assert [p["status"] for p in media if p["text"] == "Sergei Volkov"] == ["proposed"]
    ok(cli, "redact", "accept", "--all", "--statement", case.statement)
    assert export(cli, case, "media").code == 0
    assert f"{codes(case)['P-001']} hit me" in exported_text(case, "media")


# ---- boxes and review marks ----------------------------------------------------------


def _photo(path: Path) -> Path:
    Image.new("RGB", (64, 48), (200, 180, 160)).save(path)
    return path


def test_a_review_goes_stale_when_a_box_is_added(cli: Cli, case: Case) -> None:
    suggest(cli, case.statement)
    ok(cli, "redact", "accept", "--all", "--statement", case.statement)
    line = ok(cli, "attach", "--case", case.case, "--statement", case.statement,
              str(_photo(case.root / "Aram_Hakobyan_face.png")))  # fmt: skip
    attachment = line.split()[0]
    # Never reviewed: refused, naming it.
    error = refused(cli, "export", "--case", case.case, "--profile", "media",
                    "--out", str(case.root / "a"))  # fmt: skip
    assert attachment in error and "redact review" in error and "--skip-unreviewed" in error
    box = ok(cli, "redact", "box", "--attachment", attachment, "--box", "10,8,20,16",
             "--reason", "identity")  # fmt: skip
    ok(cli, "redact", "review", "--attachment", attachment)
    result = export(cli, case, "reviewed")
    assert result.code == 0, result.err
    (derived,) = (case.root / "reviewed" / "data" / "attachments").iterdir()
    assert derived.name == "attachment-001.png"
    with Image.open(derived) as image:
        assert image.getpixel((20, 16)) == (0, 0, 0)
        assert image.getpixel((2, 2)) == (200, 180, 160)
    # A second box after the review: what was reviewed is no longer what would leave.
    ok(cli, "redact", "box", "--attachment", attachment, "--box", "40,30,10,10",
       "--reason", "identity")  # fmt: skip
    error = refused(cli, "export", "--case", case.case, "--profile", "media",
                    "--out", str(case.root / "stale"))  # fmt: skip
    assert attachment in error
    # Rejecting a box changes what leaves, too.
    ok(cli, "redact", "review", "--attachment", attachment)
    ok(cli, "redact", "reject", box)
    refused(cli, "export", "--case", case.case, "--profile", "media",
            "--out", str(case.root / "stale"))  # fmt: skip
    # --skip-unreviewed leaves it out and says so; the statement still goes.
    result = export(cli, case, "skipped", "--skip-unreviewed")
    assert result.code == 0, result.err
    code = json.loads(ok(cli, "show", attachment, "--json"))["code"]
    assert f"Left out: attachment {code} (" in result.out
    assert "not reviewed as exported" in result.out
    assert "1 statement(s), 0 attachment(s)" in result.out
    assert not (case.root / "skipped" / "data" / "attachments").exists()
    records = json.loads((case.root / "skipped" / "data" / "records.json").read_text("utf-8"))
    assert records["attachments"] == []


def test_boxes_are_checked_before_they_are_recorded(cli: Cli, case: Case) -> None:
    line = ok(cli, "attach", "--case", case.case, str(_photo(case.root / "p.png")))
    attachment = line.split()[0]
    refused(cli, "redact", "box", "--attachment", attachment, "--box", "1,2,3",
            "--reason", "identity")  # fmt: skip
    refused(cli, "redact", "box", "--attachment", attachment, "--box", "1,2,0,5",
            "--reason", "identity")  # fmt: skip
    refused(cli, "redact", "box", "--attachment", attachment, "--box", "1,2,nan,5",
            "--reason", "identity")  # fmt: skip
    refused(cli, "redact", "box", "--attachment", attachment, "--page", "2", "--box",
            "1,2,3,4", "--reason", "identity")  # fmt: skip
    refused(cli, "redact", "box", "--attachment", attachment, "--box", "1,2,3,4",
            "--reason", "whim")  # fmt: skip
    # The picture is 64 x 48: a box starting beyond it would cover nothing.
    error = refused(cli, "redact", "box", "--attachment", attachment, "--box", "64,10,5,5",
                    "--reason", "identity")  # fmt: skip
    assert "outside the picture" in error
    # One that starts inside and runs over the edge is clipped, not refused.
    ok(cli, "redact", "box", "--attachment", attachment, "--box", "60,40,50,50",
       "--reason", "identity")  # fmt: skip


def test_unknown_ids_exit_1_and_change_nothing(cli: Cli, case: Case) -> None:
    proposals = suggest(cli, case.statement)
    unknown = "0" * 32
    refused(cli, "redact", "suggest", "--statement", unknown)
    refused(cli, "redact", "accept", unknown)
    refused(cli, "redact", "reject", "not-an-id")
    refused(cli, "redact", "accept", "--all", "--statement", unknown)
    refused(cli, "redact", "span", "--statement", unknown, "--start", "0", "--end", "3",
            "--reason", "other")  # fmt: skip
    refused(cli, "redact", "box", "--attachment", unknown, "--box", "0,0,5,5",
            "--reason", "identity")  # fmt: skip
    refused(cli, "redact", "review", "--attachment", unknown)
    refused(cli, "export", "--case", unknown, "--profile", "media", "--out",
            str(case.root / "x"))  # fmt: skip
    refused(cli, "export", "--case", case.case, "--profile", "media", "--out",
            str(case.root / "x"), "--statement", unknown)  # fmt: skip
    # One unknown id among good ones refuses them all: the good one stays proposed.
    refused(cli, "redact", "accept", proposals[0]["id"], unknown)
    again = {p["id"]: p["status"] for p in suggest(cli, case.statement)}
    assert set(again.values()) == {"proposed"}
    # Mixed forms of accept are usage mistakes with a clear message.
    for mixed in (["--all"], ["--statement", case.statement, proposals[0]["id"]], []):
        result = cli("redact", "accept", *mixed)
        assert result.code == 2 and "Traceback" not in result.err
    assert not (case.root / "x").exists()


def test_a_box_on_a_file_that_is_no_picture_or_pdf_is_refused(
    tmp_path: Path,
) -> None:
    from vault.core.attachments import intake_files
    from vault.core.cases import add_case
    from vault.core.errors import InputError
    from vault.core.vault import Vault
    from vault.redact.proposals import add_box

    document = tmp_path / "notes.docx"
    document.write_bytes(b"PK\x03\x04" + bytes(200))
    vault, _ = Vault.create(tmp_path / "v", "correct horse battery staple", "op")
    with vault:
        case = add_case(vault, "c")
        (attachment,) = intake_files(vault, case.id, [document])
        with pytest.raises(InputError, match="pictures and PDFs only"):
            add_box(vault, attachment.id, (1, 1, 5, 5), "identity")
