#!/usr/bin/env bash
# Runs the JMH benchmarks of the codec and the validator in one JMH run, with -prof gc, and
# prints the ratio table of docs/performance.md computed from that run.
#
#   scripts/bench.sh quick   # 1 fork, 3 x 1 s warm-up, 5 x 1 s measured: about 9 minutes on 2 cores
#   scripts/bench.sh full    # 3 forks, 5 x 2 s warm-up, 5 x 2 s measured: about an hour
#   scripts/bench.sh full 'io\.github\.ceproadmap\.benchmarks\.(Decode|Encode|Validate|Scaling)Benchmark\..*'
#                            # the codec and the validator only (docs/performance.md): about 27 minutes
#   scripts/bench.sh quick DecodeBenchmark   # extra arguments go to JMH (here: a name filter)
#
# The JSON result and the table land in cep-benchmarks/target/benchmarks/. The benchmarks are
# compiled by the normal build (module cep-benchmarks), never run by it.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-quick}"
shift || true
case "$mode" in
  quick) options=(-f 1 -wi 3 -w 1s -i 5 -r 1s) ;;
  full) options=(-f 3 -wi 5 -w 2s -i 5 -r 2s) ;;
  *) echo "usage: scripts/bench.sh quick|full [JMH arguments...]" >&2; exit 2 ;;
esac
if [ "$#" -eq 0 ]; then
  set -- 'io\.github\.ceproadmap\.benchmarks\..*'
fi

out=cep-benchmarks/target/benchmarks
./mvnw -B -ntp -q -pl cep-benchmarks -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/benchmarks/classpath.txt
classpath="cep-benchmarks/target/classes:$(cat "$out/classpath.txt")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# One heap for every fork, large enough for the huge workload (104 MB of JSON, a roadmap of some
# 500 MB, and the one being decoded), touched up front so that no benchmark pays for page faults.
"$java" -cp "$classpath" org.openjdk.jmh.Main "${options[@]}" \
  -jvmArgsAppend "-Xms6g -Xmx6g -XX:+AlwaysPreTouch" -prof gc -rf json -rff "$out/$mode.json" "$@" \
  | tee "$out/$mode.log"
"$java" -version 2>&1 | head -1 > "$out/$mode.md"
"$java" -cp "$classpath" io.github.ceproadmap.benchmarks.RatioTable "$out/$mode.json" \
  | tee -a "$out/$mode.md"
