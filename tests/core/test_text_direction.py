"""Names and titles cannot carry invisible text-direction overrides."""

from __future__ import annotations

import pytest

from vault.core.errors import InputError
from vault.core.text_input import clean_line


@pytest.mark.parametrize("mark", ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069"])
def test_direction_overrides_are_refused(mark: str) -> None:
    with pytest.raises(InputError, match="text-direction override"):
        clean_line(f"Davit {mark}nayksgraS", "name")


def test_ordinary_right_to_left_names_and_marks_are_kept() -> None:
    assert clean_line("علی\u200f رضایی", "name") == "علی\u200f رضایی"
