#!/usr/bin/env bash
# Builds the benchmarks jar, runs the JMH suite with settings bounded for a 2-core machine and
# prints every comparison as a ratio with its target and PASS or MISS.
#
# Usage: jemeni-benchmarks/run.sh [--no-build] [JMH options, such as a benchmark regex]
#   --no-build  reuse jemeni-benchmarks/target/benchmarks.jar instead of running Maven first
#
# Results: jemeni-benchmarks/target/jmh-results.json (JMH JSON) and
# jemeni-benchmarks/target/jmh-console.txt (the JMH console output).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
module="$root/jemeni-benchmarks"
jar="$module/target/benchmarks.jar"
results="$module/target/jmh-results.json"
console="$module/target/jmh-console.txt"

# One fork, 3 warmup iterations of 2 s and 5 measured iterations of 3 s per benchmark: the 26
# benchmarks took about 10 minutes on 2 cores. -prof gc adds bytes allocated per call.
jmh_settings=(-f 1 -wi 3 -w 2s -i 5 -r 3s -prof gc)

build=true
if [[ "${1:-}" == "--no-build" ]]; then
  build=false
  shift
fi

cd "$root"
if $build; then
  mvn -B -q -Dmaven.test.skip=true -pl jemeni-benchmarks -am package
fi
if [[ ! -f "$jar" ]]; then
  echo "$jar is missing: run without --no-build" >&2
  exit 1
fi

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
java -version 2>&1 | sed 's/^/== /'

java -jar "$jar" "${jmh_settings[@]}" -rf json -rff "$results" "$@" | tee "$console"

echo
java -cp "$jar" dev.jemeni.benchmarks.BenchmarkReport "$results"
