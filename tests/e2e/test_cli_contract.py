"""A black-box sweep of the command-line contract (DESIGN.md "Command line").

Every command and option of the contract, with the spelling and placement it promises
(global options before the command), on valid input and on the mistakes a person makes:
unknown ids, malformed values, missing, non-UTF-8 or odd files, wrong passphrases, option
combinations that make no sense, hostile file names and very long values.  A refusal is
exit 1 with exactly one line on stderr and no traceback; a usage mistake is exit 2; ``add``
commands print the new id and nothing else; ``--json`` prints one JSON document (lists are
arrays) and nothing else on stdout.  Passphrases are never taken from argv and never show
in ``ps``.

One vault serves the whole module (built once through the CLI itself); most checks run
the CLI in-process, a handful as real processes for exit codes and tracebacks.  Commands
are written as shell-like templates: ``{name}`` is an id or file of the module's vault.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import select
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyrage
import pytest

from tests.conftest import FIXTURES, PASSPHRASE, CliResult, run_cli_process
from vault.cli import build_parser
from vault.cli import main as cli_main

MEDIA = FIXTURES / "sample_case" / "media"
PROG = "evidence-vault"
# An opaque id alone on one line, then (for records that have one) its code after a tab.
# A consent has no code: its person's code and its number in their history instead.
ONE_ID = re.compile(r"[^\s]+(\t[A-Z]-[0-9A-Z]+(\tconsent [0-9]+)?)?\n")
NOPE = "0123456789abcdef0123456789abcdef"
LONG = "x" * 100_000

STATEMENT = (
    "Davit Sargsyan said that Major Orlov beat him at Facility 9 on 9 November 2020.\n"
    "His sister can be reached on +374 91 123456.\n"
)


@dataclass
class World:
    """The module's vault and the ids and files the checks use."""

    root: Path
    vault: Path
    passphrase_file: Path
    recovery_code: str = ""
    values: dict[str, str] = field(default_factory=dict)

    def argv(self, template: str, *extra: str) -> list[str]:
        """``template`` split like a shell line, ``{name}`` filled in; then ``extra``."""
        return [part.format_map(self.values) for part in shlex.split(template)] + list(extra)

    def __getitem__(self, name: str) -> str:
        return self.values[name]

    def vault_args(self) -> list[str]:
        return ["--vault", str(self.vault), "--passphrase-file", str(self.passphrase_file)]


def call(argv: list[str]) -> CliResult:
    """The CLI in-process with its own captured streams (usable in module fixtures)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return CliResult(code, out.getvalue(), err.getvalue())


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


SETUP = [  # (name of the new id, command) in order; each prints one id
    ("case", "case add --title 'Detention testimonies'"),
    ("witness", "person add --case {case} --name 'Davit Sargsyan' --alias 'Давид Саргсян'"
                " --alias 'Դավիթ Սարգսյան' --role witness --born 1984-05-02"),
    ("victim", "person add --case {case} --name 'Lusine Hakobyan' --role victim"),
    ("perpetrator", "person add --case {case} --name 'Major Orlov' --role perpetrator"),
    ("consent", "consent set --person {witness} --share legal,ngo,government"
                " --anonymity required --recontact yes --date 2021-03-14"),
    ("statement", "statement add --case {case} --witness {witness} --text-file {text}"
                  " --language en --interview-date 2021-03-14 --place Yerevan"
                  " --interviewer {perpetrator} --kind formal --topic interrogation"
                  " --topic threats"),
    ("facility", "facility add --case {case} --name 'Facility 9' --alias 'Изолятор 9'"),
    ("incident", "incident add --case {case} --type torture --date 'around 2020-11'"
                 " --place Shusha --facility {facility}"),
    ("link", "link add --from incident:{incident} --to person:{victim} --as victim"),
    ("big_case", "case add --title 'Long statement'"),
    ("big_witness", "person add --case {big_case} --name 'Ani Grigoryan' --role witness"),
    ("big_statement", "statement add --case {big_case} --witness {big_witness}"
                      " --text-file {big}"),
]  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("contract")
    w = World(root, root / "vault", write(root / "passphrase.txt", PASSPHRASE + "\n"))
    v = w.values
    v.update(NOPE=NOPE, LONG=LONG, root=str(root), vault=str(w.vault))
    files: dict[str, str | bytes] = {
        "text": STATEMENT,
        "edit": STATEMENT + "Added at the second interview.\n",
        "latin1": "Café Sargsyan\n".encode("latin-1"),
        "utf16": "Sargsyan\n".encode("utf-16"),
        "empty": "",
        "binary": b"text\x00with a NUL\n",
        "wrong": "not the passphrase at all\n",
        "big": "filler " * 200_000,  # more than a pipe buffer when shown
    }
    for name, data in files.items():
        v[name] = str(write(root / f"{name}.txt", data))
    (root / "a-folder").mkdir()
    v["folder"] = str(root / "a-folder")
    for name, fixture in (("image", "photo_gps.jpg"), ("pdf", "statement_scan.pdf"),
                          ("png", "diagram.png")):  # fmt: skip
        v[f"{name}_file"] = str(shutil.copy(MEDIA / fixture, root / fixture))
    identity = pyrage.x25519.Identity.generate()
    v["identity"] = str(write(root / "hq-identity.txt", str(identity) + "\n"))
    v["recipient"] = str(identity.to_public())

    def run(template: str) -> str:
        result = call(w.vault_args() + w.argv(template))
        assert result.code == 0, (template, result.out, result.err)
        return result.out

    init = run("init --operator Sweep")
    code = re.search(r"^ {4}(\S+)$", init, re.M)
    assert code is not None, init
    w.recovery_code = code.group(1)
    for name, template in SETUP:
        out = run(template)
        assert ONE_ID.fullmatch(out), (template, out)
        v[name] = out.split("\t")[0].strip()
    attached = run(
        "attach --case {case} --statement {statement} {image_file} {pdf_file} {png_file}"
    )
    v["image"], v["pdf"], v["png"] = (line.split("\t")[0] for line in attached.splitlines())
    v["box"] = run("redact box --attachment {image} --box 10,10,80,40 --reason identity").strip()
    run("redact review --attachment {image}")
    proposals = json.loads(run("redact suggest --statement {statement} --json"))
    assert proposals, "the statement's phone number and names are proposed"
    v["proposal"] = proposals[0]["id"]
    run("redact accept --all --statement {statement}")
    v["bundle"] = str(root / "bundle-government")
    run("export --case {case} --profile government --out {bundle} --skip-unreviewed")
    v["bundle_age"] = str(root / "bundle-evidence.age")
    run("export --case {case} --profile evidence --out {bundle_age} --recipient {recipient}")
    return w


Run = Callable[..., CliResult]


@pytest.fixture
def ev(cli: Run, world: World) -> Run:
    """Run ``template`` (plus ``extra`` args) against the module's vault with the conftest
    ``cli`` runner; ``bare=True`` leaves out --vault and --passphrase-file."""

    def run(template: str, *extra: str, bare: bool = False) -> CliResult:
        argv = world.argv(template, *extra)
        return cli(*(argv if bare else world.vault_args() + argv), bare=True)

    return run


def assert_refused(
    result: CliResult, fragment: str = "", *, report_on_stdout: bool = False
) -> None:
    """Exit 1, exactly one short line on stderr naming the problem, no traceback."""
    assert result.code == 1, (result.code, result.out, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"{PROG}: "), lines
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    assert fragment.lower() in lines[0].lower(), (fragment, lines[0])
    assert len(lines[0]) < 2_000, "a very long value is shortened in the message"
    if not report_on_stdout:
        assert result.out == "", result.out


def assert_usage(result: CliResult, fragment: str = "") -> None:
    """Exit 2 with argparse's usage and error lines; nothing on stdout."""
    assert result.code == 2, (result.code, result.out, result.err)
    assert result.out == "" and "Traceback" not in result.err
    assert result.err.startswith("usage: "), result.err
    assert "error: " in result.err.splitlines()[-1]
    assert fragment in result.err, (fragment, result.err)


# ---- spelling and placement --------------------------------------------------------------

CONTRACT: dict[str, str] = {  # command -> what its --help must name
    "": "--vault --passphrase-file --version --demo COMMAND",
    "gui": "--demo",
    "init": "--operator",
    "info": "--json",
    "passwd": "--new-passphrase-file --recovery-code-file --identity",
    "escrow": "add remove",
    "escrow add": "--recipient",
    "escrow remove": "",
    "erase": "--keep-escrow",
    "check": "",
    "backup": "--to",
    "audit": "verify",
    "audit verify": "",
    "case add": "--title",
    "person add": "--case --name --alias --role --born",
    "consent set": "--person --share --anonymity",
    "statement add": "--case --witness --text-file --translation-file --language"
                     " --interview-date --place --interviewer --interpreter --kind --topic",
    "statement edit": "ID --text-file",
    "incident add": "--case --type --date --place --facility",
    "facility add": "--case --name --alias",
    "link add": "--from --to --as",
    "attach": "--case --statement FILE",
    "list": "cases persons statements attachments incidents facilities --case --json",
    "show": "TYPE ID --json",
    "search": "QUERY --json",
    "redact suggest": "--statement --profile --json",
    "redact accept": "--all --statement PROPOSAL_ID",
    "redact reject": "PROPOSAL_ID",
    "redact span": "--statement --start --end --reason",
    "redact box": "--attachment --page --box --reason",
    "redact review": "--attachment",
    "export": "--case --profile --out --recipient --zip --statement --skip-unreviewed"
              " --include-media --show-perpetrators --hide-perpetrators",
    "signer trust": "FILE --name",
    "signer revoke": "FINGERPRINT",
    "signer list": "",
    "verify": "BUNDLE --identity --signer",
    "import": "BUNDLE --identity",
}  # fmt: skip


@pytest.mark.parametrize("command", list(CONTRACT), ids=lambda c: c or "top")
def test_help_of_every_command_names_its_contract_options(ev: Run, command: str) -> None:
    result = ev(command, "--help", bare=True)
    assert result.code == 0 and result.err == "", result.err
    assert result.out.startswith(f"usage: {PROG} {command}".rstrip()), result.out
    for option in CONTRACT[command].split():
        assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", result.out), option
    # A sentence saying what the command does, not just a list of options.
    assert re.search(r"\n\n[A-Za-z].{10,}\n", result.out), result.out


def test_every_option_that_takes_a_secret_takes_a_file_name() -> None:
    """Passphrases, recovery codes and identities come from files, never argv values."""

    def walk(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
        for action in parser._actions:
            yield action
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from walk(sub)

    secret = re.compile(r"passphrase|password|recovery|identity|secret", re.I)
    seen = set()
    for action in walk(build_parser()):
        for option in action.option_strings:
            if secret.search(option) and action.help != argparse.SUPPRESS and action.nargs != 0:
                seen.add(option)
                assert option.endswith(("-file", "--identity")), option
    assert {"--passphrase-file", "--new-passphrase-file", "--recovery-code-file"} <= seen


def test_global_options_go_before_or_after_the_command(ev: Run, world: World) -> None:
    assert ev("info").code == 0
    after = ev("info", "--vault", str(world.vault), "--passphrase-file",
               str(world.passphrase_file), bare=True)  # fmt: skip
    assert after.code == 0, after.err
    # No --vault at all: the last vault used is taken, and stderr says which.
    bare = ev("info", bare=True)
    assert f"using vault {world.vault} (last used)" in bare.err


@pytest.mark.parametrize(
    "template",
    ["--vau {vault} --passphrase-file {wrong} info", "list cases --js",
     "export --case {case} --prof legal --out {root}/never"],
)  # fmt: skip
def test_options_are_spelled_out_not_abbreviated(ev: Run, template: str) -> None:
    assert_usage(ev(template, bare=template.startswith("--vau")))


@pytest.mark.parametrize(
    "template",
    ["--vault {vault} --passphrase 'my secret words' info",
     "--vault {vault} --password 'my secret words' info",
     "--vault {vault} '--passphrase=my secret words' info"],
)  # fmt: skip
def test_a_passphrase_on_the_command_line_is_refused_unrepeated(ev: Run, template: str) -> None:
    result = ev(template, bare=True)
    assert_usage(result, "--passphrase-file")
    assert "my secret words" not in result.err


def test_version_and_no_arguments(ev: Run) -> None:
    version = ev("--version", bare=True)
    assert version.code == 0 and re.fullmatch(rf"{PROG} \d+\.\d+\S*\n", version.out)
    nothing = ev("", bare=True)
    assert nothing.code == 0 and nothing.out.startswith("usage: ")
    assert "Traceback" not in nothing.err


# ---- valid input -------------------------------------------------------------------------

ADD_COMMANDS = [
    "case add --title 'Another case'",
    "person add --case {case} --name 'Nare Petrosyan' --alias 'Наре Петросян'"
    " --role interpreter --born ~1985",
    "consent set --person {victim} --share legal --anonymity waived",
    "consent set --person {victim} --withdraw",
    "statement add --case {case} --witness {victim} --text-file {text}"
    " --translation-file {edit} --kind first-account",
    "statement edit {statement} --text-file {edit}",
    "incident add --case {case} --type beating",
    "facility add --case {case} --name 'Base 4' --alias 'База 4'",
    "link add --from statement:{statement} --to facility:{facility}",
    "redact span --statement {statement} --start 37 --end 45 --reason other",
    "redact box --attachment {pdf} --page 1 --box 0,0,50.5,20 --reason document",
]


@pytest.mark.parametrize("template", ADD_COMMANDS, ids=lambda t: " ".join(t.split()[:2]))
def test_add_commands_print_the_new_id_and_nothing_else(ev: Run, template: str) -> None:
    result = ev(template)
    assert result.code == 0, result.err
    assert ONE_ID.fullmatch(result.out), result.out
    assert result.err == ""


def test_a_review_for_every_profile_prints_one_mark_per_profile(ev: Run) -> None:
    # Without --profile, one mark per anonymized profile (the derivative is the same for
    # all of them here): its id first, then the profile and what was shown.
    result = ev("redact review --attachment {png}")
    assert result.code == 0 and result.err == "", result.err
    lines = [line.split("\t") for line in result.out.splitlines()]
    assert [line[1] for line in lines] == ["legal", "government", "ngo", "media", "public"]
    assert all(re.fullmatch(r"[0-9a-f]{32}", line[0]) for line in lines)
    assert len({line[2] for line in lines}) == 1
    one = ev("redact review --attachment {png} --profile media")
    assert one.code == 0 and one.out.split("\t")[1] == "media", one.err


@pytest.mark.parametrize(
    ("kind", "key"),
    [("case", "case"), ("person", "witness"), ("statement", "statement"),
     ("incident", "incident"), ("facility", "facility"), ("link", "link"),
     ("attachment", "image")],
)  # fmt: skip
def test_every_id_printed_by_add_is_what_show_takes(
    ev: Run, world: World, kind: str, key: str
) -> None:
    shown = ev(f"show {kind} {{{key}}} --json")
    assert shown.code == 0, shown.err
    assert json.loads(shown.out)["id"] == world[key]
    text = ev(f"show {kind} {{{key}}}")
    assert text.code == 0 and world[key] in text.out and text.err == ""


JSON_COMMANDS: dict[str, type] = {
    "info --json": dict,
    "list cases --json": list,
    "list persons --case {case} --json": list,
    "list statements --json": list,
    "list attachments --case {case} --json": list,
    "list incidents --json": list,
    "list facilities --json": list,
    "list links --json": list,
    "show statement {statement} --json": dict,
    "show person {witness} --json": dict,
    "search Саргсян --json": list,
    "search nowherewordzz --json": list,
    "redact suggest --statement {statement} --profile media --json": list,
    "redact accept {proposal} --json": list,
    "redact accept --all --statement {statement} --json": list,
    "signer list --json": list,
}


@pytest.mark.parametrize("template", list(JSON_COMMANDS))
def test_json_output_is_one_document_and_nothing_else(ev: Run, template: str) -> None:
    result = ev(template)
    assert result.code == 0 and result.err == "", result.err
    document = json.loads(result.out)  # the whole of stdout, or this raises
    assert isinstance(document, JSON_COMMANDS[template]), type(document)
    if "nowhere" in template:
        assert document == []


@pytest.mark.parametrize(
    "template", ["verify {bundle} --json", "verify {bundle_age} --identity {identity} --json"]
)
def test_verify_json_is_one_document_and_the_warning_goes_to_stderr(ev: Run, template: str) -> None:
    result = ev(template, bare=True)  # no --vault: no trusted signers, so UNPINNED
    assert result.code == 0, result.err
    assert json.loads(result.out)["ok"] is True
    assert len(result.err.splitlines()) == 1 and "UNPINNED" in result.err


def test_search_finds_a_name_in_three_scripts(ev: Run, world: World) -> None:
    for query in ("Sargsyan", "Саргсян", "Սարգսյան"):
        hits = json.loads(ev("search --case {case} --json", query).out)
        assert world["witness"] in {hit["id"] for hit in hits}, query
    text = ev("search nowherewordzz")
    assert text.code == 0 and text.out == "" and len(text.err.splitlines()) == 1


def test_text_lists_have_one_line_per_record(ev: Run) -> None:
    for kind in ("cases", "persons", "statements", "attachments", "incidents", "facilities"):
        text = ev(f"list {kind}")
        records = json.loads(ev(f"list {kind} --json").out)
        # A header row, then one line per record (nothing at all for none).
        lines = text.out.splitlines()
        assert text.code == 0 and len(lines) == (len(records) + 1 if records else 0), kind
        assert lines[0].split()[:2] in (["CODE", "ID"], ["ID", "DATE"], ["ID", "TYPE"]), kind


def test_vault_wide_commands(ev: Run) -> None:
    for template in ("check", "audit verify"):
        result = ev(template)
        assert result.code == 0 and len(result.out.splitlines()) == 1 and result.err == ""
    info = ev("info")
    assert info.code == 0 and "passphrase" in info.out and PASSPHRASE not in info.out


@pytest.mark.parametrize(
    "options",
    ["--profile legal --zip --statement {statement} --include-media --hide-perpetrators",
     "--profile ngo --show-perpetrators --recipient {recipient} --recipient {recipient}"],
)  # fmt: skip
def test_export_options_of_the_contract(
    ev: Run, world: World, options: str, tmp_path: Path
) -> None:
    out = str(tmp_path / "bundle")
    result = ev(f"export --case {{case}} --out {out} --skip-unreviewed {options}")
    assert result.code == 0, result.err
    assert "Exported bundle" in result.out and "Traceback" not in result.err
    identity = ["--identity", world["identity"]] if "--recipient" in options else []
    (written,) = tmp_path.glob("bundle*")  # --zip and --recipient add .zip / .age
    assert written.name == "bundle" + (".age" if identity else ".zip" if "--zip" in options else "")
    verified = ev("verify", str(written), *identity, "--json", bare=True)
    assert verified.code == 0 and json.loads(verified.out)["ok"] is True, verified.err


def test_verify_and_import_a_bundle(ev: Run, world: World, tmp_path: Path) -> None:
    fingerprint = json.loads(ev("verify {bundle} --json", bare=True).out)["signer"]["fingerprint"]
    pinned = ev("verify {bundle} --signer", fingerprint, bare=True)
    assert pinned.code == 0 and pinned.err == "" and "PINNED" in pinned.out
    assert_refused(ev("verify {bundle} --signer", "ab" * 32, bare=True), "bundle refused",
                   report_on_stdout=True)  # fmt: skip
    hq = ["--vault", str(tmp_path / "hq"), "--passphrase-file", str(world.passphrase_file)]
    assert call([*hq, "init"]).code == 0
    # A signer nobody verified is refused; the fingerprint read out by the sender pins it.
    assert_refused(ev(shlex.join(hq) + " import {bundle}", bare=True), "not verified")
    pin = f" --signer {fingerprint}"
    imported = ev(shlex.join(hq) + " import {bundle} --json" + pin, bare=True)
    assert imported.code == 0, imported.err
    assert json.loads(imported.out)["signer"]["status"] == "PINNED"
    assert_refused(ev(shlex.join(hq) + " import {bundle}" + pin, bare=True), "already imported")
    assert_refused(ev(shlex.join(hq) + " import {bundle_age}" + pin, bare=True), "--identity")
    opened = ev(shlex.join(hq) + " import {bundle_age} --identity {identity}" + pin, bare=True)
    assert opened.code == 0, opened.err


def test_signer_trust_list_revoke(ev: Run, world: World, tmp_path: Path) -> None:
    hq = shlex.join(["--vault", str(tmp_path / "hq"), "--passphrase-file",
                     str(world.passphrase_file)])  # fmt: skip
    assert ev(f"{hq} init", bare=True).code == 0
    key = "{bundle}/signature/signer.pub"
    trusted = ev(f"{hq} signer trust {key} --name 'Field office' --yes", bare=True)
    assert trusted.code == 0 and "Field office" in trusted.out
    assert_refused(ev(f"{hq} signer trust {key} --name Again --yes", bare=True), "already trusted")
    signers = json.loads(ev(f"{hq} signer list --json", bare=True).out)
    assert [s["status"] for s in signers] == ["trusted"]
    verified = ev(f"{hq} verify {{bundle}}", bare=True)
    assert verified.code == 0 and "TRUSTED" in verified.out and verified.err == ""
    assert ev(f"{hq} signer revoke", signers[0]["fingerprint"], bare=True).code == 0
    assert_refused(ev(f"{hq} verify {{bundle}}", bare=True), "revoked", report_on_stdout=True)
    assert_refused(ev(f"{hq} import {{bundle}}", bare=True), "revoked")


def test_passphrase_recovery_escrow_and_erase(ev: Run, world: World, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    assert ev("backup --to", str(copy)).code == 0
    new = write(tmp_path / "new.txt", "a new passphrase for the copy\n")
    code = write(tmp_path / "code.txt", world.recovery_code + "\n")
    old = world.passphrase_file

    def on_copy(template: str, passphrase: Path | None = None) -> CliResult:
        secret = "" if passphrase is None else f"--passphrase-file {shlex.quote(str(passphrase))}"
        return ev(f"--vault {shlex.quote(str(copy))} {secret} {template}", bare=True)

    assert on_copy(f"passwd --new-passphrase-file {new}", old).code == 0
    assert_refused(on_copy("info", old), "wrong passphrase")
    assert on_copy("info", new).code == 0
    # Without a terminal, a missing new passphrase is named as such.
    assert_refused(on_copy("passwd", new), "new passphrase")
    assert on_copy(f"passwd --recovery-code-file {code} --new-passphrase-file {old}").code == 0
    assert_refused(on_copy(f"passwd --identity {{identity}} --new-passphrase-file {new}"), "escrow")
    assert_usage(on_copy(f"passwd --recovery-code-file {code} --identity {{identity}}"))
    assert_refused(on_copy("escrow remove", old), "no escrow")
    assert on_copy("escrow add --recipient {recipient}", old).code == 0
    assert_refused(on_copy("erase"), "--yes")
    erased = on_copy("erase --keep-escrow --yes")
    assert erased.code == 0 and "escrow" in erased.out
    assert_refused(on_copy("info", old), "Wrong passphrase")  # nothing says "erased"
    assert on_copy(f"passwd --identity {{identity}} --new-passphrase-file {new}").code == 0
    assert on_copy("check", new).code == 0


# ---- refusals: exit 1, one line ----------------------------------------------------------

S_ADD = "statement add --case {case} --witness {witness}"
EXPORT = "export --case {case} --out {root}/never"
REFUSALS: dict[str, tuple[str, str]] = {  # name -> (command, a fragment of the message)
    # unknown ids
    "show case": ("show case {NOPE}", NOPE),
    "show person": ("show person {statement}", "no person"),
    "person --case": ("person add --case {NOPE} --name A --role witness", NOPE),
    "statement --witness": ("statement add --case {case} --witness {NOPE} --text-file {text}",
                            NOPE),
    "statement --interpreter": (f"{S_ADD} --interpreter {{NOPE}} --text-file {{text}}", NOPE),
    "statement edit": ("statement edit {NOPE} --text-file {edit}", NOPE),
    "incident --facility": ("incident add --case {case} --type t --facility {NOPE}", NOPE),
    "facility --case": ("facility add --case {NOPE} --name F", NOPE),
    "link --from": ("link add --from statement:{NOPE} --to person:{witness}", NOPE),
    "consent --person": ("consent set --person {NOPE} --share legal --anonymity required", NOPE),
    "attach --case": ("attach --case {NOPE} {png_file}", NOPE),
    "attach --statement": ("attach --case {case} --statement {NOPE} {png_file}", NOPE),
    "list --case": ("list persons --case {NOPE}", NOPE),
    "list attachments --case": ("list attachments --case {NOPE}", NOPE),
    "search --case": ("search Sargsyan --case {NOPE}", NOPE),
    "redact suggest": ("redact suggest --statement {NOPE}", NOPE),
    "redact accept": ("redact accept {NOPE}", NOPE),
    "redact accept --all": ("redact accept --all --statement {NOPE}", NOPE),
    "redact reject": ("redact reject {NOPE}", NOPE),
    "redact span": ("redact span --statement {NOPE} --start 0 --end 1 --reason other", NOPE),
    "redact box": ("redact box --attachment {NOPE} --box 1,1,2,2 --reason other", NOPE),
    "redact review": ("redact review --attachment {NOPE}", NOPE),
    "export --case": ("export --case {NOPE} --profile legal --out {root}/never", NOPE),
    "export --statement": (f"{EXPORT} --profile legal --statement {{NOPE}}", NOPE),
    "signer revoke": ("signer revoke " + "0" * 64, "no trusted signer"),
    # malformed values
    "role": ("person add --case {case} --name A --role king", "king"),
    "born": ("person add --case {case} --name A --role witness --born someday", "someday"),
    "blank name": ("person add --case {case} --name ' ' --role witness", "name"),
    "long name": ("person add --case {case} --name {LONG} --role witness", "longer"),
    "case title": ("case add --title {LONG}", "title"),
    "kind": (f"{S_ADD} --text-file {{text}} --kind poem", "poem"),
    "topic": (f"{S_ADD} --text-file {{text}} --topic nonsense", "nonsense"),
    "interview date": (f"{S_ADD} --text-file {{text}} --interview-date 2021-13-45", "2021-13-45"),
    "language": (f"{S_ADD} --text-file {{text}} --language '!!'", "language"),
    "identical edit": ("statement edit {big_statement} --text-file {big}", "identical"),
    "share": ("consent set --person {witness} --share legal,spies --anonymity required", "spies"),
    "anonymity": ("consent set --person {witness} --share legal --anonymity maybe", "maybe"),
    "recontact": ("consent set --person {witness} --share legal --anonymity waived"
                  " --recontact perhaps", "perhaps"),
    "incident date": ("incident add --case {case} --type t --date yesterday", "yesterday"),
    "link form": ("link add --from nonsense --to person:{witness}", "TYPE:ID"),
    "link role": ("link add --from incident:{incident} --to person:{witness} --as king", "king"),
    "search nothing": ("search '*'", "word"),
    "search long": ("search {LONG}", "longer"),
    "profile": ("redact suggest --statement {statement} --profile bogus", "bogus"),
    "reason": ("redact span --statement {statement} --start 0 --end 3 --reason because",
               "because"),
    "span outside": ("redact span --statement {statement} --start 0 --end 99999 --reason other",
                     "outside"),
    "span reversed": ("redact span --statement {statement} --start 9 --end 2 --reason other",
                      "outside"),
    "span in no translation": ("redact span --statement {statement} --start 0 --end 2"
                               " --reason other --field translation", "translation"),
    "box of three": ("redact box --attachment {image} --box 1,2,3 --reason other", "X,Y"),
    "box nan": ("redact box --attachment {image} --box nan,1,2,3 --reason other", "X,Y"),
    "box negative": ("redact box --attachment {image} --box=-1,1,2,3 --reason other", "box"),
    "box off the picture": ("redact box --attachment {image} --box 5000,10,5,5 --reason other",
                            "outside the picture"),
    "box page 0": ("redact box --attachment {pdf} --page 0 --box 1,1,2,2 --reason other",
                   "page"),
    "box page 2 of an image": ("redact box --attachment {image} --page 2 --box 1,1,2,2"
                               " --reason other", "not a PDF"),
    "box page past the end": ("redact box --attachment {pdf} --page 99 --box 1,1,2,2"
                              " --reason other", "no page 99"),
    "export profile": (f"{EXPORT} --profile bogus", "bogus"),
    "export recipient": (f"{EXPORT} --profile legal --recipient notakey", "age"),
    "evidence without recipient": (f"{EXPORT} --profile evidence", "--recipient"),
    "unreviewed": (f"{EXPORT} --profile ngo", "--skip-unreviewed"),
    "export out exists": ("export --case {case} --profile ngo --skip-unreviewed --out {bundle}",
                          "exists"),
    "export out no folder": ("export --case {case} --profile ngo --skip-unreviewed"
                             " --out {root}/no/such/b", "does not exist"),
    "export out too long": ("export --case {case} --profile ngo --skip-unreviewed --out {LONG}",
                            "long"),
    "fingerprint": ("signer revoke nothex", "64 hexadecimal"),
    "escrow recipient": ("escrow add --recipient notakey", "age"),
    # files
    "text file missing": (f"{S_ADD} --text-file {{root}}/missing.txt", "no such file"),
    "text file latin-1": (f"{S_ADD} --text-file {{latin1}}", "not UTF-8"),
    "text file utf-16": (f"{S_ADD} --text-file {{utf16}}", "UTF-16"),
    "text file empty": (f"{S_ADD} --text-file {{empty}}", "empty"),
    "text file binary": (f"{S_ADD} --text-file {{binary}}", "NUL"),
    "text file folder": (f"{S_ADD} --text-file {{folder}}", "folder"),
    "edit file folder": ("statement edit {statement} --text-file {folder}", "folder"),
    "translation latin-1": (f"{S_ADD} --text-file {{text}} --translation-file {{latin1}}",
                            "translation"),
    "text file name with a line break": (f"{S_ADD} --text-file '{{root}}/a\nb.txt'",
                                         "no such file"),
    "text file name too long": (f"{S_ADD} --text-file {{LONG}}", "cannot read"),
    "attach missing": ("attach --case {case} {root}/gone.jpg", "no such file"),
    "attach folder": ("attach --case {case} {folder}", "folder"),
    "attach odd missing name": ("attach --case {case} '{root}/gone\udcff\n\u202e.jpg'",
                                "no such file"),
    "signer key missing": ("signer trust {root}/none.pub --name X", "no key file"),
    "signer key not a key": ("signer trust {text} --name X", "not a minisign public key"),
    "backup to a vault": ("backup --to {vault}", "not empty"),
    "new passphrase file missing": ("passwd --new-passphrase-file {root}/none.txt",
                                    "new passphrase"),
    "recovery code malformed": ("passwd --recovery-code-file {text}"
                                " --new-passphrase-file {wrong}", "recovery code"),
    "identity without escrow": ("passwd --identity {identity} --new-passphrase-file {wrong}",
                                "escrow"),
    "import missing": ("import {root}/no-bundle", "no bundle"),
}  # fmt: skip


@pytest.mark.parametrize("name", list(REFUSALS))
def test_refusals_are_one_line_and_exit_1(ev: Run, name: str) -> None:
    template, fragment = REFUSALS[name]
    assert_refused(ev(template), fragment)


@pytest.mark.parametrize(
    ("secret", "fragment"),
    [("--passphrase-file {wrong}", "wrong passphrase"),
     ("--passphrase-file {root}/nope.txt", "passphrase file"),
     ("--passphrase-file {empty}", "empty"),
     ("--passphrase-file {folder}", "passphrase file"),
     ("--passphrase-file {utf16}", "UTF-8"),
     ("", "--passphrase-file")],  # none given, and no terminal to ask on
)  # fmt: skip
@pytest.mark.parametrize("command", ["info", "list cases --json"])
def test_passphrase_problems_are_one_line(
    ev: Run, secret: str, fragment: str, command: str
) -> None:
    assert_refused(ev(f"--vault {{vault}} {secret} {command}", bare=True), fragment)


@pytest.mark.parametrize(
    ("where", "fragment"),
    [("{root}/no-vault", "create a vault"), ("{text}", "not a folder"),
     ("{folder}", "not an evidence vault"), ("{LONG}", "long"),
     ("'{root}/no\nvault'", "create a vault")],
)  # fmt: skip
def test_a_vault_that_is_not_there(ev: Run, where: str, fragment: str) -> None:
    result = ev(f"--vault {where} --passphrase-file {{wrong}} info", bare=True)
    assert_refused(result, fragment)


@pytest.mark.parametrize(
    ("template", "fragment"),
    [("verify {root}/no-bundle", "no bundle"),
     ("verify {bundle_age}", "--identity"),
     ("verify {bundle_age} --identity {text}", "identity")],
)  # fmt: skip
def test_verify_refusals_keep_the_report_on_stdout(ev: Run, template: str, fragment: str) -> None:
    assert_refused(ev(template, bare=True), fragment, report_on_stdout=True)
    as_json = ev(template, "--json", bare=True)
    assert_refused(as_json, fragment, report_on_stdout=True)
    assert json.loads(as_json.out)["ok"] is False


# ---- usage mistakes: exit 2 ----------------------------------------------------------------

USAGE = [
    "frobnicate",
    "case add",
    "audit",
    "escrow",
    "escrow add",
    "list bogus",
    "show nonsense {case}",  # an unknown record type, as list's (the fault probe)
    "list cases --case {case}",
    "search Sargsyan --limit 0",
    "search Sargsyan --limit many",
    "redact span --statement {statement} --start x --end 3 --reason other",
    "redact box --attachment {pdf} --page one --box 1,1,2,2 --reason other",
    "redact reject",
    "consent set --person {witness} --share legal --withdraw",
    "export --case {case} --profile media --out x --show-perpetrators --hide-perpetrators",
    "statement edit {statement}",
    "attach --case {case}",
    "case add --title -x",
    "verify {bundle} --limit 3",
]


@pytest.mark.parametrize("template", USAGE)
def test_usage_mistakes_exit_2(ev: Run, template: str) -> None:
    assert_usage(ev(template))


# ---- hostile file names ----------------------------------------------------------------------


def test_hostile_file_names_stay_one_line_each(ev: Run, world: World, tmp_path: Path) -> None:
    names = [
        "-starts-with-a-dash.png",
        "line\nbreak.png",
        "tab\tand\rreturn.png",
        "\u202eevil\u202c.png",
        "é" * 120 + ".png",
        os.fsdecode(b"latin1-\xe9\xff.png"),
    ]
    paths = [str(write(tmp_path / name, Path(world["png_file"]).read_bytes())) for name in names]
    case = ev("case add --title 'Hostile names'").out.strip()
    result = ev("attach --case", case, "--", *paths)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == len(names) and all(len(line.split("\t")) == 4 for line in lines)
    recorded = [line.split("\t")[3] for line in lines]
    assert recorded[0] == "-starts-with-a-dash.png"
    assert recorded[1] == "line\\x0abreak.png"
    assert recorded[5] == "latin1-\\xe9\\xff.png"
    assert len(ev("list attachments --case", case).out.splitlines()) == len(names) + 1
    listed = ev("list attachments --json --case", case).out
    assert "\u202e" not in listed  # escaped on the wire, never raw on a terminal
    as_json = json.loads(listed)
    # JSON carries each name as stored (a program reads the real text, JSON-escaped on
    # the wire); the lines a person reads show invisible format characters escaped.
    assert recorded[3] == "\\u202eevil\\u202c.png"
    assert as_json[3]["name"] == "\u202eevil\u202c.png"
    assert [a["name"] for a in as_json][:3] + [a["name"] for a in as_json][4:] == (
        recorded[:3] + recorded[4:]
    )
    shown = ev("show attachment", lines[1].split("\t")[0])
    assert shown.code == 0 and "line\\x0abreak.png" in shown.out


# ---- passphrases never in ps; real processes ----------------------------------------------


def test_ps_never_shows_the_passphrase(world: World) -> None:
    """A command blocked on a full stdout pipe: its argv and environment hold no secret."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "vault", "--vault", str(world.vault),
         "show", "statement", world["big_statement"]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "EVIDENCE_VAULT_PASSPHRASE": PASSPHRASE},
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        # Output has begun, so the vault is open and the passphrase has been read.
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no output within 60 s"
        time.sleep(0.2)
        assert proc.poll() is None, "the command should be blocked on the full pipe"
        seen = [
            Path(f"/proc/{proc.pid}/cmdline").read_bytes(),
            Path(f"/proc/{proc.pid}/environ").read_bytes(),
            subprocess.run(["ps", "-ww", "-o", "args=", "-p", str(proc.pid)],
                           capture_output=True, check=False).stdout,
        ]  # fmt: skip
        for blob in seen:
            assert PASSPHRASE.encode() not in blob
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert b"filler filler" in out


def test_real_processes_exit_codes_and_no_tracebacks(world: World) -> None:
    vault = ["--vault", str(world.vault)]
    good = world.vault_args()
    runs = {
        "wrong": run_cli_process(*vault, "--passphrase-file", world["wrong"], "info"),
        "env wrong": run_cli_process(*vault, "info",
                                     env={"EVIDENCE_VAULT_PASSPHRASE": "nope nope"}),
        "env right": run_cli_process(*vault, "info", "--json",
                                     env={"EVIDENCE_VAULT_PASSPHRASE": PASSPHRASE}),
        "unknown": run_cli_process(*good, "show", "case", NOPE),
        "folder": run_cli_process(*good, "statement", "edit", world["statement"],
                                  "--text-file", world["folder"]),
        "usage": run_cli_process(*good, "frobnicate"),
        "nothing": run_cli_process(env={"DISPLAY": "", "WAYLAND_DISPLAY": "",
                                        "QT_QPA_PLATFORM": ""}),
        "help": run_cli_process("--help"),
    }  # fmt: skip
    assert runs["wrong"].code == 1
    assert runs["wrong"].err == f"{PROG}: Wrong passphrase (from the file {world['wrong']}).\n"
    assert runs["env wrong"].code == 1 and len(runs["env wrong"].err.splitlines()) == 1
    assert runs["env right"].code == 0 and isinstance(json.loads(runs["env right"].out), dict)
    assert runs["unknown"].code == 1
    assert runs["unknown"].err == f"{PROG}: No case with id {NOPE}.\n"
    assert runs["folder"].code == 1 and len(runs["folder"].err.splitlines()) == 1
    assert runs["usage"].code == 2 and runs["usage"].out == ""
    # No command opens the window; with no display for it, one clear line and exit 1.
    assert runs["nothing"].code == 1 and "no display" in runs["nothing"].err
    assert len(runs["nothing"].err.splitlines()) == 1
    assert runs["help"].code == 0 and runs["help"].out.startswith("usage: ")
    for name, result in runs.items():
        assert "Traceback" not in result.err and "internal error" not in result.err, name
