#!/usr/bin/env bash
# Proof that the packaged application starts (run by .ci/run and by the release workflow on Linux):
# builds the Linux application image with its AOT cache, starts its launcher under Xvfb on an empty data
# folder, waits for the window titled "CCR Office", takes a screenshot (target/installer/smoke-test.png)
# and checks that the window is there and the picture is not blank. Exits non-zero on any failure.
#
#   installer/smoke-test.sh [--skip-maven] [--reuse-image]
#
#   --skip-maven   reuse target/ccr-office.jar and target/lib (after ./mvnw verify, as in .ci/run)
#   --reuse-image  reuse target/installer/image as it is (after installer/build.sh)
#
# Installs Xvfb, GTK 3, xdotool and ImageMagick with apt-get when they are missing and it runs as root.
set -euo pipefail
source "$(dirname "$0")/common.sh"

readonly WINDOW_TIMEOUT_SECONDS=120
build_options=(--image-only)
reuse_image=false
for argument in "$@"; do
  case "$argument" in
    --skip-maven) build_options+=(--skip-maven) ;;
    --reuse-image) reuse_image=true ;;
    *) die "unknown option $argument (see the top of $0)" ;;
  esac
done

root=$(repo_root)
cd "$root"
[ "$(host_os)" = linux ] || die "smoke-test.sh runs on Linux"
screenshot=$root/target/installer/smoke-test.png
window_shot=$root/target/installer/smoke-test-window.png

install_missing_tools() {
  local missing=()
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xvfb-run >/dev/null && command -v xauth >/dev/null || missing+=(xvfb xauth)
  command -v xdotool >/dev/null || missing+=(xdotool)
  command -v xwininfo >/dev/null || missing+=(x11-utils)
  command -v import >/dev/null && [ -x /usr/bin/convert ] || missing+=(imagemagick)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || die "missing: ${missing[*]} (install them with apt-get)"
  log "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_missing_tools
select_jdk
image=$(image_root "$root/target/installer/image")
if $reuse_image && [ -x "$(image_launcher "$image")" ]; then
  log "Reusing $image"
else
  bash installer/build.sh "${build_options[@]}"
fi

data=$(mktemp -d)
app_log=$root/target/installer/smoke-test-app.log
xvfb_pid=
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

for number in $(seq 90 140); do
  [ -e "/tmp/.X$number-lock" ] || { display=:$number; break; }
done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || die "Xvfb did not start on $display"

log "Starting $(image_launcher "$image") on $display with an empty data folder"
CCR_OFFICE_HOME=$data "$(image_launcher "$image")" > "$app_log" 2>&1 &
app_pid=$!

window=
for _ in $(seq $((WINDOW_TIMEOUT_SECONDS * 2))); do
  kill -0 "$app_pid" 2>/dev/null || { cat "$app_log" >&2; die "the application exited before showing its window"; }
  window=$(xdotool search --onlyvisible --name "$APP_NAME" 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || { cat "$app_log" >&2; die "no visible window titled \"$APP_NAME\" after $WINDOW_TIMEOUT_SECONDS s"; }
title=$(xdotool getwindowname "$window")
log "Window $window: \"$title\""

sleep 3 # let the first screen finish drawing
kill -0 "$app_pid" 2>/dev/null || { cat "$app_log" >&2; die "the application exited after showing its window"; }
import -window root "$screenshot"
import -window "$window" "$window_shot"

read -r width height <<< "$(xwininfo -id "$window" | awk '/^ *Width:/ { w = $2 } /^ *Height:/ { h = $2 } END { print w, h }')"
colours=$(convert "$window_shot" -format '%k' info:)
log "Window ${width}x${height} with $colours colours; screenshot $screenshot"
[ "$width" -ge 400 ] && [ "$height" -ge 300 ] || die "the window is too small: ${width}x${height}"
[ "$colours" -ge 16 ] || die "the window is blank ($colours colours)"
if grep -q 'Exception' "$app_log"; then
  cat "$app_log" >&2
  die "the application logged an exception while starting"
fi
log "Smoke test passed: the packaged application shows its window"
