"""Export profiles and consent through the command line, on real vaults and real bundles.

Who is named and who is coded in every profile (DESIGN.md "Export profiles"), the
perpetrator overrides, which statements consent lets out, and that what was left out is
told to the user and the vault's custody log but never to the bundle: every file of the
bundle is searched (raw bytes in UTF-8 and UTF-16, pdftotext of each PDF).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE, CliResult, open_vault
from tests.e2e.bundle_codes import bundle_codes
from tests.e2e.bundle_scan import forms
from vault.cli import main as cli_main
from vault.core import custody

# A person of each role, all named in one statement (and linked to it, so the person list
# of records.json carries each of them).
ROLE_NAMES = {
    "witness": "Aram Hakobyan",
    "victim": "Narine Grigoryan",
    "perpetrator": "Sergei Volkov",
    "interviewer": "Lusine Avetisyan",
    "interpreter": "Karen Mkrtchyan",
    "other": "Davit Harutyunyan",
}
ROLE_CODES = {
    "witness": "W-001",
    "victim": "V-001",
    "perpetrator": "P-001",
    "interviewer": "I-001",
    "interpreter": "T-001",
    "other": "X-001",
}
ROLE_STATEMENT = (
    "My name is Aram Hakobyan. On the night of 9 November Narine Grigoryan was beaten by "
    "Sergei Volkov in the yard. Davit Harutyunyan saw it from the gate. I told this to Lusine "
    "Avetisyan while Karen Mkrtchyan translated.\n"
)


def _id_alone(out: str) -> str:
    """An add's output line (id, tab, code) as the id alone; any other output as it is."""
    match = re.fullmatch(r"([0-9a-f]{32})\t[A-Z]-[0-9A-Z]+", out)
    return match[1] if match else out


class Cli:
    """The real command line, in this process, on one vault (usable by module fixtures)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.vault_dir = root / "vault"
        self.passphrase_file = root / "passphrase.txt"
        self.passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def __call__(self, *args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--vault", str(self.vault_dir), "--passphrase-file", str(self.passphrase_file)]
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli_main([*argv, *args])
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    def ok(self, *args: str) -> str:
        """Run a command that must succeed; its stdout, stripped (of an add's line, the
        id alone, without the code after it)."""
        result = self(*args)
        assert result.code == 0, (args, result.err)
        return _id_alone(result.out.strip())

    def text_file(self, name: str, text: str) -> str:
        path = self.root / name
        path.write_text(text, encoding="utf-8")
        return str(path)


def bundle_views(folder: Path) -> dict[str, list[bytes]]:
    """Every file of a bundle folder: its bytes, and the text pdftotext reads from a PDF."""
    views: dict[str, list[bytes]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        found = [path.read_bytes()]
        if path.suffix == ".pdf":
            text = subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
            ).stdout
            found.append(text)
        views[path.relative_to(folder).as_posix()] = found
    return views


def where(folder: Path, needle: str) -> list[str]:
    """The bundle files in which ``needle`` appears in any form (case-insensitive in UTF-8)."""
    hits = []
    folded = needle.casefold()
    for name, views in bundle_views(folder).items():
        for view in views:
            if any(f in view for f in forms(needle)) or folded in view.decode(
                "utf-8", "ignore"
            ).casefold().replace("\n", " "):
                hits.append(name)
                break
    return hits


def records(folder: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((folder / "data" / "records.json").read_text("utf-8"))
    return loaded


def statement_text(folder: Path) -> str:
    texts = sorted((folder / "data" / "statements").glob("W-*_*.txt"))
    texts = [t for t in texts if not t.name.endswith(".translation.txt")]
    return "\n".join(t.read_text(encoding="utf-8") for t in texts)


# ---- who is named, who is coded ------------------------------------------------------


@dataclass
class RoleCase:
    cli: Cli
    case: str
    ids: dict[str, str] = field(default_factory=dict)
    statement: str = ""


@pytest.fixture(scope="module")
def role_case(tmp_path_factory: pytest.TempPathFactory) -> RoleCase:
    cli = Cli(tmp_path_factory.mktemp("roles"))
    cli.ok("init", "--operator", "INV-07")
    built = RoleCase(cli, cli.ok("case", "add", "--title", "Yard beatings, Gyumri"))
    for role, name in ROLE_NAMES.items():
        built.ids[role] = cli.ok(
            "person", "add", "--case", built.case, "--name", name, "--role", role
        )
    cli.ok(
        "consent", "set", "--person", built.ids["witness"],
        "--share", "legal,ngo,government,media,public", "--anonymity", "required",
    )  # fmt: skip
    built.statement = cli.ok(
        "statement", "add", "--case", built.case, "--witness", built.ids["witness"],
        "--text-file", cli.text_file("roles.txt", ROLE_STATEMENT),
        "--interviewer", built.ids["interviewer"], "--interpreter", built.ids["interpreter"],
        "--interview-date", "2021-03-14", "--place", "Gyumri",
    )  # fmt: skip
    for role in ("victim", "perpetrator", "other"):
        cli.ok(
            "link", "add", "--from", f"statement:{built.statement}",
            "--to", f"person:{built.ids[role]}", "--as", "mentions",
        )  # fmt: skip
    # The widest profile's proposals cover every other profile; a name a profile shows is
    # simply not applied there.
    suggested = json.loads(cli.ok("redact", "suggest", "--statement", built.statement, "--json"))
    assert {p["replacement"] for p in suggested} == set(ROLE_CODES.values())
    cli.ok("redact", "accept", "--all", "--statement", built.statement)
    return built


PROFILE_CASES = [
    # profile, extra options, perpetrator named?
    ("legal", (), True),
    ("government", (), True),
    ("ngo", (), True),
    ("media", (), False),
    ("public", (), False),
    ("media", ("--show-perpetrators",), True),
    ("public", ("--show-perpetrators",), True),
    ("media", ("--hide-perpetrators",), False),
    ("government", ("--hide-perpetrators",), False),
]


@pytest.mark.parametrize(("profile", "extra", "perpetrator_named"), PROFILE_CASES)
def test_each_profile_codes_everyone_but_the_perpetrators_it_names(
    role_case: RoleCase, profile: str, extra: tuple[str, ...], perpetrator_named: bool
) -> None:
    cli = role_case.cli
    out = cli.root / f"bundle-{profile}{''.join(extra)}"
    result = cli(
        "export", "--case", role_case.case, "--profile", profile, "--out", str(out), *extra
    )
    assert result.code == 0, result.err
    assert f"Profile {profile}: 1 statement(s)" in result.out
    text = statement_text(out)
    persons = {p["ref"]: p for p in records(out)["persons"]}
    codes = bundle_codes(cli.vault_dir, role_case.case)
    assert set(persons) == {codes[c] for c in ROLE_CODES.values()}
    for role, name in ROLE_NAMES.items():
        code = codes[ROLE_CODES[role]]
        assert ROLE_CODES[role] not in text  # the vault's numbered code never leaves
        named = role == "perpetrator" and perpetrator_named
        if named:
            # The profile names him in the records; in the text, the user accepted the
            # redaction of his name, and a decision is never dropped.
            assert name not in text and code in text
            assert persons[code]["name"] == name
        else:
            assert code in text, (role, text)
            assert persons[code]["name"] is None and persons[code]["aliases"] == []
            assert where(out, name) == [], (role, name)
            assert where(out, name.split()[-1]) == [], (role, name)  # the surname alone
    # The PDF a person reads says the same as the text file.
    pdf = next((out / "data" / "statements").glob("*.pdf"))
    pdf_text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for vault_code in ("W-001", "I-001", "T-001"):
        assert codes[vault_code] in pdf_text and vault_code not in pdf_text
    assert "Volkov" not in pdf_text  # accepted: hidden even where the profile names him


def test_the_evidence_profile_names_everyone_and_needs_a_recipient(
    role_case: RoleCase, tmp_path: Path
) -> None:
    cli = role_case.cli
    out = tmp_path / "evidence"
    before = sorted(tmp_path.iterdir())
    for spelling in ("evidence", "Evidence", " EVIDENCE "):  # the profile as the plan reads it
        refused = cli("export", "--case", role_case.case, "--profile", spelling, "--out", str(out))
        assert refused.code == 1, spelling
        assert "--recipient" in refused.err and "Traceback" not in refused.err
        assert sorted(tmp_path.iterdir()) == before  # nothing written, not even a .partial

    identity = tmp_path / "hq.key"
    subprocess.run(["age-keygen", "-o", str(identity)], capture_output=True, check=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(identity)], capture_output=True, text=True, check=True
    ).stdout.strip()
    out = tmp_path / "evidence.age"
    cli.ok(
        "export", "--case", role_case.case, "--profile", "evidence", "--out", str(out),
        "--recipient", recipient,
    )  # fmt: skip
    opened = tmp_path / "opened"
    opened.mkdir()
    plain = subprocess.run(
        ["age", "-d", "-i", str(identity), str(out)], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(opened)], input=plain, check=True)
    assert statement_text(opened) == ROLE_STATEMENT  # unredacted
    document = records(opened)
    codes = bundle_codes(cli.vault_dir, role_case.case)
    assert document["case"] == {"code": codes["C-001"], "title": "Yard beatings, Gyumri"}
    names = {p["ref"]: p["name"] for p in document["persons"]}
    assert names == {codes[ROLE_CODES[r]]: n for r, n in ROLE_NAMES.items()}
    (statement,) = document["statements"]
    assert statement["intake_hash"]["salted"] is False


# ---- consent decides what goes out ---------------------------------------------------


@dataclass
class ConsentCase:
    cli: Cli
    case: str
    witnesses: dict[str, str]
    statements: dict[str, str]


CONSENT_WITNESSES = {
    # code: (name, consent arguments or None for no consent record)
    "W-001": ("Aram Hakobyan", ("--share", "legal,government,media", "--anonymity", "required")),
    "W-002": ("Gohar Melikyan", ("--share", "legal,ngo", "--anonymity", "required")),
    "W-003": ("Hasmik Nazaryan", ("--withdraw",)),
    "W-004": ("Tatevik Sahakyan", None),
    "W-005": ("Ruben Vardanyan", ("--share", "government", "--anonymity", "waived")),
}


@pytest.fixture(scope="module")
def consent_case(tmp_path_factory: pytest.TempPathFactory) -> ConsentCase:
    cli = Cli(tmp_path_factory.mktemp("consent"))
    cli.ok("init", "--operator", "INV-07")
    case = cli.ok("case", "add", "--title", "Consent")
    built = ConsentCase(cli, case, {}, {})
    for code, (name, consent) in CONSENT_WITNESSES.items():
        person = cli.ok("person", "add", "--case", case, "--name", name, "--role", "witness")
        built.witnesses[code] = person
        if code == "W-003":  # consented once, then withdrew: the history is kept
            cli.ok("consent", "set", "--person", person, "--share", "government",
                   "--anonymity", "required")  # fmt: skip
        if consent is not None:
            cli.ok("consent", "set", "--person", person, *consent)
    perpetrator = cli.ok(
        "person", "add", "--case", case, "--name", "Sergei Volkov", "--role", "perpetrator"
    )
    for code, (name, _consent) in CONSENT_WITNESSES.items():
        body = f"I am {name}. Sergei Volkov kicked me at the checkpoint on {code[-1]} May.\n"
        statement = cli.ok(
            "statement", "add", "--case", case, "--witness", built.witnesses[code],
            "--text-file", cli.text_file(f"{code}.txt", body),
            "--interview-date", f"2022-05-0{code[-1]}",
        )  # fmt: skip
        built.statements[code] = statement
        cli.ok("redact", "suggest", "--statement", statement)
        # W-005's statement goes only to government, which shows his own name (waived) and
        # the perpetrator's: those are "kept by profile" and left undecided. An accepted
        # redaction of them would be applied, since a decision is never dropped.
        only = ("--profile", "government") if code == "W-005" else ()
        cli.ok("redact", "accept", "--all", "--statement", statement, *only)
        photo = cli.root / f"{name.replace(' ', '_')}_bruise.png"
        _tiny_png(photo)
        attached = cli.ok(  # every witness's photo is the same tiny picture
            "attach", "--case", case, "--statement", statement, "--again", str(photo)
        )
        cli.ok("redact", "review", "--attachment", attached.split()[0])
    # The left-out witnesses also took part in an incident: they must not appear through it.
    incident = cli.ok(
        "incident", "add", "--case", case, "--type", "beating", "--date", "2022-05",
        "--description", "Checkpoint beatings",
    )  # fmt: skip
    for code in ("W-001", "W-002", "W-003", "W-004"):
        cli.ok(
            "link", "add", "--from", f"incident:{incident}",
            "--to", f"person:{built.witnesses[code]}", "--as", "witness",
        )  # fmt: skip
    cli.ok("link", "add", "--from", f"incident:{incident}", "--to", f"person:{perpetrator}",
           "--as", "perpetrator")  # fmt: skip
    return built


def _tiny_png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (16, 12), (120, 90, 60)).save(path)


def _export_events(vault_dir: Path) -> list[custody.CustodyEvent]:
    with open_vault(vault_dir) as vault:
        return [e for e in custody.events(vault.conn) if e.action == "export"]


def test_consent_leaves_statements_out_and_only_the_user_and_the_vault_hear_of_it(
    consent_case: ConsentCase,
) -> None:
    cli = consent_case.cli
    out = cli.root / "government"
    result = cli(
        "export", "--case", consent_case.case, "--profile", "government", "--out", str(out)
    )
    assert result.code == 0, result.err
    # W-001 (government consented) and W-005 (government, anonymity waived) go out.
    assert "2 statement(s)" in result.out
    assert "Left out: 1 statement(s) (consent does not include government)." in result.out
    assert "Left out: 1 statement(s) (consent withdrawn)." in result.out
    assert "Left out: 1 statement(s) (no consent record)." in result.out
    for code in ("W-002", "W-003", "W-004"):  # their photos are left out with them
        name = CONSENT_WITNESSES[code][0].replace(" ", "_")
        assert f"({name}_bruise.png): its statement is not exported." in result.out

    (event,) = [e for e in _export_events(cli.vault_dir) if e.details["bundle"] in
                result.out]  # fmt: skip
    assert event.details["statements"] == 2
    assert event.details["statements_left_out"] == {
        "consent does not include government": 1,
        "consent withdrawn": 1,
        "no consent record": 1,
    }
    assert event.details["attachments_left_out"] == 3

    document = records(out)
    assert len(document["statements"]) == 2
    assert len(document["attachments"]) == 2
    # Nothing of the left-out witnesses, nor that anything was left out, is in the bundle:
    # neither their vault codes nor the codes a bundle would give them.
    codes = bundle_codes(cli.vault_dir, consent_case.case)
    for code in ("W-002", "W-003", "W-004"):
        name = CONSENT_WITNESSES[code][0]
        for needle in (code, codes[code], name, name.split()[-1]):
            assert where(out, needle) == [], needle
        assert where(out, f"{name.replace(' ', '_')}_bruise") == []
    for needle in ("left out", "left_out", "withdrawn", "no consent", "not include"):
        assert where(out, needle) == [], needle
    assert codes["W-001"] in statement_text(out)


def test_a_waived_anonymity_names_that_witness_alone_where_consented(
    consent_case: ConsentCase,
) -> None:
    cli = consent_case.cli
    out = cli.root / "government-waived"
    cli.ok("export", "--case", consent_case.case, "--profile", "government", "--out", str(out))
    text = statement_text(out)
    codes = bundle_codes(cli.vault_dir, consent_case.case)
    assert "I am Ruben Vardanyan. Sergei Volkov kicked" in text  # W-005 waived for government
    assert f"I am {codes['W-001']}." in text and "Hakobyan" not in text
    named = {p["ref"]: p["name"] for p in records(out)["persons"]}
    assert named[codes["W-005"]] == "Ruben Vardanyan" and named[codes["W-001"]] is None
    assert named[codes["P-001"]] == "Sergei Volkov"
    # In media, W-005 has no consent at all: the statement stays home, and W-001 is coded.
    media = cli.root / "media"
    result = cli("export", "--case", consent_case.case, "--profile", "media", "--out", str(media))
    assert result.code == 0, result.err
    assert "1 statement(s)" in result.out
    assert "Left out: 2 statement(s) (consent does not include media)." in result.out
    assert where(media, "Vardanyan") == [] and where(media, codes["W-005"]) == []
    assert where(media, "Volkov") == []  # the perpetrator is coded for media


def test_no_statement_with_consent_means_no_bundle(consent_case: ConsentCase) -> None:
    cli = consent_case.cli
    out = cli.root / "public"
    result = cli("export", "--case", consent_case.case, "--profile", "public", "--out", str(out))
    assert result.code == 1
    assert "Nothing to export for the public profile" in result.err
    assert not out.exists() and not (cli.root / ".public.partial").exists()


def test_one_statement_with_consent_elsewhere_is_refused_naming_the_reason(
    consent_case: ConsentCase,
) -> None:
    cli = consent_case.cli
    out = cli.root / "one"
    result = cli(
        "export", "--case", consent_case.case, "--profile", "government", "--out", str(out),
        "--statement", consent_case.statements["W-002"],
    )  # fmt: skip
    assert result.code == 1
    assert "consent does not include government" in result.err
    assert not out.exists()


def test_the_vault_custody_log_still_verifies_after_the_exports(consent_case: ConsentCase) -> None:
    assert "Custody log verified" in consent_case.cli.ok("audit", "verify")
