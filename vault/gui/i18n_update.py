"""Re-extract the strings to translate and bring the ``.ts`` files up to date.

``uv run python -m vault.gui.i18n_update`` reads the source (no Qt tool needed):

* the window: every ``tr("literal")`` in vault/gui, the texts the window passes to
  ``tr`` at run time from tables (column headers, profiles, check names, progress phases
  named with ``work.phase("...")`` anywhere in vault/);
* the command line: every ``_("literal")`` / ``translate("literal")`` in vault/cli,
  vault/app, vault/export and vault/core (verify's report lines and details, the disk's
  refusals: marked with ``vault.core.errors.template``), and the sentence of every user
  error raised outside the window (``raise InputError(f"Cannot read {path}.")`` gives
  the template ``Cannot read {path}.``; vault.app.i18n matches a formatted message
  back to it and keeps the data as it was);
* the command line's ``--help`` (context ``cli-help``): every ``help=``,
  ``description=``, ``epilog=`` text of vault/cli, the help line of each
  ``command(name, func, "...")``, texts assigned to names ending in ``HELP`` and
  ``help_text("literal")`` calls; and the argparse words the command line shows
  (context ``argparse``, a fixed list: ``ARGPARSE_SOURCES``).

New strings are added to each ``resources/translations/evidence_vault_<lang>.ts`` as
``unfinished``; strings gone from the source are marked ``vanished``; finished
translations are never touched.  It then lists what is still missing per language and
exits 1 if anything is (``--check`` only lists, writing nothing).
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from vault.app import i18n

ROOT = Path(__file__).resolve().parents[1]  # the vault package
SHIPPED = tuple(code for code in i18n.LANGUAGES if code != "en")


def _literal_calls(path: Path, names: set[str]) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        arg = node.args[0]
        if name in names and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield arg.value


def _table_texts() -> list[str]:
    """Texts the window hands to ``tr`` from tables rather than as literals."""
    from vault.app import pages
    from vault.app.choices import ROLES
    from vault.app.export_review import PROFILE_NOTES, PROFILES
    from vault.app.forms import STATEMENT_KINDS
    from vault.app.strength import LABELS
    from vault.gui.bundle_text import CHECK_LABELS, RESULT_WORDS
    from vault.gui.consent_dialog import HISTORY_COLUMNS
    from vault.gui.language_box import RESTART_NOTE
    from vault.gui.redaction_list import FILTERS, ProposalTableModel
    from vault.gui.version_history import VersionHistoryDialog
    from vault.gui.workspace import _KIND_LABELS

    texts: list[str] = []
    texts += VersionHistoryDialog.COLUMNS
    texts += ProposalTableModel.HEADERS
    texts += list(CHECK_LABELS.values()) + list(RESULT_WORDS.values())
    texts += HISTORY_COLUMNS
    texts += list(_KIND_LABELS.values())
    texts += [text for text, _ in FILTERS]
    texts += list(PROFILES) + list(PROFILE_NOTES.values())
    texts += [role.capitalize() for role in ROLES]
    texts += [kind.replace("-", " ") for kind in STATEMENT_KINDS]
    texts += list(LABELS)
    texts.append(RESTART_NOTE)
    for spec in pages.SPECS.values():
        texts += [column.label for column in spec.columns]
    return texts


def window_sources() -> list[str]:
    """Every string the window translates, in first-seen order, without repeats."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "gui").glob("*.py")):
        found.update(dict.fromkeys(_literal_calls(path, {"tr"})))
    found.update(dict.fromkeys(_table_texts()))
    for path in sorted(ROOT.rglob("*.py")):
        found.update(dict.fromkeys(_literal_calls(path, {"phase"})))
    return [text for text in found if any(c.isalpha() for c in text)]


def _error_names() -> set[str]:
    """The user errors' class names, read from the source (the window's layer does not
    import the core's internals or the command line): every class of
    vault/core/errors.py, the command line's UsageError, and every class anywhere in
    vault/ (outside the window) that derives from one of them (the export's and the
    redaction's errors, PhotoWorkerFailed, ...)."""
    tree = ast.parse((ROOT / "core" / "errors.py").read_text(encoding="utf-8"))
    names = {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    names |= {"UsageError"}
    bases: dict[str, set[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if path.parent.name == "gui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                bases.setdefault(node.name, set()).update(found)
    grown = True
    while grown:
        more = {name for name, parents in bases.items() if parents & names} - names
        names |= more
        grown = bool(more)
    return names


def error_template(node: ast.expr) -> str | None:
    """The message template of an error's first argument: a literal as it is, an
    f-string with each ``{expression}`` named ``{expression_as_identifier}`` (the name
    the catalogue's translation must keep); None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
        elif isinstance(value, ast.FormattedValue):
            name = re.sub(r"\W+", "_", ast.unparse(value.value)).strip("_") or "value"
            parts.append("{" + (name if name[0].isalpha() else "v" + name) + "}")
    return "".join(parts)


def error_sources() -> list[str]:
    """The message template of every user error raised outside the window (core,
    redact, export, app, cli): the sentences both shells show."""
    names = _error_names()
    found: dict[str, None] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if path.parent.name == "gui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in names:
                template = error_template(node.args[0])
                if template and any(c.isalpha() for c in template):
                    found[template] = None
    return list(found)


def hint_sources() -> list[str]:
    """The command line's words after an error (vault/cli/hints.py): each sentence
    there starts with a space; the template is kept without it."""
    tree = ast.parse((ROOT / "cli" / "hints.py").read_text(encoding="utf-8"))
    inner = {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    found: dict[str, None] = {}
    for node in ast.walk(tree):
        if id(node) in inner or not isinstance(node, (ast.Constant, ast.JoinedStr)):
            continue
        template = error_template(node)
        if template and template.startswith(" ") and any(c.isalpha() for c in template):
            found[template.strip()] = None
    return list(found)


_HEADING = re.compile(r"[A-Z][A-Z0-9_]*(?: [A-Z0-9_]+)*\Z")


def table_sources() -> list[str]:
    """The command line's table headings (a tuple of two or more CAPITALISED words, as
    given to print_table) and the lines said when a table is empty (``empty=``)."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple) and len(node.elts) >= 2:
                parts = [e for e in node.elts if not isinstance(e, ast.Starred)]
                words = [e.value for e in parts if isinstance(e, ast.Constant)]
                if len(words) == len(parts) and all(
                    isinstance(w, str) and len(w) > 1 and _HEADING.match(w) for w in words
                ):
                    found.update(dict.fromkeys(str(w) for w in words))
            said = []
            if isinstance(node, ast.keyword) and node.arg == "empty":
                said = [node.value]
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "empty" for t in node.targets
            ):
                value = node.value
                said = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
            for part in said:
                template = error_template(part)
                if template and any(c.isalpha() for c in template):
                    found[template] = None
    return list(found)


def cli_sources() -> list[str]:
    """Every message template the command line translates: ``_("...")`` literals of
    vault/cli (headings, verdicts), every user error's sentence and the hints that
    follow them."""
    found: dict[str, None] = {}
    # export and core: templates marked ``_`` (vault.core.errors.template), formatted
    # there in English and translated back by the shells (verify's details, disk refusals)
    for folder in ("cli", "app", "export", "core", "redact"):
        for path in sorted((ROOT / folder).glob("*.py")):
            if path != ROOT / "app" / "summary.py":  # show's labels: word_sources
                found.update(dict.fromkeys(_literal_calls(path, {"_", "translate", "template"})))
    found.update(dict.fromkeys(error_sources()))
    found.update(dict.fromkeys(hint_sources()))
    found.update(dict.fromkeys(table_sources()))
    return list(found)


_HELP_KEYWORDS = ("help", "description", "epilog")


def _help_strings(node: ast.expr) -> list[str]:
    """The texts a help expression can be: a literal, an f-string's template, either
    side of ``a or "..."`` / ``x if c else y``."""
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in _help_strings(value)]
    if isinstance(node, ast.IfExp):
        return _help_strings(node.body) + _help_strings(node.orelse)
    template = error_template(node)
    return [template] if template and any(c.isalpha() for c in template) else []


def help_sources() -> list[str]:
    """The command line's ``--help`` texts, read from vault/cli: the values of
    ``help=``, ``description=``, ``epilog=`` (and of ``..._help=`` parameters), the
    third argument of ``command(name, func, "help line")``, texts assigned to a name
    ending in ``HELP`` (``SEARCH_HELP = "..."``, ``case_help = ...``) and
    ``help_text("...")`` literals.  vault.cli.helptext translates the same texts in the
    built parser."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            values: list[ast.expr] = []
            if isinstance(node, ast.keyword) and node.arg:
                if node.arg in _HELP_KEYWORDS or node.arg.endswith("_help"):
                    values = [node.value]
            elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [
                    t.id if isinstance(t, ast.Name) else getattr(t, "attr", "") for t in targets
                ]
                if any(n.lower().endswith(("help", "epilog", "description")) for n in names):
                    values = [node.value]
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name == "command" and len(node.args) >= 3:
                    values = [node.args[2]]
                elif name == "help_text":
                    values = [node.args[0]]
            for value in values:
                found.update(dict.fromkeys(_help_strings(value)))
    return list(found)


# argparse's own words the command line shows (argparse asks gettext for them; the
# command line answers from the catalogue, vault.cli.helptext): the help page's words
# and every usage error a user can meet.  A test checks each is still argparse's.
ARGPARSE_SOURCES = [
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "%(prog)s: error: %(message)s\n",
    "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s",
    "one of the arguments %s is required",
    "not allowed with argument %s",
    "unrecognized arguments: %s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "invalid %(type)s value: %(value)r",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "expected %s argument",
    "expected %s arguments",
    "ignored explicit argument %r",
    "ambiguous option: %(option)s could match %(matches)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
]

# Qt's own words the window shows (standard buttons, the wizard's buttons, the edit
# menus of text fields), in Qt's contexts: Qt ships no Armenian or Azerbaijani
# translations of them, so ours carry them (the catalogue answers every context).
QT_SOURCES = {
    "QPlatformTheme": ["OK", "Cancel", "Close", "Save", "&Yes", "&No", "Apply", "Discard"],
    "QWizard": ["< &Back", "&Next >", "&Finish", "Cancel"],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
}


def word_sources() -> list[str]:
    """The command line's listing words: every ``word("literal")`` in vault/cli and
    vault/app, and the labels vault/app/summary.py gives ``_`` (``show``'s labels) and the
    words marked ``template`` there (context ``cli-words``: never matched back)."""
    found: dict[str, None] = {}
    for folder in ("cli", "app"):
        for path in sorted((ROOT / folder).glob("*.py")):
            found.update(dict.fromkeys(_literal_calls(path, {"word"})))
    summary = ROOT / "app" / "summary.py"
    found.update(dict.fromkeys(_literal_calls(summary, {"_", "template"})))
    return list(found)


def sources() -> dict[str, list[str]]:
    """{context: sources} for every context the ``.ts`` files hold."""
    found = {
        i18n.GUI_CONTEXT: window_sources(),
        i18n.CLI_CONTEXT: cli_sources(),
        i18n.WORDS_CONTEXT: word_sources(),
        i18n.HELP_CONTEXT: help_sources(),
        i18n.ARGPARSE_CONTEXT: ARGPARSE_SOURCES,
    }
    return {**found, **QT_SOURCES}


def update_ts(path: Path, wanted: dict[str, list[str]], language: str) -> list[str]:
    """Bring ``path`` up to date with ``wanted``; the sources still without a finished
    translation (as "context: source")."""
    if path.is_file():
        root = ET.parse(path).getroot()  # noqa: S314 (our own shipped file)
    else:
        root = ET.Element("TS", version="2.1", language=language)
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    missing = []
    for name, texts in wanted.items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        have = {m.findtext("source"): m for m in context.iter("message")}
        for source, message in have.items():
            found = message.find("translation")
            if source not in texts and found is not None:
                found.set("type", "vanished")
            elif found is not None and found.get("type") == "vanished":
                found.attrib.pop("type")
        for source in texts:
            entry = have.get(source)
            if entry is None:
                entry = ET.SubElement(context, "message")
                ET.SubElement(entry, "source").text = source
                ET.SubElement(entry, "translation", type="unfinished")
            node = entry.find("translation")
            if node is None or node.get("type") or not (node.text or ""):
                missing.append(f"{name}: {source}")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str] | None = None) -> int:
    """Update every shipped ``.ts`` file (or only check with ``--check``); print what is
    missing; 1 if anything is."""
    args = sys.argv[1:] if argv is None else argv
    wanted = sources()
    status = 0
    for language in SHIPPED:
        path = i18n.ts_path(language)
        if "--check" in args:
            done = {(c, s) for c, s, _, ok in i18n.read_ts(path) if ok} if path.is_file() else set()
            missing = [
                f"{c}: {s}" for c, texts in wanted.items() for s in texts if (c, s) not in done
            ]
        else:
            missing = update_ts(path, wanted, language)
        print(f"{language}: {len(missing)} missing")
        for line in missing:
            print(f"  {line}")
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
