#!/usr/bin/env bash
# Devplane numbers for docs/performance.md (loopback only, bounded in time):
#   1. /api/v1/metrics/ render time and size with >= 5,000 deployments and --emulate-workers 4
#   2. requests/s and p99 latency of GET /api/v1/deployments/list under wrk (10 s, 16 connections)
#   3. RSS after one simulated hour at --speed 60 (60 s of wall time)
# Usage: tests/bench/devplane-bench.sh BUILD_BIN_DIR   (needs curl and wrk: apt-get install wrk)
set -euo pipefail
bin=${1:-build/dev/bin}
out=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$out"; }
trap cleanup EXIT

start() { # name, args...
    local name=$1; shift
    "$bin/eucora-devplane" --listen 127.0.0.1:0 "$@" >"$out/$name.out" 2>"$out/$name.err" &
    pids+=($!)
    eval "${name}_pid=$!"
    for _ in $(seq 50); do [ -s "$out/$name.out" ] && break; sleep 0.1; done
    eval "${name}_url=$(awk '{print $3}' "$out/$name.out")"
}

start big --test-mode --no-throttle --emulate-workers 4 --speed 60
start soak --speed 60
soak_started=$(date +%s)

# 1. Enough simulated time for 5,000 deployments (about three a simulated minute).
curl -s -X POST -H 'Content-Type: application/json' -d '{"advance_s": 110000}' "$big_url/_devplane/clock" >/dev/null
curl -s -c "$out/cookies" -H 'Content-Type: application/json' -d '{"username":"operator","password":"operator"}' \
    "$big_url/api/v1/auth/login" >/dev/null
deployments=$(curl -s -b "$out/cookies" "$big_url/api/v1/health/metrics/?include_demo=all" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["deployment_intents_total"])')
size=$(curl -s "$big_url/api/v1/metrics/" | wc -c)
series=$(curl -s "$big_url/api/v1/metrics/" | grep -vc '^#')
times=$(for _ in $(seq 20); do curl -s -o /dev/null -w '%{time_total}\n' "$big_url/api/v1/metrics/"; done | sort -n)
median=$(sed -n 10p <<<"$times"); worst=$(tail -1 <<<"$times")
echo "metrics: deployments=$deployments bytes=$size samples=$series median_s=$median max_s=$worst"

# 2. Load on the deployments list, as an authenticated user (the throttle is off here).
session=$(awk '/sessionid/ {print $7}' "$out/cookies")
wrk -t2 -c16 -d10s --latency -H "Cookie: sessionid=$session" "$big_url/api/v1/deployments/list" >"$out/wrk.txt"
rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
p99=$(awk '$1=="99%" {print $2}' "$out/wrk.txt")
echo "deployments/list: requests_per_s=$rps p99=$p99 ($(awk '/requests in/ {print $1}' "$out/wrk.txt") requests)"

# 3. One simulated hour at --speed 60.
sleep $(( 60 - ($(date +%s) - soak_started) > 0 ? 60 - ($(date +%s) - soak_started) : 0 ))
rss=$(awk '/VmRSS/ {print $2, $3}' "/proc/$soak_pid/status")
echo "soak: rss_after_1h_simulated=$rss"
