#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session (dbus-run-session) with
# gnome-keyring-daemon, whose login keyring lives in a temporary HOME and is unlocked with a
# throwaway password. The daemon is stopped by its PID; the bus and the HOME go with it.
#   tests/support/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring.sh: $tool is not installed" >&2; exit 1; }
done
home=$(mktemp -d "${TMPDIR:-/tmp}/eucora-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Inside the bus: the daemon in the foreground of a background job (so its PID is known),
# waited for until it owns the Secret Service name, then the command.
inner='
    printf "%s" "eucora-test-keyring" | gnome-keyring-daemon --foreground --unlock \
        --components=secrets >/dev/null 2>&1 &
    daemon=$!
    trap "kill $daemon 2>/dev/null; wait $daemon 2>/dev/null" EXIT
    for _ in $(seq 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true" && break
        sleep 0.05
    done
    "$@"'
# dbus-daemon cannot raise its fd limit without privileges; that warning is noise here.
dbus-run-session -- bash -c "$inner" with-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
