#!/usr/bin/env bash
# Command benchmark of issues 14 and 17: N reports (default 1,000) through `dr validate DIR --summary`, in a 256 MB
# heap, the way a clerk runs it: the launcher from the unpacked zip (its JVM options, its class-data archive).
# Builds a folder of copies of five corpus files (2021 .docx and .doc, the legacy seed .docx, the Hubei trial .docx,
# the legacy statistics .xls) in 40 department folders, runs the launcher twice (the first run also writes the
# archive; the second is the one to quote), and prints reports per second (wall and per CPU second) and the peak
# heap in use before a collection. BENCH_JAVA=1 runs `java -Xmx256m -jar` (the JVM's defaults) instead.
# Usage: docs/bench/batch-validate.sh [WORKDIR] [N]   (after `mvn -B -q package -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/../.."
ZIP=$(ls "$PWD"/target/disclosure-report-*.zip | head -n 1)
CORPUS="$PWD/core/src/test/resources/corpus"
WORK="${1:-$(mktemp -d)}"
N="${2:-1000}"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
rm -rf "$WORK/reports" "$WORK/dist" "$WORK/cache" && mkdir -p "$WORK/reports" "$WORK/dist"
(cd "$WORK/dist" && unzip -q "$ZIP")
DR=$(ls -d "$WORK"/dist/disclosure-report-*/dr)
i=0
while [ "$i" -lt "$N" ]; do
  for f in jinhu2023.docx jinhu2023.doc seed-2017-huancui-cdpf.docx wuhan-eeb2020.docx seed-2017-statistics.xls; do
    i=$((i + 1)); d="$WORK/reports/dept$((i % 40))"; mkdir -p "$d"; cp "$CORPUS/$f" "$d/$(printf %05d $i)-$f"
    [ "$i" -lt "$N" ] || break
  done
done
cd "$WORK"
run() {
  rm -f gc.log
  start=$(date +%s.%N)
  if [ -n "${BENCH_JAVA:-}" ]; then
    /usr/bin/time -f "cpu_seconds=%U+%S max_rss_kb=%M" java -Xmx256m -Xlog:gc:file=gc.log \
      -jar "$(dirname "$DR")/disclosure-report-cli.jar" validate reports --summary summary.xlsx --force \
      > out.txt 2> time.txt || true
  else
    DR_CACHE_DIR="$WORK/cache" DR_JAVA_OPTS="-Xmx256m -Xlog:gc:file=gc.log" /usr/bin/time \
      -f "cpu_seconds=%U+%S max_rss_kb=%M" "$DR" validate reports --summary summary.xlsx --force \
      > out.txt 2> time.txt || true
  fi
  end=$(date +%s.%N)
  echo "== $1"
  tail -1 out.txt
  tail -1 time.txt
  awk -v s="$start" -v e="$end" -v n="$N" 'BEGIN { printf "wall %.1f s, %.1f reports/s\n", e - s, n / (e - s) }'
  grep -o '[0-9]*M->[0-9]*M([0-9]*M)' gc.log | awk -F'M' '{ if ($1 + 0 > m) m = $1 + 0 } END { print "peak heap in use before a GC: " m " MB" }'
}
run "first run"
run "second run"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
