#!/usr/bin/env bash
# Builds the .deb with CPack and checks what an installation would get: both executables, the
# desktop entry, AppStream metainfo and the SVG icon in FHS paths, shlibdeps-derived Depends (the
# keychain library among them),
# and clean desktop-file-validate / appstreamcli validate runs.
set -euo pipefail
build=$1
source=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; fail "cpack failed"; }
deb=$(ls "$out"/*.deb)
echo "package: $(basename "$deb")"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/eucora-console ./usr/bin/eucora-devplane ./usr/bin/eucora-ctl ./usr/bin/eucora-devstack \
            ./usr/share/applications/org.eucora.Console.desktop \
            ./usr/share/metainfo/org.eucora.Console.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.eucora.Console.svg \
            ./usr/share/eucora-console/devstack/prometheus.yml; do
    grep -qxF "$path" <<<"$files" || fail "$path is not in the package"
done
if grep -q '^\./usr/local' <<<"$files"; then fail "files under /usr/local"; fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q 'libqt6widgets6' <<<"$depends" || fail "Depends lacks libqt6widgets6 (shlibdeps did not run?)"
grep -q 'libqt6svg6' <<<"$depends" || fail "Depends lacks libqt6svg6 (the icon theme)"
grep -q 'libc6' <<<"$depends" || fail "Depends lacks libc6"
grep -q 'libqt6keychain1' <<<"$depends" || fail "Depends lacks libqt6keychain1 (the keychain)"
grep -q 'libsecret-1-0' <<<"$depends" || fail "Depends lacks libsecret-1-0 (QtKeychain's Secret Service)"
recommends=$(dpkg-deb -f "$deb" Recommends)
grep -q 'gnome-keyring' <<<"$recommends" || fail "Recommends lacks a Secret Service"
[ "$(dpkg-deb -f "$deb" Suggests)" = victoria-metrics ] || fail "Suggests lacks victoria-metrics"

mkdir "$out/root"
dpkg-deb -x "$deb" "$out/root"
desktop-file-validate "$out/root/usr/share/applications/org.eucora.Console.desktop" >"$out/desktop.log" 2>&1 \
    || { cat "$out/desktop.log"; fail "desktop-file-validate"; }
[ ! -s "$out/desktop.log" ] || { cat "$out/desktop.log"; fail "desktop-file-validate printed hints"; }
appstreamcli validate --no-net "$out/root/usr/share/metainfo/org.eucora.Console.metainfo.xml" \
    || fail "appstreamcli validate"
grep -q '<svg' "$out/root/usr/share/icons/hicolor/scalable/apps/org.eucora.Console.svg" || fail "icon is not SVG"
# Read whole before grep -q looks: an early grep exit would cut the program off (SIGPIPE) and,
# with pipefail, fail a program that ran fine.
version=$("$out/root/usr/bin/eucora-devplane" --version) || fail "packaged devplane does not run"
grep -q "eucora-devplane" <<<"$version" || fail "packaged devplane does not say its name"
help=$("$out/root/usr/bin/eucora-ctl" --help) || fail "packaged eucora-ctl does not run"
grep -q "5  outcome unknown" <<<"$help" || fail "packaged eucora-ctl --help lacks the exit codes"
echo "1 passed, 0 failed"
