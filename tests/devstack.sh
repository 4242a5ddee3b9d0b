# Sourced by the scripts that need the local live stack (tests/bench/console-bench.sh,
# docs/screenshots/refresh.sh). Makes $work, a temporary folder, and removes it on exit;
# `start_devstack BIN_DIR [eucora-devstack options...]` starts `eucora-devstack --no-console` in
# the background and sets stack_pid, control, prometheus (the engine's URL, also with --engine
# victoriametrics) and stackdir. The stack is stopped by its
# PID when the script exits, whatever the exit.
work=$(mktemp -d)
stack_pid=
stop_devstack() {
    if [ -n "$stack_pid" ]; then
        kill "$stack_pid" 2>/dev/null && wait "$stack_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop_devstack EXIT

start_devstack() {
    local bin=$1
    shift
    "$bin/eucora-devstack" --no-console "$@" >"$work/stack.log" 2>&1 &
    stack_pid=$!
    for _ in $(seq 1 100); do
        grep -q "servers are running" "$work/stack.log" && break
        sleep 0.2
    done
    control=$(awk '/^control plane/ {print $3}' "$work/stack.log")
    prometheus=$(awk '/^(prometheus|victoriametrics) / {print $2}' "$work/stack.log")
    stackdir=$(awk '/^work dir/ {print $3}' "$work/stack.log")
    [ -n "$control" ] && [ -n "$prometheus" ] && [ -d "$stackdir" ] || {
        cat "$work/stack.log" >&2
        exit 1
    }
}
