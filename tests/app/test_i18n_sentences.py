"""Sentences made in vault/core and vault/export in English, translated back whole by the
shells (issue 14): every disk refusal in every shipped language, a verify detail of
several reasons, a reason inside another sentence, an option's name before a refusal;
the data in them as it was, and nothing matched by a template without fixed words."""

from __future__ import annotations

import errno

import pytest

from vault.app import i18n
from vault.core.fsutil import STORAGE_SENTENCES, storage_error


@pytest.fixture(autouse=True)
def _english_afterwards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_current", {"language": "en"})


@pytest.mark.parametrize("language", ["ru", "hy", "az"])
def test_every_disk_refusal_is_one_translated_sentence(language: str) -> None:
    i18n.set_language(language)
    for what in STORAGE_SENTENCES:
        for number in (errno.ENOSPC, errno.EROFS, errno.EIO):
            english = str(storage_error(OSError(number, "x"), what, name="пакет.zip", count=3))
            said = i18n.translate_message(english)
            assert said != english, english
            assert "not saved" not in said and "The disk" not in said, said
            if "{name}" in STORAGE_SENTENCES[what][0]:
                assert "пакет.zip" in said
            if "{count}" in STORAGE_SENTENCES[what][0]:
                assert "3" in said


def test_a_verify_detail_is_translated_reason_by_reason() -> None:
    i18n.set_language("ru")
    detail = (
        "data/b.txt is missing; line 3 of bagit.txt is not 'Label: value'; "
        "data/c.txt is in data/ but data/records.json does not name it (and 2 more)"
    )
    assert i18n.translate_detail(detail) == (
        "data/b.txt отсутствует; строка 3 в bagit.txt не имеет вида «Метка: значение»; "
        "data/c.txt находится в data/, но data/records.json его не называет (и ещё 2)"
    )


def test_a_reason_inside_a_refusal_and_an_option_before_it() -> None:
    i18n.set_language("ru")
    assert i18n.translate_message(
        "Import refused: layout: custody.jsonl is missing; nothing was imported."
    ) == ("Импорт отклонён: layout: custody.jsonl отсутствует; ничего не импортировано.")
    assert (
        i18n.translate_message("--case: No case with code C-009.")
        == "--case: Нет дела с кодом C-009."
    )


def test_a_template_without_fixed_words_matches_nothing() -> None:
    i18n.set_language("hy")  # its "{RECORDS}: {self_where}: {problem}" uses full stops
    assert i18n.translate_message("x: y: z") == "x: y: z"
