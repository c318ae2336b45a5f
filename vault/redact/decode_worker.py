"""What runs inside the decoder cage (``python -I -m vault.redact.decode_worker``).

``vault/core/cage.py`` starts this with an empty environment and no file descriptor but
its pipes and, when the parent made one, its shared pixel buffer (``cage.PixelBuffer``),
which it maps and closes first. It confines itself (:func:`confine`: rlimits, not
dumpable, no_new_privs, Landlock), says how in a first frame, then answers requests until
its input closes. A request is one file's bytes and a JSON header whose ``kind`` picks
the handler:

- ``redact_image`` {"boxes"}: the redacted derivative (``redact_image``);
- ``picture`` {"page", "dpi", "max_side"}: raw pixels of a photo as displayed or of one
  PDF page, reduced to ``max_side`` (what a preview window shows);
- ``image_size``: the displayed size of a photo (header only);
- ``metadata`` / ``image_metadata``: what a file carries (``vault.redact.metadata``);
- ``pdf_pages``: each page's text for search (``vault.core.pdf_text``); ``pdf_texts``:
  each page's text for detection; ``redact_pdf`` {"boxes", "spans", "dpi"}: the rebuilt
  image-only PDF;
- ``strip_media`` {"format"}: WAV, MP3 or MP4 without its metadata;
- ``intake_probe`` {"named"}: intake's verdict on a picture or PDF
  (``vault.redact.intake_probe``).

Only when the parent runs the test suite (``EVIDENCE_VAULT_TESTING=1``) five more kinds
exist to prove the cage holds: ``crash`` (a segfault), ``hang``, ``allocate``, ``probe``
(what the child can see and touch) and ``claim`` (a child that lies in its answer).
:func:`handle` is also what callers run in process where no child can be started (a
frozen build), so both paths are one code.

A request's file and its answer's data cross the pipe or, for the pool's one-at-a-time
requests (header ``shared``), the shared pixel buffer: the request's header then says
how many bytes of it are the file (``cage.SHARED_INPUT_KEY``), the answer's how many are
the answer (``cage.SHARED_KEY``); the file is copied out before the answer is written.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import mmap
import os
import queue
import resource
import sys
import threading
from collections.abc import Callable
from typing import Any

from vault.core.cage import (
    DONE,
    OUT_OF_MEMORY,
    REFUSED,
    SHARED_INPUT_KEY,
    SHARED_KEY,
    read_frame,
    write_frame,
)

Answer = tuple[dict[str, Any], bytes]


def _redact_image(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.images import redact_image

    boxes = [tuple(float(v) for v in box) for box in header.get("boxes", [])]
    image = redact_image(data, boxes)  # type: ignore[arg-type]
    meta = {"media_type": image.media_type, "width": image.width, "height": image.height}
    return meta, image.data


def _picture(header: dict[str, Any], data: bytes) -> Answer:
    from PIL import Image

    from vault.redact.images import displayed_image
    from vault.redact.media import MediaKind, classify
    from vault.redact.pdf import render_pdf_page

    max_side = int(header.get("max_side", 4096))
    media = classify(data)
    if media.kind == MediaKind.IMAGE:
        image = displayed_image(data)
        page, pages, space = 1, 1, (float(image.width), float(image.height))
        kind = "image"
    elif media.kind == MediaKind.PDF:
        rendered = render_pdf_page(data, int(header.get("page", 1)), dpi=float(header["dpi"]))
        image, page, pages = rendered.image, rendered.page, rendered.page_count
        space = (rendered.width, rendered.height)
        kind = "pdf"
    else:
        return {"kind": "none", "media_type": media.media_type}, b""
    with image:
        width, height = image.size
        if max(width, height) > max_side:
            # draft-quality reduction: a preview, never what is exported
            image.thumbnail((max_side, max_side), Image.Resampling.BILINEAR)
        meta = {
            "kind": kind,
            "media_type": media.media_type,
            "width": width,
            "height": height,
            "pixel_width": image.width,
            "pixel_height": image.height,
            "mode": image.mode,
            "page": page,
            "page_count": pages,
            "space_width": space[0],
            "space_height": space[1],
        }
        return meta, image.tobytes()


def _image_size(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.images import image_size

    width, height = image_size(data)
    return {"width": width, "height": height}, b""


def _metadata(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.metadata import summarize_metadata

    summary = summarize_metadata(data)
    facts = {
        "format": summary.format,
        "kind": summary.kind,
        "width": summary.width,
        "height": summary.height,
        "pages": summary.pages,
        "gps": list(summary.gps) if summary.gps is not None else None,
        "gps_present": summary.gps_present,
        "facts": [list(pair) for pair in summary.facts],
        "carries": summary.carries,
        "unreadable": summary.unreadable,
        "damaged": summary.damaged,
    }
    return {}, json.dumps(facts).encode("utf-8")


def _image_metadata(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.metadata import image_metadata

    return {"carries": image_metadata(data)}, b""


def _pdf_pages(header: dict[str, Any], data: bytes) -> Answer:
    from vault.core.pdf_text import extract_pages_here

    return {}, json.dumps(extract_pages_here(data)).encode("utf-8")


def _pdf_texts(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.pdf import page_text_boxes

    pages = [[page.page, page.text] for page in page_text_boxes(data)]
    return {}, json.dumps(pages).encode("utf-8")


def _redact_pdf(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.pdf import PageBox, TextSpan, redact_pdf

    boxes = [PageBox(int(b[0]), *(float(v) for v in b[1:5])) for b in header.get("boxes", [])]
    spans = [TextSpan(int(p), int(a), int(b)) for p, a, b in header.get("spans", [])]
    pdf = redact_pdf(data, boxes, text_spans=spans, dpi=float(header["dpi"]))
    return {"page_count": pdf.page_count, "dpi": pdf.dpi}, pdf.data


def _strip_media(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.media_strip import strip_media

    return {}, strip_media(data, str(header["format"]))


def _intake_probe(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.intake_probe import probe_here

    return probe_here(header, data)


HANDLERS: dict[str, Callable[[dict[str, Any], bytes], Answer]] = {
    "redact_image": _redact_image,
    "picture": _picture,
    "image_size": _image_size,
    "metadata": _metadata,
    "image_metadata": _image_metadata,
    "pdf_pages": _pdf_pages,
    "pdf_texts": _pdf_texts,
    "redact_pdf": _redact_pdf,
    "strip_media": _strip_media,
    "intake_probe": _intake_probe,
}


def _crash(header: dict[str, Any], data: bytes) -> Answer:
    ctypes.string_at(0)  # a read of address 0: SIGSEGV, as a decoder bug would
    raise AssertionError("unreachable")


def _hang(header: dict[str, Any], data: bytes) -> Answer:
    while True:  # burns CPU like a decoder in an endless loop
        pass


def _allocate(header: dict[str, Any], data: bytes) -> Answer:
    from vault.redact.images import displayed_image

    # A decompression bomb: a small file whose pixels need more than the limit.
    with displayed_image(data) as image:
        return {"width": image.width}, b""


def _claim(header: dict[str, Any], data: bytes) -> Answer:
    """Answer whatever the test says (``answer`` as the header, ``size`` zero bytes): a
    subverted child lying about its shared buffer or its pixels."""
    return dict(header.get("answer", {})), bytes(int(header.get("size", 0)))


def _probe(header: dict[str, Any], data: bytes) -> Answer:
    """What the child can see and touch, for the tests that prove the cage."""
    fds = []
    for fd in range(256):
        try:
            os.fstat(fd)
        except OSError:
            continue
        fds.append(fd)
    tries: dict[str, str] = {}
    for name, path, mode in (
        ("read", header.get("read", ""), "rb"),
        ("write", header.get("write", ""), "wb"),
    ):
        try:
            with open(path, mode) as handle:
                if mode == "rb":
                    handle.read(1)
            tries[name] = "ok"
        except OSError as exc:
            tries[name] = type(exc).__name__
    dumpable = _prctl(3)  # PR_GET_DUMPABLE
    answer = {
        "environ": dict(os.environ),
        "fds": fds,
        "dumpable": dumpable,
        "confinement": _CONFINEMENT,
        "limits": {
            "as": resource.getrlimit(resource.RLIMIT_AS)[0],
            "core": resource.getrlimit(resource.RLIMIT_CORE)[1],
            "nofile": resource.getrlimit(resource.RLIMIT_NOFILE)[0],
        },
        **tries,
    }
    return answer, b""


TESTING_HANDLERS: dict[str, Callable[[dict[str, Any], bytes], Answer]] = {
    "crash": _crash,
    "hang": _hang,
    "allocate": _allocate,
    "probe": _probe,
    "claim": _claim,
}


# The oldest decoders trusted with hostile files (pyproject.toml says why).
MIN_PILLOW = (12, 3, 0)
MIN_PYPDFIUM2 = (5, 0, 0)


def _version(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split(".")[:3]:
        digits = "".join(c for c in part if c.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def outdated_decoders() -> str | None:
    """One line naming a decoder library older than its safe minimum, or None."""
    import PIL
    import pypdfium2.version

    for name, have, least in (
        ("Pillow", PIL.__version__, MIN_PILLOW),
        ("pypdfium2", str(pypdfium2.version.PYPDFIUM_INFO), MIN_PYPDFIUM2),
    ):
        if _version(have) < least:
            wanted = ".".join(map(str, least))
            return f"{name} {have} has known decoder flaws; {wanted} or newer is needed."
    return None


def handle(kind: str, header: dict[str, Any], data: bytes) -> Answer:
    """Run one request in this process (the child's loop, or a caller without a child).
    Raises what the handler raises (``RedactionError`` subclasses for refusals), and
    ``UnsupportedMedia`` for every file when a decoder library is older than its safe
    minimum (:func:`outdated_decoders`)."""
    outdated = outdated_decoders()
    if outdated is not None:
        from vault.redact.errors import UnsupportedMedia

        raise UnsupportedMedia(f"Refusing to decode: {outdated}")
    handler = HANDLERS.get(kind)
    if handler is None and os.environ.get("EVIDENCE_VAULT_TESTING") == "1":
        handler = TESTING_HANDLERS.get(kind)
    if handler is None:
        raise ValueError(f"unknown request kind {kind!r}")
    return handler(header, data)


# --- confinement --------------------------------------------------------------------------

_CONFINEMENT = "not confined"
_libc: Any = None


def _prctl(option: int, arg: int = 0) -> int:
    global _libc
    if not sys.platform.startswith("linux"):
        return -1
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
    return int(_libc.prctl(option, ctypes.c_ulong(arg), 0, 0, 0))


# Landlock (include/uapi/linux/landlock.h); the syscall numbers are the same on x86_64
# and arm64 (generic syscall table).
_LANDLOCK_CREATE_RULESET, _LANDLOCK_ADD_RULE, _LANDLOCK_RESTRICT_SELF = 444, 445, 446
_LANDLOCK_CREATE_RULESET_VERSION = 1
_LANDLOCK_RULE_PATH_BENEATH = 1
_FS_EXECUTE, _FS_READ_FILE, _FS_READ_DIR = 1 << 0, 1 << 2, 1 << 3
_FS_ALL_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 5: (1 << 16) - 1}
_NET_ALL = (1 << 0) | (1 << 1)  # bind and connect TCP (ABI 4+)
_SCOPE_ALL = (1 << 0) | (1 << 1)  # abstract UNIX sockets and signals (ABI 6+)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _readable_roots() -> list[str]:
    """Folders the interpreter and the decoders' libraries live in: read-only, so a late
    import or a shared library can still load; nothing of a case is in them."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    roots.update(p for p in sys.path if p)
    roots.update(("/usr/lib", "/usr/lib64", "/lib", "/lib64", "/usr/share/zoneinfo"))
    return sorted(r for r in roots if os.path.isdir(r))


def _landlock() -> str:
    """Deny every write and every read outside :func:`_readable_roots`; say what was done,
    or why nothing was (old kernel, Landlock disabled, a syscall filter in the way)."""
    if not sys.platform.startswith("linux") or os.uname().machine not in ("x86_64", "aarch64"):
        return "Landlock: not on this system"
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    abi = libc.syscall(
        _LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), _LANDLOCK_CREATE_RULESET_VERSION
    )
    if abi < 1:
        return f"Landlock: unavailable ({os.strerror(ctypes.get_errno())})"
    fs_all = _FS_ALL_BY_ABI[max(v for v in _FS_ALL_BY_ABI if v <= abi)]
    attr = _RulesetAttr(fs_all, _NET_ALL if abi >= 4 else 0, _SCOPE_ALL if abi >= 6 else 0)
    size = ctypes.sizeof(_RulesetAttr) if abi >= 6 else (16 if abi >= 4 else 8)
    ruleset = libc.syscall(_LANDLOCK_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size), 0)
    if ruleset < 0:
        return f"Landlock: ruleset refused ({os.strerror(ctypes.get_errno())})"
    try:
        for root in _readable_roots():
            try:
                fd = os.open(root, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue
            try:
                rule = _PathBeneathAttr(_FS_EXECUTE | _FS_READ_FILE | _FS_READ_DIR, fd)
                libc.syscall(_LANDLOCK_ADD_RULE, ruleset, _LANDLOCK_RULE_PATH_BENEATH,
                             ctypes.byref(rule), 0)  # fmt: skip
            finally:
                os.close(fd)
        if libc.syscall(_LANDLOCK_RESTRICT_SELF, ruleset, 0) != 0:
            return f"Landlock: not applied ({os.strerror(ctypes.get_errno())})"
    finally:
        os.close(ruleset)
    return f"Landlock ABI {abi}: no writes, reads only of the interpreter's folders"


# Freed memory a child keeps for its next request: Pillow's pixel blocks (at most 16 MiB
# each) and the C heap's free top.
PIXEL_BLOCKS_KEPT = 4
HEAP_KEPT = 64 << 20
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt options


def _keep_freed_memory() -> None:
    """Keep freed memory for the next request instead of handing it back to the system:
    a fresh 1 MP picture and its raw bytes otherwise cost thousands of page faults,
    more than its JPEG decode (bench/redact.py --cage). Bounded by PIXEL_BLOCKS_KEPT
    Pillow blocks and HEAP_KEPT bytes of heap; no-op where the C library is not glibc."""
    from PIL import Image

    Image.core.set_blocks_max(PIXEL_BLOCKS_KEPT)  # type: ignore[attr-defined]
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, 32 << 20)  # glibc's largest: big blocks still mmap
    mallopt(_M_TRIM_THRESHOLD, HEAP_KEPT)


def confine(memory: int, files: int) -> str:
    """Lock this process down before it reads a file; return what was done, in words.

    Closes every descriptor above stderr, turns off core dumps and dumpability (no
    ptrace, no /proc/<pid>/mem by a same-user process), sets no_new_privs, limits address
    space and open files, imports the decoders (so nothing needs the disk later), then
    applies Landlock where the kernel has it, else stays with the limits alone."""
    os.closerange(3, 1 << 16)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    notes = ["rlimits"]
    if sys.platform.startswith("linux"):
        _prctl(4, 0)  # PR_SET_DUMPABLE 0
        if _prctl(38, 1) == 0:  # PR_SET_NO_NEW_PRIVS
            notes.append("no_new_privs")
    # Load every decoder now: plugins are imported lazily otherwise.
    import pypdfium2  # noqa: F401
    from PIL import Image

    import vault.core.pdf_text
    import vault.redact.images
    import vault.redact.intake_probe
    import vault.redact.media
    import vault.redact.media_strip
    import vault.redact.metadata
    import vault.redact.pdf  # noqa: F401

    Image.init()
    _keep_freed_memory()
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))
    notes.append(_landlock())
    return ", ".join(notes)


def _arm_cpu(seconds: int) -> None:
    """Let the next request use ``seconds`` of CPU from now (RLIMIT_CPU counts the whole
    life of the process; SIGXCPU ends it past the soft limit)."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(used.ru_utime + used.ru_stime) + 1
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = spent + seconds
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _read_ahead(source: Any, requests: queue.Queue[Any]) -> None:
    try:
        while True:
            request = read_frame(source)
            requests.put(request)
            if request is None:
                return
    except (EOFError, ValueError, OSError) as exc:
        requests.put(exc)


def _options(argv: list[str]) -> dict[str, int]:
    options = {"memory": 3 << 30, "cpu": 300, "files": 16, "pixels": -1}
    for arg in argv:
        name, _, value = arg.lstrip("-").partition("=")
        if name in options:
            options[name] = int(value)
    return options


def main(argv: list[str] | None = None) -> int:
    """Confine, greet, then serve requests until stdin closes."""
    global _CONFINEMENT
    from vault.redact.errors import RedactionError

    options = _options(sys.argv[1:] if argv is None else argv)
    shared = _map_shared(options["pixels"])  # before confine closes the descriptor
    _CONFINEMENT = confine(options["memory"], options["files"])
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    write_frame(sink, {"confinement": _CONFINEMENT, "shared": shared is not None}, b"")
    next_request: Callable[[], Any]
    if options["pixels"] >= 0:
        # A child given a buffer is sent one request at a time (cage.Worker.send): it
        # reads each itself, sparing a hand-off between threads per request.
        def next_request() -> Any:
            try:
                return read_frame(source)
            except (EOFError, ValueError, OSError) as exc:
                return exc
    else:
        # One request waiting beside the one being worked on: a pool sends at most two.
        requests: queue.Queue[Any] = queue.Queue(maxsize=1)
        threading.Thread(target=_read_ahead, args=(source, requests), daemon=True).start()
        next_request = requests.get
    while True:
        request = next_request()
        if request is None:
            return 0
        if isinstance(request, BaseException):
            return 1  # a broken frame: the parent sees the pipe close
        header, data = request
        del request
        size = header.get(SHARED_INPUT_KEY)
        if size is not None:
            if shared is None or type(size) is not int or not 0 < size <= len(shared):
                return 1  # a request it cannot read: the parent sees the pipe close
            data = shared[:size]  # copied out before the answer overwrites it
        _arm_cpu(int(header.get("cpu", options["cpu"])))
        try:
            meta, out = handle(str(header.get("kind")), header, data)
        except RedactionError as exc:
            sink.write(bytes([REFUSED]))
            write_frame(sink, {"error": type(exc).__name__, "message": str(exc)}, b"")
            continue
        except MemoryError:
            del data
            sink.write(bytes([OUT_OF_MEMORY]))
            write_frame(sink, {}, b"")
            continue
        del data
        if header.get("shared") and shared is not None and 0 < len(out) <= len(shared):
            shared[: len(out)] = out  # the parent copies it out; the pipe carries no data
            meta, out = {**meta, SHARED_KEY: len(out)}, b""
        sink.write(bytes([DONE]))
        write_frame(sink, meta, out)


def _map_shared(fd: int) -> mmap.mmap | None:
    """The parent's pixel buffer (``cage.PixelBuffer``) mapped, its descriptor closed;
    None without one."""
    if fd <= 2:  # none, or one of its pipes: not a buffer
        return None
    try:
        return mmap.mmap(fd, os.fstat(fd).st_size)
    except (OSError, ValueError):
        return None
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


if __name__ == "__main__":
    sys.exit(main())
