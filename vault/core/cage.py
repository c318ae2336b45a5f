"""Decoders in a cage: untrusted pictures, PDFs and recordings are parsed in child processes.

A decoder (Pillow, PDFium) given a hostile file can crash, hang, eat all memory or, at
worst, run the attacker's code. None of that may reach the process that holds the vault's
keys. So every decode runs in a child (``python -I -m vault.redact.decode_worker``) that:

- is started by ``subprocess`` with an environment holding nothing (on Windows only
  ``SYSTEMROOT``; under the test suite also ``EVIDENCE_VAULT_TESTING``), no inherited file
  descriptor but its two pipes, ``/dev/null`` as stderr and, for the pool's children on
  Linux, the parent's sealed shared pixel buffer (:class:`PixelBuffer`, mapped and closed
  before it confines itself), in isolated mode (no ``PYTHON*`` variables, user
  site-packages or current folder);
- is given one file's bytes and its boxes at a time, never a key, a path or the vault;
- confines itself before reading its first request (``decode_worker.confine``): core
  dumps off, not dumpable (no ptrace, no ``/proc/<pid>/mem``), ``no_new_privs``, limits on
  address space, CPU seconds per request and open files, then Landlock where the kernel
  has it: no file may be written anywhere, only the interpreter's and the libraries'
  folders may be read, no TCP connection may be made (ABI 4+), no abstract UNIX socket or
  signal reaches another process (ABI 6+);
- answers with bytes and JSON only, never a pickle: the parent must not run anything a
  child subverted by a hostile file could send it.

A child that dies (a segfault), does not answer in time (killed) or runs out of memory is
one refusal, :class:`vault.core.errors.DecoderFailed`, naming the file; the pool replaces
it and nothing else changes; so is an answer that claims an impossible size. Children
are kept warm (:func:`decoder_cage`), so a preview pays for a round trip (its file and
pixels copied through the shared buffer, a small header through the pipe), not for
starting Python and importing Pillow.

A frozen build (PyInstaller) has no interpreter to start: its children are the program
file itself, given :data:`FROZEN_WORKER_ARG` first (``vault/__main__.py`` hands them to the
worker before anything else runs), confined the same way.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import mmap
import os
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import IO, Any

from vault.core.errors import DecoderFailed
from vault.core.progress import Cancelled, CancelToken

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

WORKER_MODULE = "vault.redact.decode_worker"
MAX_HEADER = 1 << 20  # JSON with boxes or a page's text layout; larger is a broken peer
MAX_DATA = 1 << 34  # far above any file a decoder is given (16 GiB)
# Answer statuses (one byte before the answer's frame).
DONE = 0
REFUSED = 1  # the decoder refused the file (damaged, unsupported, too large): a user error
OUT_OF_MEMORY = 2  # the child caught MemoryError: it stays usable, the file does not
# Seconds a child has to leave after its input closes before it is killed.
EXIT_GRACE = 5.0
PIPE_SIZE = 1 << 20  # Linux's default /proc/sys/fs/pipe-max-size
# The shared pixel buffer's size: the largest preview (4096 px a side, at most 4 bytes a
# pixel). Untouched pages take no memory; a larger answer crosses the pipe.
PIXELS_CAPACITY = 4096 * 4096 * 4
# The answer header's key saying "my data is the first N bytes of the shared buffer".
SHARED_KEY = "shared_bytes"
# The request header's key saying the same of the file to decode.
SHARED_INPUT_KEY = "shared_input"

# Why a child failed, in the words of DecoderFailed's sentence.
CRASHED = "the decoder crashed"
TOO_SLOW = "the decoder took too long"
TOO_BIG = "the decoder needed too much memory"


@dataclass(frozen=True)
class Limits:
    """What one child may use. ``memory``: bytes of address space (RLIMIT_AS); ``cpu``:
    CPU seconds per request (RLIMIT_CPU, re-armed before each); ``seconds``: wall-clock
    seconds the parent waits for one answer before it kills the child; ``files``: open
    file descriptors (RLIMIT_NOFILE)."""

    # A 150-megapixel RGBA picture (the redaction cap) is 600 MB decoded and two copies
    # are alive at once; the interpreter, Pillow and PDFium add about 100 MB.
    memory: int = 3 << 30
    cpu: int = 300
    seconds: float = 600.0
    files: int = 16


DEFAULT_LIMITS = Limits()
# Requests that work through a whole document (up to 500 PDF pages rendered at 150 dpi)
# get this many times the limits of one picture.
LONG_KINDS = frozenset({"redact_pdf", "pdf_texts", "pdf_pages"})
LONG_SCALE = 6


# The first argument that makes a frozen build's program file serve as a decoder child
# (honoured only in a frozen build; from source it is an unknown option).
FROZEN_WORKER_ARG = "--decode-worker"


def available_cores() -> int:
    """The cores this process may run on (its affinity where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_command(limits: Limits = DEFAULT_LIMITS, pixels_fd: int | None = None) -> list[str]:
    """The child's command line: isolated mode, its limits and, when it has one, the
    number of the shared pixel buffer's descriptor (nothing secret).  In a frozen build
    ``sys.executable`` is the app itself, which serves as the worker when
    :data:`FROZEN_WORKER_ARG` comes first."""
    if getattr(sys, "frozen", False):
        start = [sys.executable, FROZEN_WORKER_ARG]
    else:
        start = [sys.executable, "-I", "-m", WORKER_MODULE]
    shared = [] if pixels_fd is None else [f"--pixels={pixels_fd}"]
    return [
        *start,
        f"--memory={limits.memory}",
        f"--cpu={limits.cpu}",
        f"--files={limits.files}",
        *shared,
    ]


def child_environment() -> dict[str, str]:
    """The whole environment a child gets: Windows' Python needs SYSTEMROOT to start;
    the test suite's switch enables the worker's test-only kinds; nothing else."""
    env: dict[str, str] = {}
    root = os.environ.get("SYSTEMROOT")
    if root:
        env["SYSTEMROOT"] = root
    if os.environ.get("EVIDENCE_VAULT_TESTING") == "1":
        env["EVIDENCE_VAULT_TESTING"] = "1"
    return env


# --- frames ------------------------------------------------------------------------------
# request  = u32 header length, header (JSON object, "kind" says what to do), u64 data
#            length, data (the file)
# answer   = u8 status, then a frame like a request's (header: the result's facts or the
#            refusal's {"error": class name, "message"}; data: pixels or a derivative)
# The child sends one frame before its first answer: {"confinement": "..."}.


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


def write_frame(stream: IO[bytes], header: dict[str, Any], data: bytes | memoryview) -> None:
    """Write one (header, data) pair and flush (a raw stream's short writes resumed)."""
    encoded = json.dumps(header).encode("utf-8")
    for part in (struct.pack(">I", len(encoded)) + encoded + struct.pack(">Q", len(data)), data):
        view = memoryview(part)
        while view:
            written = stream.write(view)
            view = view[written if written is not None else len(view) :]
    stream.flush()


class _Deadline:
    """Reads from a child's stdout that give up at a moment in time (a hung child), or
    as soon as ``cancel`` is set (checked four times a second)."""

    def __init__(self, fd: int, seconds: float, cancel: CancelToken | None = None) -> None:
        self.fd = fd
        self.end = time.monotonic() + seconds
        self.cancel = cancel

    def read(self, size: int) -> bytes:
        while True:
            left = self.end - time.monotonic()
            if left <= 0:
                raise TimeoutError
            wait = left if self.cancel is None else min(left, 0.25)
            ready, _, _ = select.select([self.fd], [], [], wait)
            if ready:
                return os.read(self.fd, min(size, 1 << 24))
            if self.cancel is not None and self.cancel.cancelled:
                raise Cancelled()


def _widen_pipes(process: subprocess.Popen[bytes]) -> None:
    """Grow both pipes to ``PIPE_SIZE`` where Linux allows it: a file and its pixels cross
    in a few large writes instead of many 64 KiB ones, each of which would wait for the
    other process to be scheduled."""
    if fcntl is None or not hasattr(fcntl, "F_SETPIPE_SZ") or not PIPE_SIZE:
        return
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                fcntl.fcntl(stream.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)


class PixelBuffer:
    """A child's answers in shared memory instead of through its pipe (Linux).

    The parent makes an anonymous memory file (``memfd_create``: RAM, never a path on
    disk) of :data:`PIXELS_CAPACITY` bytes, seals its size (the child can neither shrink
    it under the parent's mapping, which would crash the parent, nor grow it) and hands
    it to the child at spawn; the child maps it, closes the descriptor and confines
    itself. Per request the child copies its answer to the start of the buffer and says
    how many bytes; :meth:`take` copies them out once. :meth:`release` (when the child
    is closed, killed or replaced) frees the pages so no pixels of a case stay in it.
    """

    def __init__(self, fd: int, capacity: int) -> None:
        self.fd = fd
        self.capacity = capacity
        self.map = mmap.mmap(fd, capacity)
        self.used = 0

    @classmethod
    def create(cls, capacity: int | None = None) -> PixelBuffer | None:
        """A new sealed buffer of ``capacity`` bytes (:data:`PIXELS_CAPACITY`), or None
        where the system has none (not Linux, no sealing): the child's answers then
        cross its pipe."""
        capacity = PIXELS_CAPACITY if capacity is None else capacity
        if fcntl is None or not hasattr(os, "memfd_create") or not hasattr(fcntl, "F_ADD_SEALS"):
            return None
        fd = -1
        try:
            fd = os.memfd_create("evidence-vault-pixels", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
            os.ftruncate(fd, capacity)
            seals = fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SEAL
            fcntl.fcntl(fd, fcntl.F_ADD_SEALS, seals)
            return cls(fd, capacity)
        except (OSError, ValueError):
            if fd >= 0:
                os.close(fd)
            return None

    def put(self, data: bytes | memoryview) -> int | None:
        """Copy a request's file to the buffer's start; its size, or None when it is
        empty or does not fit (it then crosses the pipe)."""
        size = len(data)
        if not 0 < size <= self.capacity:
            return None
        self.map[:size] = data
        self.used = max(self.used, size)
        return size

    def take(self, size: object) -> bytes:
        """The answer's first ``size`` bytes, copied out. Raises ValueError when ``size``
        (what the child claimed) is not a whole number within the buffer."""
        if type(size) is not int or not 0 <= size <= self.capacity:
            raise ValueError("the child claimed an impossible shared size")
        self.used = max(self.used, size)
        return self.map[:size]

    def release(self) -> None:
        """Free the buffer's pages (whatever the child wrote, anywhere in it: a later
        read sees zeros), then unmap and close it. Idempotent."""
        if self.fd < 0:
            return
        try:
            self.map.madvise(mmap.MADV_REMOVE)  # like punching a hole in the whole file
        except (OSError, AttributeError, ValueError):
            self.map[: self.capacity] = bytes(self.capacity)  # no MADV_REMOVE: zero it
        self.map.close()
        os.close(self.fd)
        self.fd = -1


class CageRefusal(Exception):
    """The decoder refused the file (its own exception's class name and message); the
    layer that knows those classes raises its own (``vault.redact.caged``)."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error
        self.message = message


class Worker:
    """One caged child. Requests may be pipelined (``send`` several, ``receive`` in
    order); the child reads ahead, so sending never waits for a busy child."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS, *, shared: bool = False) -> None:
        """Start the child; with ``shared`` it also gets a :class:`PixelBuffer` (where
        the system has one) for the answers of :meth:`send` calls that ask for it."""
        self.limits = limits
        self.confinement = ""
        self._greeted = False
        self.pixels = PixelBuffer.create() if shared else None
        fds = () if self.pixels is None else (self.pixels.fd,)
        try:
            self.process = subprocess.Popen(
                worker_command(limits, fds[0] if fds else None),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # a child's traceback is not the user's message
                env=child_environment(),
                close_fds=True,
                pass_fds=fds,  # the pixel buffer only; the child maps it and closes it
                bufsize=0,
            )
        except OSError as exc:
            if self.pixels is not None:
                self.pixels.release()
            raise DecoderFailed(
                f"The decoder process could not be started ({exc.strerror}).",
                data={"start": "refused", "reason": exc.strerror or ""},
            ) from None
        self._asked: list[bool] = []  # per request in flight: answer in the shared buffer?
        self._child_maps = False  # the child said it mapped the buffer (in its greeting)
        self.pending = 0
        _widen_pipes(self.process)

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.process.pid

    def alive(self) -> bool:
        """True while the child runs."""
        return self.process.poll() is None

    def send(
        self,
        kind: str,
        header: dict[str, Any],
        data: bytes | memoryview,
        *,
        shared: bool = False,
    ) -> bool:
        """Hand the child one request; False when it could not take it (it has died:
        the matching :meth:`receive` says how). ``shared``: the answer may come back in
        the shared pixel buffer. A child with a buffer takes one request at a time (it
        does not read ahead): sending another before collecting the answer is an error."""
        if self.pixels is not None and self.pending:
            raise RuntimeError("a child with a shared buffer takes one request at a time")
        self.pending += 1
        shared = shared and self.pixels is not None and not self._asked
        self._asked.append(shared)
        header = {**header, "kind": kind, "shared": shared}
        if shared and self._child_maps and self.pixels is not None:
            # The file goes in the buffer too: only the header crosses the pipe.
            size = self.pixels.put(data)
            if size is not None:
                header[SHARED_INPUT_KEY], data = size, b""
        stream = self.process.stdin
        try:
            assert stream is not None
            write_frame(stream, header, data)
        except (BrokenPipeError, OSError):
            return False
        return True

    def _frame(self, reader: _Deadline) -> tuple[dict[str, Any], bytes] | None:
        return read_frame(reader)  # type: ignore[arg-type]

    def receive(
        self, *, scale: float = 1.0, cancel: CancelToken | None = None
    ) -> tuple[dict[str, Any], bytes]:
        """The answer to the oldest request sent, waiting at most ``scale`` times the
        wall-clock limit. Raises :class:`CageRefusal` when the decoder refused the file,
        ``_Failure`` with one of CRASHED, TOO_SLOW, TOO_BIG when the child failed, and
        ``Cancelled`` when ``cancel`` was set meanwhile (the child is then killed: its
        work is thrown away; discard it)."""
        stream = self.process.stdout
        assert stream is not None
        reader = _Deadline(stream.fileno(), self.limits.seconds * scale, cancel)
        try:
            if not self._greeted:
                hello = self._frame(reader)
                if hello is None:
                    raise EOFError
                self._greet(hello[0])
            status = read_exactly(reader, 1)  # type: ignore[arg-type]
            frame = self._frame(reader) if status is not None else None
        except TimeoutError:
            self.kill()
            raise _Failure(TOO_SLOW) from None
        except Cancelled:
            self.kill()
            raise
        except (EOFError, ValueError, OSError, struct.error):
            raise _Failure(self._how_it_ended()) from None
        if status is None or frame is None:
            raise _Failure(self._how_it_ended())
        self.pending -= 1
        asked = self._asked.pop(0) if self._asked else False
        code = status[0]
        header, data = frame
        if SHARED_KEY in header:
            try:
                # Only when asked, never with pipe data too, and within the buffer: a
                # child saying otherwise has been subverted or is broken.
                if not asked or data or self.pixels is None:
                    raise ValueError("an unasked shared answer")
                data = self.pixels.take(header.pop(SHARED_KEY))
            except ValueError:
                self.kill()
                raise _Failure(CRASHED) from None
        if code == DONE:
            return header, data
        if code == REFUSED:
            raise CageRefusal(str(header.get("error", "")), str(header.get("message", "")))
        if code == OUT_OF_MEMORY:
            raise _Failure(TOO_BIG, fatal=False)
        self.kill()
        raise _Failure(CRASHED)

    def hello(self) -> str:
        """Wait for the child to be ready; its confinement in words."""
        if not self._greeted:
            stream = self.process.stdout
            assert stream is not None
            reader = _Deadline(stream.fileno(), self.limits.seconds)
            try:
                frame = self._frame(reader)
            except (TimeoutError, EOFError, ValueError, OSError, struct.error):
                frame = None
            if frame is None:
                self.kill()
                raise DecoderFailed(
                    "The decoder process stopped as it started.", data={"start": "stopped"}
                )
            self._greet(frame[0])
        return self.confinement

    def _greet(self, hello: dict[str, Any]) -> None:
        self.confinement = str(hello.get("confinement", ""))
        self._child_maps = hello.get("shared") is True and self.pixels is not None
        self._greeted = True

    def _how_it_ended(self) -> str:
        self.kill()
        code = self.process.returncode
        if code is not None and code < 0 and -code in (signal.SIGXCPU, signal.SIGKILL):
            # SIGXCPU: its CPU limit; SIGKILL: ours after a timeout, or the kernel's
            # out-of-memory killer.
            return TOO_SLOW if -code == signal.SIGXCPU else TOO_BIG
        return CRASHED

    def kill(self) -> None:
        """End the child now, reap it and free its shared buffer."""
        if self.process.returncode is None:
            with contextlib.suppress(OSError):
                self.process.kill()
            self.process.wait()
        self._close_pipes()

    def close(self) -> None:
        """Close its input (the child leaves at the end of it) and reap it, killing it
        after ``EXIT_GRACE`` seconds; at once when it still has work nobody will collect.
        Its shared buffer is freed once it is gone."""
        if self.pending:
            self.kill()
            return
        self._close_pipes(release=False)
        try:
            self.process.wait(timeout=EXIT_GRACE)
        except subprocess.TimeoutExpired:
            self.kill()
        if self.pixels is not None:
            self.pixels.release()

    def _close_pipes(self, *, release: bool = True) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        if release and self.pixels is not None:
            self.pixels.release()


class _Failure(Exception):
    def __init__(self, why: str, *, fatal: bool = True) -> None:
        super().__init__(why)
        self.why = why
        self.fatal = fatal


def failed(name: str, failure: Exception) -> DecoderFailed:
    """The user's refusal for ``failure`` (from :meth:`Worker.receive`) of file ``name``."""
    why = failure.why if isinstance(failure, _Failure) else CRASHED
    return DecoderFailed(f"Could not decode {name}: {why}.", data={"file": name, "why": why})


def is_failure(exc: BaseException) -> bool:
    """True for what :meth:`Worker.receive` raises when the child failed."""
    return isinstance(exc, _Failure)


class Cage:
    """A pool of warm caged children for one-off requests from any thread."""

    def __init__(self, size: int, limits: Limits = DEFAULT_LIMITS) -> None:
        self.size = max(1, size)
        self.limits = limits
        self._idle: list[Worker] = []
        self._busy = 0
        self._lock = threading.Condition()
        self._closed = False

    def prewarm(self) -> None:
        """Start the children in a background thread (never blocks the caller)."""

        def start() -> None:
            with contextlib.suppress(DecoderFailed):
                while True:
                    with self._lock:
                        if self._closed or len(self._idle) + self._busy >= self.size:
                            return
                        self._busy += 1
                    worker: Worker | None = None
                    try:
                        worker = Worker(self.limits, shared=True)
                        worker.hello()
                    finally:
                        self._give_back(worker)

        threading.Thread(target=start, name="cage-prewarm", daemon=True).start()

    def _take(self) -> Worker:
        with self._lock:
            while not self._idle and self._busy >= self.size:
                self._lock.wait()
            if self._closed:
                raise DecoderFailed("The decoders were shut down.")
            self._busy += 1
            if self._idle:
                return self._idle.pop()
        try:
            return Worker(self.limits, shared=True)
        except BaseException:
            self._give_back(None)
            raise

    def _give_back(self, worker: Worker | None) -> None:
        with self._lock:
            self._busy -= 1
            if worker is not None and worker.alive() and not self._closed:
                self._idle.append(worker)
            elif worker is not None:
                worker.kill()
            self._lock.notify()

    def run(
        self,
        name: str,
        kind: str,
        header: dict[str, Any],
        data: bytes | memoryview,
        *,
        cancel: CancelToken | None = None,
        check: Callable[[dict[str, Any], bytes], bool] | None = None,
    ) -> tuple[dict[str, Any], bytes]:
        """Have a child do ``kind`` on ``data`` (the file called ``name``).

        Returns the child's answer. Raises :class:`CageRefusal` when the decoder refused
        the file, :class:`DecoderFailed` naming ``name`` when the child crashed, took too
        long or ran out of memory, or gave an answer ``check`` finds impossible (that
        child is replaced; the next request gets a fresh one), ``Cancelled`` when
        ``cancel`` is set before the answer (the child is killed, nothing is left).
        Whole-document kinds (``LONG_KINDS``) get ``LONG_SCALE`` times the time limits."""
        scale = LONG_SCALE if kind in LONG_KINDS else 1
        worker = self._take()
        try:
            if cancel is not None:
                cancel.check()
            worker.send(kind, {**header, "cpu": self.limits.cpu * scale}, data, shared=True)
            answer = worker.receive(scale=scale, cancel=cancel)
            if check is not None and not check(*answer):
                raise _Failure(CRASHED)  # a broken or subverted child: never reused
            return answer
        except _Failure as exc:
            if exc.fatal:
                worker.kill()
            raise failed(name, exc) from None
        finally:
            self._give_back(worker)

    def worker_ids(self) -> list[int]:
        """Process ids of the idle children (tests, diagnostics)."""
        with self._lock:
            return [w.pid for w in self._idle]

    def close(self) -> None:
        """End every idle child; busy ones end when their request does."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            self._lock.notify_all()
        for worker in idle:
            worker.close()


_shared: Cage | None = None
_shared_lock = threading.Lock()


def decoder_cage() -> Cage:
    """The process's pool of warm decoders (two children at most: previews come one at a
    time, and the export has its own pool), started on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Cage(min(2, available_cores()))
            atexit.register(_shared.close)
        return _shared


def reset_decoder_cage() -> None:
    """End the shared pool's children (a new one starts on next use)."""
    global _shared
    with _shared_lock:
        cage, _shared = _shared, None
    if cage is not None:
        cage.close()


def prewarm_decoders() -> None:
    """Start the shared decoders in the background (after unlock)."""
    decoder_cage().prewarm()
