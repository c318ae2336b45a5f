"""minisign signatures interoperate with Debian's real /usr/bin/minisign, both ways."""

from __future__ import annotations

import base64
import hashlib
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from vault.export.errors import SignatureInvalid, SignatureMalformed
from vault.export.minisign import (
    SigningKey,
    fingerprint,
    generate_signing_key,
    parse_public_key,
    parse_signature,
    verify_signature,
)

MINISIGN = "/usr/bin/minisign"
MANIFEST = (
    b"3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7 bagit.txt\n"
    b"0fd4c1f1b6a0c1e0a2a7b1d6b3f7e2a9c4d5e6f708192a3b4c5d6e7f8091a2b3 bag-info.txt\n"
)
COMMENT = (
    "bundle=5f0c7e0e-0b1a-4c9e-9d61-2d5a3e1f7a10 case=C-7 profile=government "
    "utc=2024-05-01T10:00:00Z chain=42:9f86d081884c7d659a2feaa0c55ad015"
)


def _bundle(tmp_path: Path, key: SigningKey, message: bytes = MANIFEST) -> Path:
    """A folder laid out as DESIGN.md's bundle, as far as the signature goes."""
    bundle = tmp_path / "bundle"
    (bundle / "signature").mkdir(parents=True)
    (bundle / "tagmanifest-sha256.txt").write_bytes(message)
    signature = key.sign(message, COMMENT)
    (bundle / "signature" / "tagmanifest-sha256.txt.minisig").write_text(signature)
    (bundle / "signature" / "signer.pub").write_text(key.public_key_file())
    return bundle


def _minisign_verify(bundle: Path, key_line: str) -> subprocess.CompletedProcess[str]:
    # Exactly the command VERIFY.txt gives (DESIGN.md, "Export bundle").
    return subprocess.run(
        [
            MINISIGN,
            "-V",
            "-H",
            "-P",
            key_line,
            "-x",
            "signature/tagmanifest-sha256.txt.minisig",
            "-m",
            "tagmanifest-sha256.txt",
        ],
        cwd=bundle,
        capture_output=True,
        text=True,
        check=False,
    )


def _minisign_keypair(tmp_path: Path) -> tuple[Path, Path]:
    public, secret = tmp_path / "mini.pub", tmp_path / "mini.key"
    subprocess.run(
        [MINISIGN, "-G", "-W", "-p", str(public), "-s", str(secret)],
        capture_output=True,
        check=True,
    )
    return public, secret


def test_our_signature_verifies_with_the_real_minisign_command(tmp_path: Path) -> None:
    key = generate_signing_key()
    bundle = _bundle(tmp_path, key)
    result = _minisign_verify(bundle, key.public_key_line())
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout + result.stderr
    assert f"Trusted comment: {COMMENT}" in result.stdout
    # The .pub file we write is one minisign reads too.
    by_file = subprocess.run(
        [
            MINISIGN,
            "-V",
            "-H",
            "-p",
            "signature/signer.pub",
            "-x",
            "signature/tagmanifest-sha256.txt.minisig",
            "-m",
            "tagmanifest-sha256.txt",
        ],
        cwd=bundle,
        capture_output=True,
        text=True,
        check=False,
    )
    assert by_file.returncode == 0, by_file.stderr


def test_one_changed_byte_fails_minisign_and_us(tmp_path: Path) -> None:
    key = generate_signing_key()
    bundle = _bundle(tmp_path, key)
    manifest = bundle / "tagmanifest-sha256.txt"
    changed = bytearray(manifest.read_bytes())
    changed[10] ^= 0x01
    manifest.write_bytes(bytes(changed))
    result = _minisign_verify(bundle, key.public_key_line())
    assert result.returncode != 0
    assert "Signature verification failed" in result.stderr
    signature = (bundle / "signature" / "tagmanifest-sha256.txt.minisig").read_text()
    with pytest.raises(SignatureInvalid, match="changed after signing"):
        verify_signature(bytes(changed), signature, key.public_key_line())


def test_a_changed_trusted_comment_fails_minisign_and_us(tmp_path: Path) -> None:
    key = generate_signing_key()
    bundle = _bundle(tmp_path, key)
    sig_path = bundle / "signature" / "tagmanifest-sha256.txt.minisig"
    forged = sig_path.read_text().replace("profile=government", "profile=evidence")
    sig_path.write_text(forged)
    result = _minisign_verify(bundle, key.public_key_line())
    assert result.returncode != 0
    assert "Comment signature verification failed" in result.stderr
    with pytest.raises(SignatureInvalid, match="trusted comment"):
        verify_signature(MANIFEST, forged, key.public_key_line())


def test_a_real_minisign_signature_verifies_with_our_code(tmp_path: Path) -> None:
    public, secret = _minisign_keypair(tmp_path)
    message = tmp_path / "tagmanifest-sha256.txt"
    message.write_bytes(MANIFEST)
    subprocess.run(
        [MINISIGN, "-S", "-H", "-s", str(secret), "-m", str(message), "-t", "made by minisign"],
        capture_output=True,
        check=True,
    )
    signature = (tmp_path / "tagmanifest-sha256.txt.minisig").read_bytes()
    key = parse_public_key(public.read_text())
    assert verify_signature(MANIFEST, signature, key) == "made by minisign"
    # The bare base64 line (what `minisign -P` takes) works as well as the whole file.
    assert verify_signature(MANIFEST, signature, public.read_text().splitlines()[1]) == (
        "made by minisign"
    )
    changed = bytearray(MANIFEST)
    changed[-2] ^= 0x20
    with pytest.raises(SignatureInvalid):
        verify_signature(bytes(changed), signature, key)


def test_legacy_signatures_are_refused_like_minisign_dash_h_refuses_them(tmp_path: Path) -> None:
    public, secret = _minisign_keypair(tmp_path)
    message = tmp_path / "tagmanifest-sha256.txt"
    message.write_bytes(MANIFEST)
    subprocess.run(
        [MINISIGN, "-S", "-l", "-s", str(secret), "-m", str(message)],
        capture_output=True,
        check=True,
    )
    sig_path = tmp_path / "tagmanifest-sha256.txt.minisig"
    legacy = subprocess.run(
        [MINISIGN, "-V", "-H", "-p", str(public), "-x", str(sig_path), "-m", str(message)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert legacy.returncode != 0  # the documented command refuses it, so do we
    with pytest.raises(SignatureMalformed, match="legacy"):
        verify_signature(MANIFEST, sig_path.read_bytes(), parse_public_key(public.read_text()))


def test_a_signature_by_another_key_names_both_key_ids() -> None:
    signer, expected = generate_signing_key(), generate_signing_key()
    signature = signer.sign(MANIFEST, COMMENT)
    with pytest.raises(SignatureInvalid, match=r"made with key [0-9A-F]{16}, not with") as info:
        verify_signature(MANIFEST, signature, expected.public_key)
    assert signer.public_key_file().split()[-2] in str(info.value)


def _replace_line(signature: str, index: int, line: str) -> str:
    lines = signature.splitlines()
    lines[index] = line
    return "\n".join(lines) + "\n"


def _realgo(line: str, algorithm: bytes) -> str:
    return base64.b64encode(algorithm + base64.b64decode(line)[2:]).decode("ascii")


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda s: "\n".join(s.splitlines()[:3]), "four lines"),
        (lambda s: s + "extra line\n", "four lines"),
        (lambda s: s.replace("untrusted comment:", "comment:"), "untrusted comment"),
        (lambda s: s.replace("trusted comment: bundle", "bundle"), "trusted comment"),
        (lambda s: _replace_line(s, 1, "!" + s.splitlines()[1][1:]), "base64"),
        (lambda s: _replace_line(s, 1, _realgo(s.splitlines()[1], b"EX")), "algorithm"),
        (lambda s: s.replace("trusted comment: ", "trusted comment: a\rb", 1), "carriage"),
        (lambda s: s.splitlines()[0] + "\n" + s.splitlines()[1][:-8] + "\n", "four lines"),
        (lambda s: "\n".join([*s.splitlines()[:3], "QUJD"]), "global signature"),
    ],
)
def test_malformed_signature_files_are_refused(mangle: Callable[[str], str], message: str) -> None:
    key = generate_signing_key()
    signature = key.sign(MANIFEST, COMMENT)
    with pytest.raises(SignatureMalformed, match=message):
        verify_signature(MANIFEST, mangle(signature), key.public_key)


def test_comments_that_would_escape_their_line_are_refused() -> None:
    key = generate_signing_key()
    for bad in ("case=C-7\nprofile=evidence", "a\rb", "nul\x00"):
        with pytest.raises(SignatureMalformed, match="line break"):
            key.sign(MANIFEST, bad)
    with pytest.raises(SignatureMalformed, match="longer than minisign allows"):
        key.sign(MANIFEST, "x" * 9000)


def test_the_trusted_comment_is_returned_byte_for_byte() -> None:
    key = generate_signing_key()
    comment = "case=Ա-7 profile=ngo  trailing space "
    assert verify_signature(MANIFEST, key.sign(MANIFEST, comment), key.public_key) == comment
    assert parse_signature(key.sign(MANIFEST, comment)).trusted_comment == comment


def test_public_keys_are_parsed_strictly() -> None:
    key = generate_signing_key()
    assert parse_public_key(key.public_key_file()) == key.public_key
    assert parse_public_key(key.public_key_line() + "\r\n") == key.public_key
    with pytest.raises(SignatureMalformed):
        parse_public_key("RWQ" + key.public_key_line()[3:-4])
    with pytest.raises(SignatureMalformed, match="not a minisign"):
        parse_public_key("one\ntwo\nthree")
    with pytest.raises(SignatureMalformed):
        parse_public_key("untrusted comment: x\n" + key.public_key_line().replace("RW", "RX"))


def test_fingerprint_is_sha256_of_the_raw_key_and_the_secret_round_trips() -> None:
    key = generate_signing_key()
    raw = key.public_key.raw
    assert len(raw) == 32
    assert fingerprint(raw) == hashlib.sha256(raw).hexdigest() == key.public_key.fingerprint
    again = SigningKey.from_bytes(key.secret_bytes())
    assert again.public_key == key.public_key and again.key_id == key.key_id
    assert verify_signature(MANIFEST, again.sign(MANIFEST, "x"), key.public_key_line()) == "x"
    assert key.secret_bytes().hex() not in repr(key)
    with pytest.raises(SignatureMalformed):
        SigningKey.from_bytes(b"short")
