#!/usr/bin/env bash
# Refreshes the README's screenshots: every built-in view, light and dark, against a local live
# stack (eucora-devstack: eucora-devplane and the real prometheus on free loopback ports), the
# Overview on VictoriaMetrics, and the Connections dialog and welcome page.
#
#   docs/screenshots/refresh.sh [BIN_DIR]     (default build/dev/bin)
#
# The stack runs its simulation at 20x with a 5 s scrape interval and four emulated workers; the shots are taken once it
# has EUCORA_SHOTS_WAIT_S seconds of history (default 180), over the last 5 minutes, signed in as
# the stack's built-in operator. Headless (QT_QPA_PLATFORM=offscreen); nothing leaves loopback.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
bin=$(cd "${1:-../../build/dev/bin}" && pwd)
wait_s=${EUCORA_SHOTS_WAIT_S:-180}
source ../../tests/devstack.sh
start_devstack "$bin" --speed 20 --scrape-interval 5 --seed 7 --test-mode --emulate-workers 4
# For the Circuit breakers and Alerts views: one breaker held open (its CircuitBreakerOpen alert
# fires a minute later) and one held half-open, through the devplane's test endpoints.
curl -sf -X POST -H 'Content-Type: application/json' -d '{"state": "open"}' \
    "$control/_devplane/breakers/jamf/force" >/dev/null
curl -sf -X POST -H 'Content-Type: application/json' -d '{"state": "half-open"}' \
    "$control/_devplane/breakers/servicenow/force" >/dev/null
echo "stack up (control plane $control, prometheus $prometheus); ${wait_s}s of history first"

mkdir -m 0700 "$work/run"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/run"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export EUCORA_AUDIT_LOG="$work/audit.jsonl" EUCORA_USERNAME=operator EUCORA_PASSWORD=operator
export EUCORA_CONTROL_PLANE="$control" EUCORA_PROMETHEUS="$prometheus"
sleep $(( wait_s / 2 ))
# What an operator did, for the audit and events views: one breaker reset and one rollback of
# a deployment that failed (eucora-ctl writes the same audit log as the console).
"$bin/eucora-ctl" login >/dev/null
"$bin/eucora-ctl" breaker-reset intune >/dev/null || true
failed=$("$bin/eucora-ctl" deployments --status FAILED --limit 1 --json |
    python3 -c 'import json, sys; d = json.load(sys.stdin)["deployments"]; print(d[0]["correlation_id"] if d else "")')
[ -z "$failed" ] || "$bin/eucora-ctl" rollback "$failed" --reason "Failed in its ring" --yes >/dev/null || true
sleep $(( wait_s - wait_s / 2 ))
shoot() { # view theme file [console options]
    local view=$1 theme=$2 file=$3
    shift 3
    "$bin/eucora-console" --prometheus "$prometheus" --control-plane "$control" \
        --view "$view" --range 5m --theme "$theme" --size 1600x1000 --screenshot "$file" "$@"
    echo "$file"
}
# The Deployments view with a deployment selected mid-rollout: deploying towards a far ring and
# past LAB already.
midway() {
    local id
    for id in $("$bin/eucora-ctl" deployments --status DEPLOYING --json | python3 -c '
import json, sys
for d in json.load(sys.stdin)["deployments"]:
    if d["target_ring"] in ("DEPARTMENT", "GLOBAL"):
        print(d["correlation_id"])'); do
        if "$bin/eucora-ctl" rings "$id" --json |
            python3 -c 'import json, sys; sys.exit(len(json.load(sys.stdin)["rings"]) < 2)'; then
            echo "$id"
            return
        fi
    done
}
for view in overview deployments rings breakers alerts events audit; do
    for theme in light dark; do
        if [ "$view" = deployments ]; then
            shoot "$view" "$theme" "$view-$theme.png" --var "deployment=$(midway)"
        else
            shoot "$view" "$theme" "$view-$theme.png"
        fi
    done
done

# Prometheus stopped (the stack's own child, by PID): its panels keep their last data and say
# why, panels that can read the control plane's /api/v1/metrics/ go on degraded, the API panels
# stay live. The run exits 3 because panels end in error; the PNG is written all the same.
prometheus_pid=$(pgrep -P "$stack_pid" -x prometheus)
kill "$prometheus_pid"
sleep 2
for theme in light dark; do
    shoot overview "$theme" "prometheus-down-$theme.png" || true
    shoot breakers "$theme" "breakers-degraded-$theme.png" || true
done

# The Overview on VictoriaMetrics (with vmalert on the same rules): a second stack after the
# first is stopped by its PID, the same pace, EUCORA_SHOTS_WAIT_S / 2 seconds of history.
kill "$stack_pid" && wait "$stack_pid" 2>/dev/null || true
start_devstack "$bin" --engine victoriametrics --speed 20 --scrape-interval 5 --seed 7 \
    --test-mode --emulate-workers 4
curl -sf -X POST -H 'Content-Type: application/json' -d '{"state": "open"}' \
    "$control/_devplane/breakers/jamf/force" >/dev/null
echo "victoriametrics stack up (control plane $control, victoriametrics $prometheus)"
sleep $(( wait_s / 2 ))
for theme in light dark; do
    shoot overview "$theme" "overview-victoriametrics-$theme.png"
done
shoot alerts light "alerts-victoriametrics-light.png"

# The Connections dialog (a profile with a CA bundle and a client certificate, Test connection
# passed against a prometheus with TLS, basic auth and client certificates and the devplane over
# mutual TLS) and the welcome page: the GUI test that drives them saves them, inside its own
# Secret Service (the test needs `cmake --build build/dev --target tst_connections`).
QT_QPA_PLATFORM=offscreen bash ../../tests/support/with-keyring.sh "$bin/tst_connections" >/dev/null
for png in connections-dialog.png connections-dialog-dark.png welcome.png; do
    cp "$bin/../test-artifacts/$png" "$png"
done
