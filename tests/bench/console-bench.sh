#!/usr/bin/env bash
# The console's numbers (docs/performance.md): cold start, the longest GUI stall while a panel
# with 1,000 series x 1,000 points loads and refreshes, memory after every view, idle CPU.
#
#   tests/bench/console-bench.sh BIN_DIR      (BIN_DIR holds eucora-console and eucora-devstack)
#
# Starts the local stack (eucora-devstack --no-console), writes a 1,000 x 1,000 TSDB block with
# promtool into its Prometheus (picked up at its next block reload), and runs
# `eucora-console --bench`. The last line printed is one JSON object.
set -euo pipefail
bin=$(cd "${1:?usage: console-bench.sh BIN_DIR}" && pwd)
source "$(dirname "${BASH_SOURCE[0]}")/../devstack.sh"
start_devstack "$bin" --speed 10 --scrape-interval 5
[ -d "$stackdir/data" ] || { cat "$work/stack.log" >&2; exit 1; }

# 1,000 series x 1,000 points, 15 s apart, ending ten minutes ago.
end=$(( $(date +%s) - 600 ))
start=$(( end - 999 * 15 ))
python3 - "$start" >"$work/bench.om" <<'PY'
import math, sys
start = int(sys.argv[1])
out = sys.stdout
out.write("# TYPE bench_metric gauge\n")
for s in range(1000):
    for i in range(1000):
        out.write(f'bench_metric{{series="s{s:04d}"}} {math.sin(i / 40 + s) * 10 + s % 50:.3f} {start + i * 15}\n')
out.write("# EOF\n")
PY
promtool tsdb create-blocks-from openmetrics "$work/bench.om" "$work/blocks" >/dev/null
mv "$work"/blocks/* "$stackdir/data/"

# Prometheus loads new blocks at its next reload (about a minute).
for _ in $(seq 1 120); do
    n=$(curl -s "$prometheus/api/v1/query" --data-urlencode "query=count(count_over_time(bench_metric[4h]))" \
        | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else 0)' 2>/dev/null || echo 0)
    [ "$n" = "1000" ] && break
    sleep 1
done
[ "$n" = "1000" ] || { echo "the bench block did not load" >&2; exit 1; }

from=$(date -u -d "@$start" +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d "@$end" +%Y-%m-%dT%H:%M:%SZ)
cat >"$work/big.json" <<JSON
{"uid": "bench-big", "title": "Bench: 1,000 series", "schemaVersion": 39,
 "time": {"from": "$from", "to": "$to"},
 "panels": [{"id": 1, "type": "timeseries", "title": "1,000 x 1,000",
             "gridPos": {"x": 0, "y": 0, "w": 24, "h": 20}, "maxDataPoints": 1000,
             "targets": [{"refId": "A", "expr": "bench_metric"}],
             "options": {"legend": {"showLegend": false}}}]}
JSON
sleep 20 # a little history for Overview's rates
# BENCH_WRAPPER runs the console under a profiler, e.g. "perf record -g -o /tmp/console.perf".
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" ${BENCH_WRAPPER:-} "$bin/eucora-console" \
    --prometheus "$prometheus" --control-plane "$control" --refresh 15 \
    --dashboard "$work/big.json" --view bench-big --bench 2>"${BENCH_LOG:-$work/console.log}" | tail -n 1
