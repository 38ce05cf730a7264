#!/usr/bin/env bash
# Renders one chapter of an EPUB to PNG with headless Chromium, to look at the layout.
# Usage: scripts/render-chapter.sh BOOK.epub [CHAPTER_FILE] [OUT.png] [WIDTHxHEIGHT]
#   CHAPTER_FILE defaults to OEBPS/chapter-001.xhtml; OUT.png to chapter.png; size to 480x1600
#   (a phone-sized column). Needs Debian's chromium: apt-get install chromium.
set -euo pipefail
book=${1:?usage: scripts/render-chapter.sh BOOK.epub [CHAPTER_FILE] [OUT.png] [WIDTHxHEIGHT]}
chapter=${2:-OEBPS/chapter-001.xhtml}
out=${3:-chapter.png}
size=${4:-480x1600}
command -v chromium >/dev/null || { echo "render-chapter: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$book" -d "$work/book"
[ -f "$work/book/$chapter" ] || { echo "render-chapter: $chapter is not in $book" >&2; exit 2; }
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size="${size/x/,}" --screenshot="$(realpath -m "$out")" "file://$work/book/$chapter" >/dev/null 2>&1
echo "render-chapter: wrote $out"
