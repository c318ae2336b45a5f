"""The child process that redacts photos for an export (``python -I -m vault.redact.image_worker``).

It is given a photo's bytes and its boxes, nothing else: no key, no vault, no path, and
an environment with nothing in it (``vault/export/photo_pool.py`` starts it). It answers
with the derivative's bytes or the reason the photo was refused, then waits for the next
photo, until its input closes.

Frames on stdin and stdout (all lengths big-endian):
request  = u32 header length, header (JSON: {"boxes": [[x, y, w, h], ...]}),
           u64 data length, data (the original photo)
response = u8 status (0 done, 1 refused), u32 header length, header (JSON: done
           {"media_type", "width", "height"}; refused {"error": class name, "message"}),
           u64 data length, data (the derivative; empty when refused)
Only bytes and JSON cross the pipe, never pickles: the parent, which holds the keys, must
not run anything a child compromised by a hostile photo could send it.
"""

from __future__ import annotations

import json
import queue
import struct
import sys
import threading
from typing import IO, Any

MAX_HEADER = 1 << 20  # JSON with a few boxes; a larger header is a broken pipe peer
MAX_DATA = 1 << 34  # far above any photo export accepts (16 GiB)
DONE = 0
REFUSED = 1


def read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    """``size`` bytes from ``stream``; None at a clean end of input before the first byte.
    Raises EOFError when the input ends part-way."""
    parts, missing = [], size
    while missing:
        part = stream.read(missing)
        if not part:
            if missing == size:
                return None
            raise EOFError("the pipe closed in the middle of a frame")
        parts.append(part)
        missing -= len(part)
    return b"".join(parts)


def read_frame(stream: IO[bytes]) -> tuple[dict[str, Any], bytes] | None:
    """One (header, data) pair as written by :func:`write_frame`; None at end of input.
    Raises EOFError or ValueError for a frame that is cut short or out of bounds."""
    raw = read_exactly(stream, 4)
    if raw is None:
        return None
    (header_size,) = struct.unpack(">I", raw)
    if header_size > MAX_HEADER:
        raise ValueError("frame header too large")
    header = json.loads(read_exactly(stream, header_size) or b"null")
    if not isinstance(header, dict):
        raise ValueError("frame header is not an object")
    (data_size,) = struct.unpack(">Q", read_exactly(stream, 8) or b"")
    if data_size > MAX_DATA:
        raise ValueError("frame data too large")
    data = read_exactly(stream, data_size) if data_size else b""
    if data is None:
        raise EOFError("the pipe closed in the middle of a frame")
    return header, data


def write_frame(stream: IO[bytes], header: dict[str, Any], data: bytes) -> None:
    """Write one (header, data) pair and flush."""
    encoded = json.dumps(header).encode("utf-8")
    stream.write(struct.pack(">I", len(encoded)) + encoded + struct.pack(">Q", len(data)))
    stream.write(data)
    stream.flush()


def _read_ahead(source: IO[bytes], requests: queue.Queue[Any]) -> None:
    """Take requests off the pipe as soon as they come (the parent may send the next photo
    while this process works on the current one); None marks the end of input, an
    exception a broken frame."""
    try:
        while True:
            request = read_frame(source)
            requests.put(request)
            if request is None:
                return
    except (EOFError, ValueError, OSError) as exc:
        requests.put(exc)


def main() -> int:
    """Serve requests until stdin closes; the process is made non-dumpable first (it
    holds decrypted photos, and PR_SET_DUMPABLE is reset by the ``exec`` that started it)."""
    from vault.core.process_safety import harden_process

    harden_process()
    # Imported here so that the parent importing this module for its frame helpers does
    # not load Pillow twice over.
    from vault.redact.errors import RedactionError
    from vault.redact.images import redact_image

    source, sink = sys.stdin.buffer, sys.stdout.buffer
    # One request waiting beside the one being worked on: the pool sends at most two.
    requests: queue.Queue[Any] = queue.Queue(maxsize=1)
    threading.Thread(target=_read_ahead, args=(source, requests), daemon=True).start()
    while True:
        request = requests.get()
        if request is None:
            return 0
        if isinstance(request, BaseException):
            return 1  # a broken frame: the parent sees the pipe close and refuses the photo
        header, data = request
        del request
        boxes = [tuple(float(v) for v in box) for box in header.get("boxes", [])]
        try:
            image = redact_image(data, boxes)  # type: ignore[arg-type]
        except RedactionError as exc:
            sink.write(bytes([REFUSED]))
            write_frame(sink, {"error": type(exc).__name__, "message": str(exc)}, b"")
            continue
        del data
        sink.write(bytes([DONE]))
        meta = {"media_type": image.media_type, "width": image.width, "height": image.height}
        write_frame(sink, meta, image.data)


if __name__ == "__main__":
    sys.exit(main())
