"""The command line's ``--help`` pages and usage errors in Russian, Armenian and
Azerbaijani: no English sentence left (option names, metavars, ids, file names and typed
values stay as typed), usage errors still one line after the usage and exit 2, and every
help text the parser shows is one the update tool extracts."""

from __future__ import annotations

import argparse
import ast
import inspect
import re
from collections.abc import Iterator

import pytest

from tests.conftest import run_cli_process
from vault.app import i18n
from vault.cli import build_parser
from vault.cli.helptext import parser_texts
from vault.gui import i18n_update

SHIPPED = ("ru", "hy", "az")
NO_LANG = {"EVIDENCE_VAULT_LANG": "", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}

# Words that are the same in a translation as in English because they are typed or
# named, not written: values given on the command line, JSON keys, tool and proper names.
TYPED = {
    "legal", "government", "ngo", "media", "public", "evidence",  # --profile values
    "witness", "victim", "perpetrator", "interviewer", "interpreter", "other",  # --role
    "facility", "organization", "identity", "contact", "location", "document",  # --kind
    "body", "operator", "around", "person", "statement", "incident", "case",
    "ok", "where", "exact", "folded", "page", "score", "id", "ids",  # JSON keys, values
    "age", "minisign", "ps", "shell", "zip", "en", "ru", "hy", "az",
    "sargsyan", "grigoryan", "sargsian", "sarg", "seki", "aliyev",  # names searched for
}  # fmt: skip
# Words a language writes as English does.
SAME_WORDS = {"az": {"format", "audio"}}


def english_words(text: str, parser: argparse.ArgumentParser | None = None) -> set[str]:
    """The words of ``text`` that can be English prose: not option names (``--case``),
    metavars and codes (``ID``, ``PINNED``), ids, dates and file names (anything with a
    digit, dot, slash, underscore or hyphen), nor what is quoted or in backticks (typed
    values, commands), nor the command names and choices of ``parser``."""
    typed = set(TYPED)
    if parser is not None:
        for each in _parsers(parser):
            for action in each._actions:
                typed.update(str(choice).lower() for choice in action.choices or ())
                typed.add(action.dest.lower())  # "argument kind: ..."
                if isinstance(action.metavar, str):  # "yes|no", "required|waived"
                    typed.update(re.findall(r"[a-z]+", action.metavar))
    text = re.sub(r"`[^`]*`|'[^'\n]*'|\"[^\"\n]*\"|\{[^{}]*\}|\[[^\]]*\]", " ", text)
    text = re.sub(r"\S*[-\d./_:=*]\S*", " ", text.replace(":", " "))
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.isascii()]  # not "Şəki"
    return {w.lower() for w in words if not w.isupper() and w.lower() not in typed}


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _parsers(child)


def _pages(language: str) -> dict[str, str]:
    """Every --help page of the command line, by command path, in ``language``."""
    previous = i18n.current_language()
    i18n.set_language(language)
    try:
        parser = build_parser()
        pages = {}
        for each in _parsers(parser):
            pages[each.prog] = each.format_help()
        return pages
    finally:
        i18n.set_language(previous)


@pytest.fixture(scope="module")
def english_pages() -> dict[str, str]:
    return _pages("en")


@pytest.fixture(scope="module")
def english(english_pages: dict[str, str]) -> set[str]:
    """The English prose words the command line can print in a help page or a usage
    error: every page's, every help text's and argparse's words."""
    parser = build_parser()
    texts = [*english_pages.values(), *i18n_update.help_sources()]
    texts += [text % _Anything() for text in i18n_update.ARGPARSE_SOURCES]
    return {word for text in texts for word in english_words(text, parser)}


class _Anything(dict[str, str]):
    """Fills %s and %(name)s with nothing, to read argparse's templates as words."""

    def __getitem__(self, key: str) -> str:
        return ""


def test_the_english_word_check_can_fail(english_pages: dict[str, str]) -> None:
    parser = build_parser()
    found = english_words(english_pages["evidence-vault attach"], parser)
    assert {"usage", "options", "take", "encrypted", "already"} <= found
    assert "attach" not in found and "case" not in found  # command and typed values
    assert english_words("--case ID, C-001, a.zip, `signer list` 'around 2020'") == set()


@pytest.mark.parametrize("language", SHIPPED)
def test_every_help_page_is_in_the_language(language: str, english_pages: dict[str, str]) -> None:
    parser = build_parser()
    same = SAME_WORDS.get(language, set())
    translated = _pages(language)
    assert translated.keys() == english_pages.keys()
    left = {}
    for prog, page in translated.items():
        english = english_words(english_pages[prog], parser)
        found = (english_words(page, parser) & english) - same
        if found:
            left[prog] = sorted(found)
    assert left == {}
    assert len(translated) > 60  # every command and subcommand was looked at


def test_russian_main_help_from_the_command_line(english: set[str]) -> None:
    russian = run_cli_process("--lang", "ru", "--help", env={**NO_LANG, "LANG": "C.UTF-8"})
    assert russian.code == 0
    assert russian.out.startswith("использование: evidence-vault [-h] [--version] [--vault DIR]")
    assert "позиционные аргументы:" in russian.out and "\nпараметры:\n" in russian.out
    assert "  -h, --help           показать эту справку и выйти" in russian.out
    assert "    attach             принять файлы в хранилище" in russian.out
    assert english_words(russian.out, build_parser()) & english == set()


def test_armenian_attach_help_from_the_locale(english: set[str]) -> None:
    armenian = run_cli_process("attach", "--help", env={**NO_LANG, "LANG": "hy_AM.UTF-8"})
    also = run_cli_process("--lang", "hy", "attach", "--help", env={**NO_LANG, "LANG": "C"})
    assert armenian.code == 0 and armenian.out == also.out
    lines = armenian.out.splitlines()
    assert lines[0].startswith("օգտագործում՝ evidence-vault attach [-h] --case ID")
    assert "ընդունել ֆայլերը պահոց՝ գաղտնագրված և հեշավորված" in lines
    assert any(line.startswith("  --case ID       կոդ (C-001), id") for line in lines)
    assert english_words(armenian.out, build_parser()) & english == set()


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["attach"], "evidence-vault attach: xəta: bu arqumentlər mütləqdir: --case, FILE"),
        (
            ["list", "everything"],
            "evidence-vault list: xəta: arqument kind: yolverilməz seçim: 'everything' "
            "(bunlardan seçin: 'cases', 'attachments', 'persons', 'statements', "
            "'incidents', 'facilities', 'links')",
        ),
        (["search", "--limit", "0"], "evidence-vault search: xəta: arqument --limit: "),
        (["show", "a", "b", "c"], "evidence-vault show: xəta: ən çoxu bir qeyd növü"),
        (["--passphrase", "x"], "evidence-vault: xəta: --passphrase parametr deyil; "),
    ],
)
def test_azerbaijani_usage_errors(argv: list[str], error: str, english: set[str]) -> None:
    result = run_cli_process(*argv, env={**NO_LANG, "EVIDENCE_VAULT_LANG": "az"})
    assert result.code == 2
    assert result.out == ""
    *usage, last = result.err.splitlines()
    assert usage[0].startswith("istifadə: evidence-vault")
    assert all(line.startswith(" ") for line in usage[1:])  # the usage, then one line
    assert last.startswith(error)
    assert english_words(result.err, build_parser()) & english == set(), result.err
    assert "x" not in last.split()  # the refused secret is not repeated


def test_an_unknown_language_keeps_english_help() -> None:
    result = run_cli_process("--lang", "xx", "attach", "--help", env={**NO_LANG, "LANG": "C"})
    assert result.code == 0
    assert result.out.startswith("usage: evidence-vault attach")
    assert "one or more files to take in" in result.out


def test_the_update_tool_extracts_every_help_text_the_parser_shows() -> None:
    shown = set(parser_texts(build_parser())) - set(i18n_update.ARGPARSE_SOURCES)
    extracted = set(i18n_update.help_sources())
    assert shown - extracted == set()
    assert len(shown) > 200
    # A few of each kind: help=, a command's line, a name ending in HELP, an epilog,
    # an f-string turned into a template, and help_text("...") outside the parser.
    assert {
        "the vault folder",
        "take files into the vault, encrypted and hashed",
        "legal, government, ngo, media, public or evidence",
        "at most N hits (default %(default)s)",
        "expected a whole number of at least 1, not {text}",
    } <= extracted
    assert any(text.startswith("query syntax (docs/search.md):\n") for text in extracted)


def test_the_argparse_words_are_still_argparses() -> None:
    """Each word we translate for argparse is one its gettext calls still ask for (a
    Python that rewords one would leave it English: this says which)."""
    asked: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            asked.update(
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
    assert set(i18n_update.ARGPARSE_SOURCES) - asked == set()


_FORMAT = re.compile(r"%\([a-z_]+\)[sr]|%[sr]|%%|\{[A-Za-z_]+\}|`[^`]*`|--[a-z]+(?:-[a-z]+)*")


@pytest.mark.parametrize("language", SHIPPED)
def test_help_translations_keep_formats_options_and_commands(language: str) -> None:
    """argparse's %(default)s and %s, our {option}, option names and `commands` are kept
    exactly; argparse's error line still ends its line."""
    wrong = []
    for context, source, text, done in i18n.read_ts(i18n.ts_path(language)):
        if context not in (i18n.HELP_CONTEXT, i18n.ARGPARSE_CONTEXT) or not done:
            continue
        if sorted(_FORMAT.findall(source)) != sorted(_FORMAT.findall(text)):
            wrong.append((source, text))
        if source.endswith("\n") != text.endswith("\n"):
            wrong.append((source, text))
    assert wrong == []
