#!/usr/bin/env bash
# EUCORA Console developer entry point. Both commands install what is missing (Debian 12,
# as root), then build.
#
#   ./dev.sh run [eucora-devstack options]   open the console on a local live stack
#   ./dev.sh test                            build with the ci preset and run every test
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# Clones in different folders share one compiler cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

packages=(
    cmake ninja-build ccache g++ pkgconf file dpkg-dev
    qt6-base-dev libqt6opengl6-dev libgl-dev libvulkan-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsimdjson-dev libbenchmark-dev zlib1g-dev
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon libcrypt-dev openssl
    prometheus victoria-metrics
    xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream
)

install_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "run as root to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_packages
    cmake --preset dev
    # What the stack runs, not the test suite.
    cmake --build --preset dev --target eucora-console eucora-devplane eucora-devstack
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "no display: try 'xvfb-run -a ./dev.sh run' or './dev.sh run --no-console'" >&2
    fi
    exec build/dev/bin/eucora-devstack "$@"
    ;;
test)
    install_packages
    cmake --workflow --preset ci
    ;;
*)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
