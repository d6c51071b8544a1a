#!/usr/bin/env bash
# Measures how fast the cep command starts: `cep validate` on the built-in edition, set against a
# bare JVM printing "hello" on the same JDK and machine. Runs the two (and `java -jar cep.jar
# validate` without the launcher, for information) interleaved, seven rounds by default, and
# prints the median wall time of each and its ratio to hello world's (the target: at most 5), the
# same for CPU time (all of the JVM's threads; less disturbed than wall time when other work
# shares the machine), and where each run's classes came from (-Xlog:class+load: mapped from a
# class-data-sharing archive, or read and verified one by one from jrt:/ or from a jar).
#
#   scripts/startup.sh        # seven rounds
#   scripts/startup.sh 21     # more rounds
#
# Needs cep-cli/target/cep.jar and its archive cep.jsa (./mvnw -q package -DskipTests makes
# both). Uses $JAVA_HOME/bin/java if JAVA_HOME is set, else java on the PATH, as scripts/cep does.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-7}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
jar=cep-cli/target/cep.jar
if [ ! -f "$jar" ]; then
  echo "startup.sh: $jar is missing; build it first: ./mvnw -q package -DskipTests" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello {\n  public static void main(String[] args) {\n    System.out.println("hello");\n  }\n}\n' \
  > "$work/Hello.java"
"$javac" -d "$work" "$work/Hello.java"

# Sets run to the command line of hello, launcher or plain, and label to how the table names it.
command_line() {
  case "$1" in
    hello) run=("$java" -cp "$work" Hello); label='java Hello' ;;
    launcher) run=(scripts/cep validate); label='scripts/cep validate' ;;
    plain) run=("$java" -jar "$jar" validate); label='java -jar cep.jar validate' ;;
  esac
}

# Wall time and CPU time (user + system, all of the JVM's threads) of one run, in seconds; the
# output is thrown away, the exit code ignored (validate exits 1: the built-in edition has an
# error finding).
seconds() {
  local TIMEFORMAT='%R %U %S'
  { time "$@" > /dev/null 2>&1 || true; } 2>&1 | awk '{ printf "%s %.3f\n", $1, $2 + $3 }'
}

# The median of column $1 of the lines on standard input.
median() {
  cut -d' ' -f"$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One untimed run of each first, so that every timed run finds the files in the page cache.
for command in hello launcher plain; do
  command_line "$command"
  "${run[@]}" > /dev/null 2>&1 || true
done
for ((i = 0; i < rounds; i++)); do
  for command in hello launcher plain; do
    command_line "$command"
    seconds "${run[@]}" >> "$work/$command"
  done
done

hello_wall=$(median 1 < "$work/hello")
hello_cpu=$(median 2 < "$work/hello")
"$java" -version 2>&1 | head -1
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds, interleaved"
echo
echo "| command | wall time | / hello world | CPU time | / hello world | classes: archived / from jrt:/ / from a jar |"
echo "|---|---:|---:|---:|---:|---|"
for command in hello launcher plain; do
  command_line "$command"
  wall=$(median 1 < "$work/$command")
  cpu=$(median 2 < "$work/$command")
  # Logged to a file so that the command's own output cannot mix with the log; passed through
  # JDK_JAVA_OPTIONS, which reaches the java that the launcher runs too.
  JDK_JAVA_OPTIONS="-Xlog:class+load:file=$work/classes" "${run[@]}" > /dev/null 2>&1 || true
  archived=$(grep -c 'shared objects file' "$work/classes" || true)
  jrt=$(grep -c 'source: jrt:/' "$work/classes" || true)
  application=$(grep -c 'source: file:' "$work/classes" || true)
  awk -v name="$label" -v w="$wall" -v hw="$hello_wall" -v c="$cpu" -v hc="$hello_cpu" \
    -v a="$archived" -v j="$jrt" -v f="$application" 'BEGIN {
      printf "| `%s` | %.3f s | %.1f | %.3f s | %.1f | %d / %d / %d |\n", name, w, w / hw, c, c / hc, a, j, f
    }'
  rm -f "$work/classes"
done
