#!/usr/bin/env bash
# Runs the Jingdu pipeline on Apache Beam (beam-example/README.md):
#
#   beam-example/run.sh direct|flink|spark --input=FOLDER --output=FOLDER [--shards=N] [--batches=N] …
#
# after building the project once (./mvnw -B install -DskipTests; again after changing core, whose
# installed jar this uses). The runner's libraries come from the Maven profile of its name;
# JAVA_OPTS goes to the JVM (for example -Xmx4g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage="usage: beam-example/run.sh direct|flink|spark --input=FOLDER --output=FOLDER [options]"
if [ $# -lt 1 ]; then echo "$usage" >&2; exit 2; fi
opens=()
case "$1" in
  direct) profile=(); runner=DirectRunner ;;
  flink) profile=(-Pflink); runner=FlinkRunner ;;
  spark)
    profile=(-Pspark); runner=SparkRunner
    # Spark 3.5 reaches into the JDK's internals, which Java 17 opens only when asked.
    for p in java.lang java.lang.invoke java.io java.net java.nio java.util java.util.concurrent sun.nio.ch \
        sun.nio.cs sun.util.calendar; do
      opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
    done ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
shift
classes="$root/beam-example/target/classes"
if [ ! -d "$classes" ]; then
  echo "beam-example/run.sh: build the project first: ./mvnw -B install -DskipTests" >&2
  exit 2
fi
listing="$(mktemp)"
# ${a[@]+"${a[@]}"}: an empty array under set -u, which bash before 4.4 refuses as "${a[@]}".
if ! (cd "$root" && ./mvnw -q -B -pl beam-example ${profile[@]+"${profile[@]}"} dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$listing") >&2; then
  rm -f "$listing"
  exit 2
fi
classpath="$(cat "$listing")"
rm -f "$listing"
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} ${opens[@]+"${opens[@]}"} -cp "$classes:$classpath" io.github.jingdu.beam.JingduPipeline \
  --runner="$runner" "$@"
