#!/usr/bin/env bash
# Command benchmark of issue 14: 1,000 reports through `validate DIR --summary`, in a 256 MB heap.
# Builds a folder of 1,000 copies of five corpus files (2021 .docx and .doc, the legacy seed .docx, the Hubei trial
# .docx, the legacy statistics .xls) in 40 department folders, runs the built CLI jar once with GC logging, and
# prints reports per second (wall and per CPU second) and the peak heap in use before a collection.
# Usage: docs/bench/batch-validate.sh [WORKDIR]   (after `mvn -B -q package -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR="$PWD/target/disclosure-report-cli.jar"
CORPUS="$PWD/core/src/test/resources/corpus"
WORK="${1:-$(mktemp -d)}"
rm -rf "$WORK/reports" && mkdir -p "$WORK/reports"
i=0
for n in $(seq 1 200); do
  for f in jinhu2023.docx jinhu2023.doc seed-2017-huancui-cdpf.docx wuhan-eeb2020.docx seed-2017-statistics.xls; do
    i=$((i + 1)); d="$WORK/reports/dept$((i % 40))"; mkdir -p "$d"; cp "$CORPUS/$f" "$d/$(printf %04d $i)-$f"
  done
done
cd "$WORK"
start=$(date +%s.%N)
/usr/bin/time -f "cpu_seconds=%U+%S max_rss_kb=%M" java -Xmx256m -Xlog:gc:file=gc.log -jar "$JAR" \
  validate reports --summary summary.xlsx --force > out.txt 2> time.txt || true
end=$(date +%s.%N)
tail -1 out.txt
cat time.txt | tail -1
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall %.1f s, %.1f reports/s\n", e - s, 1000 / (e - s) }'
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' gc.log | awk -F'M' '{ if ($1 + 0 > m) m = $1 + 0 } END { print "peak heap in use before a GC: " m " MB" }'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
