#!/usr/bin/env bash
# Installs a package built by installer/build.sh the way staff do, then checks the installed application:
# it starts and shows its window, and from its second start on it loads its classes from the AOT cache
# (the first start puts back the jar times an installer may have changed). The release workflow runs it.
#
#   installer/check-installed.sh target/installer/dist/ccr-office_1.0.0_amd64.deb   (Linux, as root or with sudo)
#   installer/check-installed.sh target/installer/dist/ccr-office-1.0.0-macos-aarch64.dmg   (macOS)
#
# On Linux the package stays installed (remove it with: apt-get remove ccr-office); on macOS the
# application is copied out of the disk image into a temporary folder, as Finder copies it to Applications.
set -euo pipefail
source "$(dirname "$0")/common.sh"

package=${1:?"usage: $0 PACKAGE (.deb or .dmg)"}
[ -f "$package" ] || die "no such package: $package"
scratch=$(mktemp -d)
mounted=
cleanup() {
  [ -n "$mounted" ] && hdiutil detach -quiet "$mounted" || true
  rm -rf "$scratch"
}
trap cleanup EXIT

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

case "$package" in
  *.deb)
    log "Installing $package"
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(cd "$(dirname "$package")" && pwd)/$(basename "$package")" >/dev/null
    launcher="/opt/ccr-office/bin/$APP_NAME"
    ;;
  *.dmg)
    log "Copying the application out of $package"
    mounted=$scratch/volume
    hdiutil attach -quiet -nobrowse -readonly -mountpoint "$mounted" "$package"
    mkdir -p "$scratch/Applications"
    ditto "$mounted/$APP_NAME.app" "$scratch/Applications/$APP_NAME.app"
    hdiutil detach -quiet "$mounted"
    mounted=
    launcher="$scratch/Applications/$APP_NAME.app/Contents/MacOS/$APP_NAME"
    ;;
  *) die "expected a .deb or a .dmg: $package" ;;
esac

[ -x "$launcher" ] || die "no launcher at $launcher"
log "First start of $launcher"
start_once "$launcher" "$scratch/first-start.log"
sleep 2 # the first start restores the jar times in the background
log "Second start, with the AOT cache required"
check_launcher_uses_aot_cache "$launcher" "$scratch/second-start.log"
log "The installed application starts, with its AOT cache"
