#!/usr/bin/env bash
# Builds the sources, tests included, with JDK 25 (JINGDU_JDK25, or the first /usr/lib/jvm/*-25-*)
# in a copy of the working tree: the launchers prefer JDK 25 when it is the java they find,
# ./jingdu builds with it then, and its javac warns of what JDK 17's does not (a dangling
# documentation comment failed the build under -Werror). Says so and exits 0 when there is no
# JDK 25. Extra arguments go to Maven (for example -o).
set -euo pipefail
cd "$(dirname "$0")/.."
jdk25=${JINGDU_JDK25:-$(ls -d /usr/lib/jvm/*-25-* /usr/lib/jvm/*25*jdk* 2>/dev/null | head -n 1 || true)}
if [ -z "$jdk25" ] || [ ! -x "$jdk25/bin/javac" ]; then
  echo "check-jdk25: no JDK 25 found (set JINGDU_JDK25), the build with it not checked"
  exit 0
fi
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
# The sources as they are, without what a build here left (target folders, the CI's downloads).
tar --exclude=./.git --exclude='./*/target' --exclude=./target --exclude=./.ci/cache -cf - . | (cd "$copy" && tar xf -)
if ! (cd "$copy" && JAVA_HOME=$jdk25 PATH=$jdk25/bin:$PATH ./mvnw -B -DskipTests -Dmaven.javadoc.skip \
    -Dmaven.source.skip "$@" package > "$copy/build.log" 2>&1); then
  # javac's warnings and errors with their places, then Maven's reason.
  grep -E '^\[(ERROR|WARNING)\] .*\.java|^\[ERROR\] Failed' "$copy/build.log" | awk '!seen[$0]++' | sed "s|$copy/||" | head -20 >&2
  echo "check-jdk25: the build fails with $jdk25 (the lines above)" >&2
  exit 1
fi
echo "check-jdk25: the sources and tests build with $("$jdk25/bin/java" -version 2>&1 | head -n 1)"
