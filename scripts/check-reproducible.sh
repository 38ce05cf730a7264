#!/usr/bin/env bash
# Builds every jar and archive twice from a clean tree and compares them byte for byte: the build is
# reproducible because project.build.outputTimestamp fixes the time written into the archives.
# Prints the checksums of the second build; exits 1 when a jar differs. Extra arguments go to
# Maven (for example -o).
set -euo pipefail
cd "$(dirname "$0")/.."
checksums() {
  find . -path ./.ci -prune -o \( -path '*/target/*.jar' -o -path '*/target/*.zip' -o -path '*/target/*.tar.gz' \) \
    -type f -print | LC_ALL=C sort | xargs sha256sum
}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./mvnw -B -q -DskipTests "$@" clean package
checksums > "$out/first"
./mvnw -B -q -DskipTests "$@" clean package
checksums > "$out/second"
cat "$out/second"
if ! diff "$out/first" "$out/second" >&2; then
  echo "check-reproducible: the two builds differ (lines above: < first build, > second)" >&2
  exit 1
fi
echo "check-reproducible: $(wc -l < "$out/second") jars and archives identical in two clean builds"
