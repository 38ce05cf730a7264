#!/usr/bin/env bash
# Builds every jar and archive twice from a clean tree and compares them byte for byte: the build is
# reproducible because project.build.outputTimestamp fixes the time written into the archives.
# Prints the checksums of the second build; exits 1 when a jar differs. Extra arguments go to
# Maven (for example -o, or -Pjlink to leave the jlink image for scripts/check-packages.sh).
#
# --first-build-done: the tree was just built from a fresh clone (as .ci/run does with verify);
# its archives are the first build's, and only the second is made.
set -euo pipefail
cd "$(dirname "$0")/.."
first_done=false
if [ "${1:-}" = --first-build-done ]; then first_done=true; shift; fi
# The archives each module makes, in its target folder (not what tests copy deeper inside it).
checksums() {
  find . -path ./.ci -prune -o \( -name '*.jar' -o -name '*.zip' -o -name '*.tar.gz' \) -path '*/target/*' -type f -print \
    | grep -E '^\./([^/]+/)?target/[^/]+$' | LC_ALL=C sort | xargs sha256sum
}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! $first_done; then
  ./mvnw -B -q -DskipTests "$@" clean package
fi
checksums > "$out/first"
./mvnw -B -q -DskipTests "$@" clean package
checksums > "$out/second"
cat "$out/second"
if ! diff "$out/first" "$out/second" >&2; then
  echo "check-reproducible: the two builds differ (lines above: < first build, > second)" >&2
  exit 1
fi
echo "check-reproducible: $(wc -l < "$out/second") jars and archives identical in two clean builds"
