"""WAV audio rebuilt from its samples alone: no LIST/INFO, bext, iXML, ID3 or other chunks.

MP3 and the MP4 family are handled by ``vault/redact/mp3.py`` and ``media_strip.py``;
other audio and video formats are left out of anonymized exports.
"""

from __future__ import annotations

import io
import wave

from vault.redact.errors import DamagedMedia


def strip_wav(data: bytes) -> bytes:
    """A new WAV with the same samples and format and nothing else.  Voices still identify
    people: the export warns about that."""
    try:
        with wave.open(io.BytesIO(data), "rb") as source:
            params = source.getparams()
            frames = source.readframes(params.nframes)
    except (wave.Error, EOFError) as exc:
        raise DamagedMedia(f"The WAV file cannot be read: {exc}.") from None
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        target.setnchannels(params.nchannels)
        target.setsampwidth(params.sampwidth)
        target.setframerate(params.framerate)
        target.writeframes(frames)
    return out.getvalue()
