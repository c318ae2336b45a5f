"""What a recipient can learn from an anonymized bundle beyond what it is meant to carry.

Decisions a person made are applied in every profile; a person whose records do not
travel is "[person]", never a code; codes, the case code and the signature's chain claim
count nothing; the operator is never named; VERIFY.txt says where the key must come from.
Every check reads the bundle as a recipient would: every file's bytes (UTF-8 and UTF-16)
and pdftotext of every PDF.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import open_vault
from tests.e2e.test_export_profiles import Cli, bundle_views, records, where
from vault.export.chain_commitment import chain_opening, opens

OPERATOR = "Nigar Məmmədova"
EXPORT_CODE = re.compile(r"^[WVPITX]-[0-9A-HJKMNP-TV-Z]{6}$")
ANY_CODE = re.compile(rb"\b[WVPITXC]-[0-9A-Z]{3,9}\b")


def _code_tokens(folder: Path) -> set[str]:
    """Every code-like token anywhere in the bundle (bytes and PDF text)."""
    found: set[str] = set()
    for views in bundle_views(folder).values():
        for view in views:
            found.update(m.decode() for m in ANY_CODE.findall(view))
    return found


def _signed_comment(folder: Path) -> str:
    signature = (folder / "signature" / "tagmanifest-sha256.txt.minisig").read_text("utf-8")
    (line,) = [x for x in signature.splitlines() if x.startswith("trusted comment: ")]
    return line.removeprefix("trusted comment: ")


@dataclass
class PrivacyCase:
    cli: Cli
    case: str
    ids: dict[str, str]
    statements: dict[str, str]


@pytest.fixture(scope="module")
def privacy_case(tmp_path_factory: pytest.TempPathFactory) -> PrivacyCase:
    """Two witnesses: Armen Petrosyan consents to government and media, Zaruhi Ghazaryan
    only to ngo. Armen's statement names Zaruhi (and, in Russian, her surname inflected),
    the perpetrator Rashad Quliyev (linked) and an unlinked guard, Elvin Hasanov; an
    incident names Zaruhi too. The operator's name appears nowhere as a person."""
    cli = Cli(tmp_path_factory.mktemp("privacy"))
    cli.ok("init", "--operator", OPERATOR)
    case = cli.ok("case", "add", "--title", "Cells of Building 4")
    # Earlier cases and persons: numbered codes would betray them.
    for n in range(3):
        other = cli.ok("case", "add", "--title", f"Older case {n}")
        cli.ok("person", "add", "--case", other, "--name", f"Someone Else{n}", "--role", "witness")
    people = {
        "filler1": ("Hovhannes Sargsyan", "witness"),
        "filler2": ("Lilit Avagyan", "witness"),
        "zaruhi": ("Zaruhi Ghazaryan", "witness"),
        "armen": ("Armen Petrosyan", "witness"),
        "rashad": ("Rashad Quliyev", "perpetrator"),
        "elvin": ("Elvin Hasanov", "perpetrator"),
    }
    ids = {
        key: cli.ok("person", "add", "--case", case, "--name", name, "--role", role)
        for key, (name, role) in people.items()
    }
    cli.ok("consent", "set", "--person", ids["armen"], "--share", "government,media,legal",
           "--anonymity", "required")  # fmt: skip
    cli.ok("consent", "set", "--person", ids["zaruhi"], "--share", "ngo",
           "--anonymity", "required")  # fmt: skip
    armen_text = (
        "I am Armen Petrosyan. Zaruhi Ghazaryan was in the next cell; Rashad Quliyev beat "
        "her while Elvin Hasanov watched. Потом Газарян увели.\n"
    )
    zaruhi_text = "I am Zaruhi Ghazaryan. Armen Petrosyan shouted all night.\n"
    statements = {
        "armen": cli.ok(
            "statement", "add", "--case", case, "--witness", ids["armen"],
            "--text-file", cli.text_file("armen.txt", armen_text),
            "--interview-date", "2022-02-02", "--place", "Yerevan",
        ),
        "zaruhi": cli.ok(
            "statement", "add", "--case", case, "--witness", ids["zaruhi"],
            "--text-file", cli.text_file("zaruhi.txt", zaruhi_text),
            "--interview-date", "2022-02-03",
        ),
    }  # fmt: skip
    cli.ok("link", "add", "--from", f"statement:{statements['armen']}",
           "--to", f"person:{ids['rashad']}", "--as", "mentions")  # fmt: skip
    incident = cli.ok("incident", "add", "--case", case, "--type", "beating",
                      "--place", "cell of Zaruhi Ghazaryan")  # fmt: skip
    cli.ok("link", "add", "--from", f"incident:{incident}", "--to", f"person:{ids['zaruhi']}",
           "--as", "victim")  # fmt: skip
    for statement in statements.values():
        cli.ok("redact", "suggest", "--statement", statement)  # public: everyone's names
        cli.ok("redact", "accept", "--all", "--statement", statement)
    return PrivacyCase(cli, case, ids, statements)


def _export(built: PrivacyCase, name: str, profile: str, *extra: str) -> Path:
    out = built.cli.root / name
    built.cli.ok("export", "--case", built.case, "--profile", profile, "--out", str(out), *extra)
    return out


# ---- 1. a decision is never dropped ------------------------------------------------------


def test_an_accepted_perpetrator_redaction_is_applied_even_where_the_profile_names_him(
    privacy_case: PrivacyCase,
) -> None:
    out = _export(privacy_case, "gov-accepted", "government")
    for needle in ("Elvin", "Hasanov"):  # unlinked: no records travel for him
        assert where(out, needle) == [], needle
    for needle in ("Rashad", "Quliyev"):  # government names him in records.json alone
        assert where(out, needle) == ["data/records.json"], needle
    document = records(out)
    (rashad,) = [p for p in document["persons"] if p["roles"] == ["perpetrator"]]
    assert rashad["name"] == "Rashad Quliyev"  # the profile names him in the records...
    text = out / "data" / "statements" / f"{document['statements'][0]['witness']}_2022-02-02.txt"
    assert f"{rashad['ref']} beat her" in text.read_text("utf-8")  # ...the text as decided


def test_suggest_for_a_profile_marks_what_it_keeps_and_those_never_block_it(
    tmp_path: Path,
) -> None:
    cli = Cli(tmp_path)
    cli.ok("init", "--operator", "INV-9")
    case = cli.ok("case", "add", "--title", "Kept names")
    witness = cli.ok("person", "add", "--case", case, "--name", "Anush Baghdasaryan",
                     "--role", "witness")  # fmt: skip
    cli.ok("person", "add", "--case", case, "--name", "Vugar Mammadli", "--role", "perpetrator")
    cli.ok("consent", "set", "--person", witness, "--share", "government,media",
           "--anonymity", "required")  # fmt: skip
    statement = cli.ok(
        "statement", "add", "--case", case, "--witness", witness,
        "--text-file", cli.text_file("s.txt", "Anush Baghdasaryan saw Vugar Mammadli.\n"),
    )  # fmt: skip
    cli.ok("redact", "suggest", "--statement", statement)  # everything proposed
    media = json.loads(cli.ok("redact", "suggest", "--statement", statement, "--profile",
                              "media", "--json"))  # fmt: skip
    gov = json.loads(cli.ok("redact", "suggest", "--statement", statement, "--profile",
                            "government", "--json"))  # fmt: skip
    status = {p["text"]: (p["status"], p["needs_decision"]) for p in media}
    assert status["Vugar Mammadli"] == ("proposed", True)
    status = {p["text"]: (p["status"], p["needs_decision"]) for p in gov}
    assert status["Vugar Mammadli"] == ("kept by profile", False)
    assert status["Anush Baghdasaryan"] == ("proposed", True)
    text = cli.ok("redact", "suggest", "--statement", statement, "--profile", "government")
    (line,) = [x for x in text.splitlines() if "Vugar" in x]
    assert line.split("  ")[1].strip() == "kept by profile", line
    assert "kept by profile" not in cli.ok(
        "redact", "suggest", "--statement", statement, "--profile", "media"
    )
    # Deciding only what government needs: the kept name is left undecided, and the
    # government export goes out naming him; media still refuses until it is decided.
    accepted = json.loads(cli.ok("redact", "accept", "--all", "--statement", statement,
                                 "--profile", "government", "--json"))  # fmt: skip
    assert [p["text"] for p in accepted] == ["Anush Baghdasaryan"]
    out = tmp_path / "gov"
    cli.ok("export", "--case", case, "--profile", "government", "--out", str(out))
    assert "Vugar Mammadli" in (next((out / "data" / "statements").glob("*.txt"))).read_text()
    refused = cli("export", "--case", case, "--profile", "media", "--out", str(tmp_path / "m"))
    assert refused.code == 1 and "--profile media" in refused.err


# ---- 2. nobody left out is counted -------------------------------------------------------


def test_a_witness_left_out_is_a_neutral_token_never_a_code(privacy_case: PrivacyCase) -> None:
    out = _export(privacy_case, "gov", "government")
    document = records(out)
    refs = {p["ref"] for p in document["persons"]}
    assert len(refs) == 2  # Armen and the linked perpetrator; Zaruhi does not travel
    for needle in ("Zaruhi", "Ghazaryan", "Газарян", "W-003", "W-004"):
        assert where(out, needle) == [], needle
    # Every code-like token anywhere in the bundle is a person who travels, or the case.
    assert _code_tokens(out) == refs | {document["case"]["code"]}
    text_file = next(p for p in (out / "data" / "statements").glob("*.txt"))
    text = text_file.read_text("utf-8")
    assert "[person] was in the next cell" in text and "Потом [person] увели" in text
    pdf = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(text_file.with_suffix(".pdf")), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "[person]" in pdf
    # The incident about her travels (it is the case's), but names nobody: she is withheld.
    (incident,) = document["incidents"]
    assert incident["place"] == "cell of [person]" and incident["persons"] == []
    custody_text = (out / "custody" / "custody.jsonl").read_text("utf-8")
    assert privacy_case.ids["zaruhi"] not in custody_text


def test_in_the_profile_she_consented_to_she_keeps_her_code(privacy_case: PrivacyCase) -> None:
    out = _export(privacy_case, "ngo", "ngo")
    document = records(out)
    (witness,) = [p["ref"] for p in document["persons"] if "witness" in p["roles"]]
    assert EXPORT_CODE.match(witness)
    assert (out / "data" / "statements" / f"{witness}_2022-02-03.txt").read_text("utf-8") == (
        "I am " + witness + ". [person] shouted all night.\n"  # Armen gave no ngo consent
    )


# ---- 3. codes, case, chain and operator count nothing -----------------------------------


def test_codes_are_random_looking_and_stable_across_bundles(privacy_case: PrivacyCase) -> None:
    gov = records(_export(privacy_case, "gov-codes", "government"))
    media = records(_export(privacy_case, "media-codes", "media"))
    for document in (gov, media):
        for person in document["persons"]:
            assert EXPORT_CODE.match(person["ref"]), person["ref"]
        assert re.fullmatch(r"C-[0-9A-HJKMNP-TV-Z]{6}", document["case"]["code"])
        assert document["case"]["code"] != "C-001"
    assert gov["case"]["code"] == media["case"]["code"]
    assert {p["ref"] for p in gov["persons"]} == {p["ref"] for p in media["persons"]}
    (statement,) = gov["statements"]
    assert statement["text_file"] == f"data/statements/{statement['witness']}_2022-02-02.txt"


def test_no_operator_and_no_event_count_in_an_anonymized_bundle(
    privacy_case: PrivacyCase,
) -> None:
    out = _export(privacy_case, "media-operator", "media")
    for needle in (OPERATOR, "Məmmədova", "Mammadova"):
        assert where(out, needle) == [], needle
    events = [json.loads(x) for x in (out / "custody" / "custody.jsonl").read_text().splitlines()]
    assert {e["operator"] for e in events} == {"field operator"}
    with open_vault(privacy_case.cli.vault_dir) as vault:
        seq, head = vault.custody_head()
        document = records(out)
        opening = chain_opening(vault, document["bundle_id"])
    comment = _signed_comment(out)
    claim = comment.split("chain=")[1]
    assert re.fullmatch(r"commit:[0-9a-f]{64}", claim)
    assert events[-1]["details"]["vault_chain"] == claim
    # The head the bundle was made at (the export event came after it) opens the claim;
    # no sequence number of the vault's log is in the bundle.
    assert opening.claim == claim and opening.nonce is not None
    assert opens(claim, opening.nonce.hex(), opening.seq, opening.head_hash)
    assert opening.seq == seq - 1 and not opens(claim, opening.nonce.hex(), seq, head)
    for views in bundle_views(out).values():
        # "seq:" alone also matches clock times and PDF bytes by chance; the claim that
        # used to travel was "seq:head", so look for the pair and for the head itself.
        assert all(f"{opening.seq}:{opening.head_hash[:12]}".encode() not in view for view in views)
        assert all(opening.head_hash.encode() not in view for view in views)


def test_verify_still_accepts_the_committed_chain(privacy_case: PrivacyCase) -> None:
    out = _export(privacy_case, "to-verify", "media")
    result = privacy_case.cli("verify", str(out))
    assert result.code == 0, result.err
    assert "commitment" in result.out


# ---- 4. where the key must come from ----------------------------------------------------


def test_verify_txt_says_the_key_must_come_by_another_route(privacy_case: PrivacyCase) -> None:
    out = _export(privacy_case, "verify-txt", "legal")
    text = " ".join((out / "VERIFY.txt").read_text("utf-8").split())
    assert "proves nothing by itself" in text
    assert "from the sender by another route" in text
    assert "same person in every bundle" in text


def test_the_evidence_profile_keeps_the_operator_and_the_plain_head(
    privacy_case: PrivacyCase, tmp_path: Path
) -> None:
    identity = tmp_path / "hq.key"
    subprocess.run(["age-keygen", "-o", str(identity)], capture_output=True, check=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(identity)], capture_output=True, text=True, check=True
    ).stdout.strip()
    sealed = _export(privacy_case, "evidence.age", "evidence", "--recipient", recipient)
    opened = tmp_path / "opened"
    opened.mkdir()
    plain = subprocess.run(
        ["age", "-d", "-i", str(identity), str(sealed)], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(opened)], input=plain, check=True)
    events: list[dict[str, Any]] = [
        json.loads(x) for x in (opened / "custody" / "custody.jsonl").read_text().splitlines()
    ]
    assert events[-1]["operator"] == OPERATOR
    assert re.search(r"chain=\d+:[0-9a-f]{64}$", _signed_comment(opened))
