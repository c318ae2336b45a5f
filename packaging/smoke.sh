#!/usr/bin/env bash
# Smoke test of the frozen one-folder build (packaging/README.md):
#   1. the frozen program prints its version;
#   2. it opens the demo vault on a (virtual, offscreen) screen and saves a picture of it;
#   3. a vault made by the source build (`uv run evidence-vault`) passes the frozen `check`
#      (same formats);
#   4. the frozen build exports that vault's two photos with a black box each: the photo
#      decoder children are the frozen program itself (--decode-worker), so the
#      export proves they start and answer frozen; the bundle is then verified and the
#      boxes are looked at pixel by pixel;
#   5. every library in the folder resolves inside it or on the system.
# Also: the demo window in ru, hy and az; the frozen phone-number suggestions.
# Usage: packaging/smoke.sh [DIST_DIR]   (default dist/evidence-vault)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=$(realpath "${1:-dist/evidence-vault}")
APP="$DIST/evidence-vault"
[ -x "$APP" ] || { echo "smoke: no frozen program at $APP (build it first)" >&2; exit 1; }
export PATH="$HOME/.local/bin:$PATH"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Test-only settings: a cheap KDF for the throwaway vaults; the offscreen screen.
export EVIDENCE_VAULT_TESTING=1 EVIDENCE_VAULT_KDF=fast QT_QPA_PLATFORM=offscreen
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$HOME"
step() { printf '\n== %s\n' "$*"; }

step "version"
version=$("$APP" --version)
echo "$version"
want=$(uv run --no-sync python -c 'import vault; print(vault.__version__)')
case "$version" in *"$want"*) ;; *) echo "smoke: expected version $want" >&2; exit 1 ;; esac

step "the demo vault on a screen"
shown=$(EVIDENCE_VAULT_SMOKE_SCREENSHOT="$WORK/demo.png" timeout 120 "$APP" --demo)
echo "$shown"
case "$shown" in *DEMO*) ;; *) echo "smoke: the demo was not shown" >&2; exit 1 ;; esac
[ -s "$WORK/demo.png" ] || { echo "smoke: no picture of the window" >&2; exit 1; }
if [ -n "${SMOKE_SCREENSHOT:-}" ]; then cp "$WORK/demo.png" "$SMOKE_SCREENSHOT"; fi

step "the window in Russian, Armenian and Azerbaijani (ICU's data is cut to these)"
for lang in ru hy az; do
    EVIDENCE_VAULT_LANG=$lang EVIDENCE_VAULT_SMOKE_SCREENSHOT="$WORK/demo-$lang.png" \
        timeout 120 "$APP" --demo >/dev/null
    [ -s "$WORK/demo-$lang.png" ] || { echo "smoke: no picture of the $lang window" >&2; exit 1; }
    if [ -n "${SMOKE_SCREENSHOT:-}" ]; then cp "$WORK/demo-$lang.png" "${SMOKE_SCREENSHOT%.png}-$lang.png"; fi
    echo "$lang: shown"
done

step "a vault made by the source build"
V="$WORK/vault"
(umask 077 && printf 'correct horse battery staple\n' >"$WORK/pass")
src() { uv run --no-sync evidence-vault --vault "$V" --passphrase-file "$WORK/pass" "$@"; }
frozen() { "$APP" --vault "$V" --passphrase-file "$WORK/pass" "$@"; }
src init --operator SMOKE >/dev/null
src case add --title "Smoke case" --region AM >/dev/null
src person add --case C-001 --name "Davit Sargsyan" --role witness >/dev/null
src consent set --case C-001 --person W-001 --share legal,ngo,government --anonymity required >/dev/null
printf 'I was held for three days. I handed over two photos.\n' >"$WORK/statement.txt"
src statement add --case C-001 --witness W-001 --text-file "$WORK/statement.txt" \
    --language en --interview-date 2021-03-14 --kind sworn >/dev/null
uv run --no-sync python - "$WORK" <<'PY'
import sys
from pathlib import Path

from PIL import Image

for name, colour in (("one.jpg", (200, 180, 40)), ("two.png", (40, 160, 200))):
    Image.new("RGB", (320, 240), colour).save(Path(sys.argv[1]) / name)
PY
src attach --case C-001 --statement S-001 "$WORK/one.jpg" "$WORK/two.png" >/dev/null
for a in A-001 A-002; do
    src redact box --case C-001 --attachment "$a" --box 40,40,120,80 --reason identity >/dev/null
    src redact review --case C-001 --attachment "$a" --profile ngo >/dev/null
done
src redact suggest --statement S-001 --profile ngo >/dev/null
src redact accept --all --statement S-001 >/dev/null

step "the frozen decoder child starts and leaves when its input closes"
"$APP" --decode-worker </dev/null >/dev/null
echo "exit status 0"

step "frozen check of the source build's vault"
frozen check

step "frozen export (photo children frozen) and verify"
frozen export --case C-001 --profile ngo --out "$WORK/bundle"
"$APP" verify "$WORK/bundle"
uv run --no-sync python - "$WORK/bundle" <<'PY'
import sys
from pathlib import Path

from PIL import Image

photos = [p for p in Path(sys.argv[1]).rglob("*") if p.suffix in (".jpg", ".png")]
assert len(photos) == 2, f"expected two photos in the bundle, found {photos}"
for photo in photos:
    with Image.open(photo) as image:
        inside = image.convert("RGB").getpixel((100, 80))
        outside = image.convert("RGB").getpixel((300, 220))
    assert max(inside) < 30, f"{photo.name}: no black box ({inside})"
    assert max(outside) > 100, f"{photo.name}: blacked out beyond the box ({outside})"
    print(f"{photo.name}: box black {inside}, rest {outside}")
PY

step "frozen suggestions find phone numbers (phonenumbers' place data is left out)"
printf 'Call me on +374 10 123456 or +7 912 345-67-89.\n' >"$WORK/phones.txt"
frozen statement add --case C-001 --witness W-001 --text-file "$WORK/phones.txt" \
    --language en --interview-date 2021-03-15 --kind formal >/dev/null
found=$(frozen redact suggest --statement S-002 --profile ngo)
echo "$found"
case "$found" in *"valid AM landline"*"valid RU mobile"*) ;; *)
    echo "smoke: the frozen build did not find both phone numbers" >&2; exit 1 ;; esac

step "libraries resolve"
missing=$(find "$DIST/_internal" -name '*.so*' -type f -print0 |
    LD_LIBRARY_PATH="$DIST/_internal:$DIST/_internal/PySide6/Qt/lib" xargs -0 -n1 ldd 2>/dev/null |
    grep 'not found' | grep -v -e libwayland-cursor -e libwayland-egl | sort -u || true)
if [ -n "$missing" ]; then echo "smoke: missing libraries:"; echo "$missing"; exit 1; fi
echo "all resolve (the Wayland client libraries come from the desktop itself)"

step "size"
du -sh "$DIST"
echo "smoke: all passed"
