#!/usr/bin/env bash
# Measures how long the reference territory load (Flyway V3) takes on a fresh PostgreSQL 15 database.
# Usage: bench/territory-load.sh [runs]   (default 5; needs the dependencies in ~/.m2, works offline)
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/bench
mkdir -p "$out/classes"
./mvnw -o -q -B compile dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=runtime
classpath="target/classes:$(cat "$out/classpath.txt")"
javac -nowarn -d "$out/classes" -cp "$classpath" bench/src/be/nestwerk/territory/TerritoryLoadBenchmark.java
java -cp "$out/classes:$classpath" be.nestwerk.territory.TerritoryLoadBenchmark "${1:-5}"
