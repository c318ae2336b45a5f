"""The command line's ``--help`` and usage errors in the chosen language.

Two sources of words, two contexts of the ``.ts`` files:

* ours (context ``cli-help``): every ``help=``, ``description=`` and ``epilog`` the
  command modules give argparse, translated in place once the parser is built
  (:func:`translate_parser`), so the command modules keep writing plain English;
  ``vault.gui.i18n_update`` finds them in the source the same way (``help=``, the help
  line of ``command(...)``, names ending in ``HELP``);
* argparse's own (context ``argparse``): "usage:", "options", "show this help message
  and exit" and its usage errors ("the following arguments are required: %s").  argparse
  asks gettext for each through the module-level names ``_`` and ``ngettext`` at the
  moment it uses them; :func:`install_argparse_words` points those two names at the
  catalogue (Python's gettext would need compiled ``.mo`` files on disk, and the ``.ts``
  files are the single source).  English, or a word not translated, stays argparse's.

The language must be chosen before the parser is built: argparse takes the group titles
and the help option's text when a parser is made.
"""

from __future__ import annotations

import argparse

from vault.app import i18n


def _argparse_word(message: str) -> str:
    return i18n.translate(message, i18n.ARGPARSE_CONTEXT)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    # The translations of both forms avoid agreeing with the number ("expected
    # arguments: 2"), so one form per language serves every count.
    return _argparse_word(singular if count == 1 else plural)


def install_argparse_words() -> None:
    """Make argparse say its own words (headings, the help option, usage errors) in the
    current language, looked up each time it says one, so a later language change holds
    too; nothing else of argparse changes.  Safe to call more than once."""
    setattr(argparse, "_", _argparse_word)  # noqa: B010 (argparse's gettext hook)
    setattr(argparse, "ngettext", _argparse_plural)  # noqa: B010


def help_text(text: str) -> str:
    """``text`` (an English help text of ours) in the current language."""
    return i18n.translate(text, i18n.HELP_CONTEXT)


def parser_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text of ``parser`` and the parsers below it, in the order ``--help``
    pages show them, without repeats: descriptions, epilogs, each option's and
    argument's help and each command's line in its parent's list."""
    return list(dict.fromkeys(getattr(owner, name) for owner, name in _help_slots(parser)))


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Put every help text of ``parser`` and the parsers below it into the current
    language (a text without a finished translation stays English)."""
    if i18n.current_language() == "en":
        return
    for owner, name in _help_slots(parser):
        setattr(owner, name, help_text(getattr(owner, name)))


def _help_slots(parser: argparse.ArgumentParser) -> list[tuple[object, str]]:
    """(object, attribute) of every help text shown: each parser's description and
    epilog, each action's help (not suppressed) and each command's line."""
    slots: list[tuple[object, str]] = []
    for each in _parsers(parser):
        slots += [(each, name) for name in ("description", "epilog") if getattr(each, name)]
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                slots.append((action, "help"))
            if isinstance(action, argparse._SubParsersAction):
                slots += [(choice, "help") for choice in action._choices_actions if choice.help]
    return slots


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found += _parsers(child)
    return found
