"""The word diff behind the version history: whole words of any script, pieces that give
both versions back, a replaced phrase as one change."""

from __future__ import annotations

from vault.app.version_diff import DiffPiece, diff_words


def _sides(pieces: list[DiffPiece]) -> tuple[str, str]:
    old = "".join(p.text for p in pieces if p.kind != "added")
    new = "".join(p.text for p in pieces if p.kind != "removed")
    return old, new


def test_a_replaced_phrase_is_one_change_and_both_versions_come_back() -> None:
    old = "The officer wore a grey coat.\nNobody spoke."
    new = "The officer wore a black jacket.\nNo one spoke."
    pieces = diff_words(old, new)
    assert _sides(pieces) == (old, new)
    assert [p.text for p in pieces if p.kind == "removed"] == ["grey coat", "Nobody"]
    assert [p.text for p in pieces if p.kind == "added"] == ["black jacket", "No one"]


def test_words_of_other_scripts_change_whole_and_a_line_break_is_never_swallowed() -> None:
    old = "Они были в серой форме.\nاونلار بوز رنگلی پالتار گئیمیشدیلر."
    new = "Они были в чёрной форме.\nاونلار قارا رنگلی پالتار گئیمیشدیلر."
    pieces = diff_words(old, new)
    assert _sides(pieces) == (old, new)
    assert [(p.kind, p.text) for p in pieces if p.kind != "same"] == [
        ("removed", "серой"),
        ("added", "чёрной"),
        ("removed", "بوز"),
        ("added", "قارا"),
    ]
    assert all("\n" not in p.text for p in pieces if p.kind != "same")


def test_identical_texts_are_one_piece_and_empty_sides_work() -> None:
    assert diff_words("Same text.", "Same text.") == [DiffPiece("same", "Same text.")]
    assert diff_words("", "New.") == [DiffPiece("added", "New.")]
    assert diff_words("Gone.", "") == [DiffPiece("removed", "Gone.")]
