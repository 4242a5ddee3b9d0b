#!/usr/bin/env bash
# The bundled Prometheus configuration and both rule files pass Prometheus' own checks:
# promtool check config on the rendered prometheus.yml, promtool check rules on EUCORA's rules as
# shipped and on the corrected variant (16 rules each).
set -euo pipefail
devstack=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for rules in alert_rules.yaml alert_rules.corrected.yaml; do
    out=$(promtool check rules "$devstack/$rules") || { echo "$out"; fail "promtool check rules $rules"; }
    grep -q "SUCCESS: 16 rules found" <<<"$out" || { echo "$out"; fail "$rules does not hold 16 rules"; }
done

cp "$devstack/alert_rules.corrected.yaml" "$work/"
sed -e "s#@RULE_FILE@#$work/alert_rules.corrected.yaml#" \
    -e "s#@PROMETHEUS_ADDRESS@#127.0.0.1:9090#" \
    -e "s#@CONTROL_PLANE_ADDRESS@#127.0.0.1:8000#" \
    "$devstack/prometheus.yml" >"$work/prometheus.yml"
grep -q '@' "$work/prometheus.yml" && grep '@' "$work/prometheus.yml" | grep -v '^ *#' && fail "unfilled placeholder"
out=$(promtool check config "$work/prometheus.yml") || { echo "$out"; fail "promtool check config"; }
# EUCORA's scrape job as contract 9.1 lists it.
grep -q "metrics_path: '/api/v1/metrics/'" "$devstack/prometheus.yml" || fail "metrics_path"
grep -q "job_name: 'eucora-control-plane'" "$devstack/prometheus.yml" || fail "job name"
echo "2 passed, 0 failed"
