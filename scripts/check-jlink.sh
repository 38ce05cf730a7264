#!/usr/bin/env bash
# Builds the jlink image of the jingdu command (the cli-example module's jlink profile) and checks
# that it gives, byte for byte, what the command run from its jar gives, for each kind of command:
# convert to Markdown and JSON, align (with the CC-CEDICT lexicon, found as a service), terms,
# lint, and an Anki package (sqlite-jdbc). Extra arguments go to Maven (for example -o).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pjlink -DskipTests "$@" -pl cli-example -am package
image=cli-example/target/jlink-image/bin/jingdu
jar=(java -jar "$(ls cli-example/target/jingdu-cli-*-all.jar)")
seed=seeds/000_2a148c15c4b98b6e.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
check() {
  local name=$1; shift
  set +e
  "$image" "$@" > "$out/image" 2>&1; local image_status=$?
  "${jar[@]}" "$@" > "$out/jar" 2>&1; local jar_status=$?
  set -e
  if [ "$image_status" != "$jar_status" ] || ! cmp -s "$out/image" "$out/jar"; then
    echo "check-jlink: '$name' differs (exit $image_status from the image, $jar_status from the jar):" >&2
    diff "$out/image" "$out/jar" | head -20 >&2 || true
    failed=1
  fi
}
check "convert to md" convert "$seed" --to md
check "convert to json" convert "$seed" --to json
check "align" align "$seed"
check "terms" terms seeds/ --kind abbreviation --format tsv
check "lint" lint seeds/
"$image" convert seeds/ --to apkg -o "$out/seeds.apkg" > /dev/null 2>&1
[ -s "$out/seeds.apkg" ] || { echo "check-jlink: the image wrote no Anki package" >&2; failed=1; }
[ "$failed" = 0 ] || exit 1
echo "check-jlink: the image ($(du -sh cli-example/target/jlink-image | cut -f1)) gives what the jar gives for convert, align, terms, lint and apkg"
