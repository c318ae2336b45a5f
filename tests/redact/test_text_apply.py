"""Applying accepted hits, and the offset map they rely on."""

from __future__ import annotations

import pytest

from vault.core.errors import InputError
from vault.core.normalize import fold
from vault.redact import Hit, ProtectedName, StaleRedaction, apply_redactions, detect
from vault.redact.detect import merge_overlapping

DAVIT = ProtectedName("p-davit", "W-001", ("Davit Sargsyan", "Давит Саргсян"))


def hit(text: str, piece: str, replacement: str, reason: str = "identity") -> Hit:
    start = text.index(piece)
    kind = "name" if reason == "identity" else "phone"
    return Hit(start, start + len(piece), piece, reason, replacement, None, kind)


def test_tokens_never_reveal_the_removed_length() -> None:
    outputs = set()
    for text in (
        "Call +374 91 234 567 or write a@b.am; passport AP 1234567; at 40.1792, 44.4991.",
        "Call +7 929 123 45 67 or write davit.sargsyan@mail.example.org; passport "
        "45 07 № 123456; at 40°10'45\"N 44°29'57\"E.",
    ):
        outputs.add(apply_redactions(text, detect(text, [])))
    assert outputs == {"Call [phone] or write [email]; passport [document]; at [location]."}


def test_overlapping_and_touching_hits_make_one_replacement() -> None:
    text = "Davit Sargsyan+37491234567 end"
    name = hit(text, "Davit Sargsyan", "W-001")
    phone = hit(text, "+37491234567", "[phone]", "contact")
    inner = hit(text, "Sargsyan", "W-001")
    assert apply_redactions(text, [phone, inner, name]) == "W-001 end"
    # No letter of either survives between them, whatever order they come in.
    assert apply_redactions(text, [name, phone]) == "W-001 end"


def test_separate_hits_keep_the_text_between_them() -> None:
    text = "Davit Sargsyan called +37491234567."
    hits = detect(text, [DAVIT])
    assert apply_redactions(text, hits) == "W-001 called [phone]."
    assert apply_redactions(text, []) == text


def test_a_hit_that_does_not_match_the_text_is_refused() -> None:
    text = "Davit Sargsyan said so."
    good = hit(text, "Sargsyan", "W-001")
    moved = Hit(good.start + 1, good.end + 1, good.text, "identity", "W-001", None, "name")
    with pytest.raises(StaleRedaction) as caught:
        apply_redactions(text, [moved])
    assert isinstance(caught.value, InputError)  # the CLI prints one line, exit 1
    assert "Sargsyan" not in str(caught.value)  # the message carries no case data
    outside = Hit(20, 40, "x", "identity", "W-001", None, "name")
    with pytest.raises(StaleRedaction):
        apply_redactions(text, [outside])
    with pytest.raises(StaleRedaction):
        apply_redactions("Davit Sargsyan said it again.", [good, moved])


def test_detect_merges_overlaps_to_the_longest_and_keeps_the_union() -> None:
    text = "abc davit.sargsyan@example.org xyz"
    hits = detect(text, [DAVIT])
    assert [(h.text, h.kind) for h in hits] == [("davit.sargsyan@example.org", "email")]
    # A partial overlap keeps both spans' characters covered.
    a = Hit(0, 6, text[0:6], "identity", "W-001", "p", "name")
    b = Hit(4, 12, text[4:12], "contact", "[email]", None, "email")
    merged = merge_overlapping(text, [b, a])
    assert [(m.start, m.end, m.replacement) for m in merged] == [(0, 12, "[email]")]


def test_every_hit_points_at_the_visible_original() -> None:
    text = (
        "ﬁrst: Ｓａｒｇｓｙａｎ, then Sarg\u200dsyan's and Саргсяном; "
        "tel ＋３７４ ９１ ２３４ ５６７; Давит\u00ad Саргсян."
    )
    hits = detect(text, [DAVIT])
    assert [h.text for h in hits] == [
        "Ｓａｒｇｓｙａｎ",
        "Sarg\u200dsyan's",
        "Саргсяном",
        "＋３７４ ９１ ２３４ ５６７",
        "Давит\u00ad Саргсян",
    ]
    for h in hits:
        assert text[h.start : h.end] == h.text
    assert apply_redactions(text, hits) == (
        "ﬁrst: W-001, then W-001 and W-001; tel [phone]; W-001."
    )


def test_fold_maps_each_character_back_to_its_source() -> None:
    text = "Ａß\u00adİ’s ﬁ"
    folded = fold(text, for_names=True)
    assert folded.text == "assis fi"
    assert folded.original_span(0, 1) == (0, 1)  # Ａ
    assert folded.original_span(1, 3) == (1, 2)  # ß -> ss
    assert folded.original_span(3, 4) == (3, 4)  # İ, soft hyphen before it gone
    assert folded.original_span(4, 5) == (5, 6)  # s after the dropped apostrophe
    assert folded.original_span(6, 8) == (7, 8)  # ﬁ -> fi
    assert folded.original_span(0, 5) == (0, 6)  # the hyphen and apostrophe inside
    kept = fold(text, for_names=False)
    assert kept.text == "Aßİs fi"
    with pytest.raises(ValueError):
        folded.original_span(3, 3)


def test_apostrophes_and_armenian_marks_go_only_inside_words() -> None:
    assert fold("'Davit's' Սարգ՛սյան՝ ok", for_names=True).text == "'davits' սարգսյան՝ ok"


def test_detection_is_pure() -> None:
    text = "Давит Саргсян, +374 91 234 567"
    copy = str(text)
    first = detect(text, [DAVIT])
    assert detect(text, [DAVIT]) == first
    assert text == copy


@pytest.mark.parametrize(
    ("text", "piece", "replacement", "expected"),
    [
        # A name glued to a year, a number or a word, on either side, in every script.
        ("born sargsyan1985 in", "sargsyan", "W-001", "born W-001 1985 in"),
        ("id 1985sargsyan ok", "sargsyan", "W-001", "id 1985 W-001 ok"),
        ("Саргсяна1990г.р.", "Саргсяна", "W-001", "W-001 1990г.р."),
        ("код7Саргсян", "Саргсян", "W-001", "код7 W-001"),
        ("Սարգսյան2001թ.", "Սարգսյան", "V-002", "V-002 2001թ."),
        ("1999Məmmədovun", "Məmmədovun", "P-003", "1999 P-003"),
        ("აბცბერიძე", "ბერიძე", "W-004", "აბც W-004"),
        # Digits of another script (Arabic-Indic, Armenian-adjacent) are still digits.
        ("Sargsyan٣٤", "Sargsyan", "W-001", "W-001 ٣٤"),
        # An invisible character between is no separation: a PDF drops it.
        ("Sargsyan\u200b1985", "Sargsyan", "W-001", "W-001 \u200b1985"),
        ("1985\u2060Sargsyan", "Sargsyan", "W-001", "1985\u2060 W-001"),
        # Tokens too: a phone number run into letters or digits.
        ("tel+37491234567ext", "+37491234567", "[phone]", "tel [phone] ext"),
        ("a@b.am2", "a@b.am", "[email]", "[email] 2"),
        # Punctuation and spaces already separate: nothing is added.
        ("(Sargsyan), 1985", "Sargsyan", "W-001", "(W-001), 1985"),
        ("Sargsyan-1985", "Sargsyan", "W-001", "W-001-1985"),
    ],
)
def test_a_replacement_never_runs_into_the_text_beside_it(
    text: str, piece: str, replacement: str, expected: str
) -> None:
    reason = "identity" if replacement[0] != "[" else "contact"
    assert apply_redactions(text, [hit(text, piece, replacement, reason)]) == expected


def test_a_detected_name_before_digits_stays_separable() -> None:
    text = "user sargsyan1985 wrote to Саргсяну2 and 7Давит"
    out = apply_redactions(text, detect(text, [DAVIT]))
    assert out == "user W-001 1985 wrote to W-001 2 and 7 W-001"
    assert "W-0011985" not in out


def test_the_statement_pdf_keeps_codes_apart_from_the_digits_beside_them() -> None:
    # The PDF drops invisible characters: the space must be a real one, and it is.
    pypdfium2 = pytest.importorskip("pypdfium2")
    from vault.export.statement_pdf import statement_pdf

    body = "Account sargsyan\u200b1985, phone +37491234567ext, 7Давит."
    redacted = apply_redactions(body, detect(body, [DAVIT]))
    document = pypdfium2.PdfDocument(statement_pdf(["Statement"], redacted))
    text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    assert "W-001 1985" in text
    assert "[phone] ext" in text
    assert "7 W-001" in text
    for glued in ("W-0011985", "]ext", "7W-001"):
        assert glued not in text
