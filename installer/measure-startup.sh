#!/usr/bin/env bash
# Start-up time to the first window, under Xvfb, for the figures in installer/README.md:
#   bare      a bare JavaFX window (installer/startup/BareJavaFxWindow.java) on the application's runtime
#   no-cache  the packaged application without its AOT cache (the runtime's default CDS archive only)
#   cache     the packaged application as installed, with its AOT cache
# Each run is a new process on a new, empty data folder (CCR_OFFICE_HOME), timed from just before the
# launcher starts to the line printed when the first window is shown (the application's "opening" window)
# and, for the application, to the line printed when that window's content is replaced by the main window
# (the database created and migrated). The variants take turns, after one unrecorded round; the script
# prints the median, minimum and maximum of each in milliseconds.
#
#   installer/measure-startup.sh [--runs N] [--cold]
#
#   --runs N  runs of each variant (default 5)
#   --cold    empty the operating system's file cache before every run (root, Linux), as after a reboot
#
# Needs the application image (installer/build.sh --image-only), Xvfb and GTK 3.
set -euo pipefail
source "$(dirname "$0")/common.sh"

runs=5
cold=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift ;;
    --cold) cold=true ;;
    *) die "unknown option $1 (see the top of $0)" ;;
  esac
  shift
done

root=$(repo_root)
cd "$root"
select_jdk
[ "$(host_os)" = linux ] || die "measure-startup.sh runs on Linux (Xvfb)"
image=$(image_root "$root/target/installer/image")
[ -x "$(image_launcher "$image")" ] || die "no application image: run installer/build.sh --image-only first"
command -v Xvfb >/dev/null || die "Xvfb is missing: apt-get install -y xvfb libgtk-3-0"
if $cold; then [ -w /proc/sys/vm/drop_caches ] || die "--cold needs root on Linux"; fi

scratch=$(mktemp -d)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# The same application image without the cache: only the launcher's -XX:AOTCache line differs.
without_cache=$scratch/no-cache
cp -a "$image" "$without_cache"
sed -i '/^java-options=-XX:AOTCache=/d' "$(image_app_dir "$without_cache")/$APP_NAME.cfg"
rm "$(image_app_dir "$without_cache")/$AOT_CACHE_FILE"

# The bare window, compiled against the same JavaFX the runtime holds.
fx_jars=$(ls "$root"/target/lib/javafx-*-*.jar | grep -Ev '/javafx-[a-z]+-[0-9.]+\.jar$' | paste -sd: -)
"$JAVA_HOME/bin/javac" --module-path "$fx_jars" --add-modules javafx.controls -d "$scratch/bare" \
  installer/startup/BareJavaFxWindow.java

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
sleep 1
kill -0 "$xvfb_pid" 2>/dev/null || die "Xvfb did not start on $display"

microseconds() { local t=${1/[.,]/}; echo $((10#$t)); }

# Prints the milliseconds from the start of the process to the first-window line and to the
# content-replaced line ("-" when there is none).
run_once() {
  local variant=$1 data start shown replaced line fd
  local -a command
  case "$variant" in
    bare) command=("$(image_java "$image")" --enable-native-access=javafx.graphics -cp "$scratch/bare" BareJavaFxWindow) ;;
    no-cache) command=("$(image_launcher "$without_cache")") ;;
    cache) command=("$(image_launcher "$image")") ;;
  esac
  data=$(mktemp -d)
  if $cold; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  start=$EPOCHREALTIME
  exec {fd}< <(CCR_OFFICE_HOME=$data JAVA_TOOL_OPTIONS=-D$EXIT_AFTER_STARTUP=true "${command[@]}" 2>&1)
  shown=
  replaced=
  while IFS= read -r -t 120 -u "$fd" line; do
    case "$line" in
      *"$FIRST_WINDOW_SHOWN"*) shown=$EPOCHREALTIME ;;
      *"$WINDOW_CONTENT_REPLACED"*) replaced=$EPOCHREALTIME ;;
    esac
  done
  exec {fd}<&-
  rm -rf "$data"
  [ -n "$shown" ] || die "$variant: no window was shown"
  echo "$(( ($(microseconds "$shown") - $(microseconds "$start")) / 1000 ))" \
    "$([ -n "$replaced" ] && echo $(( ($(microseconds "$replaced") - $(microseconds "$start")) / 1000 )) || echo -)"
}

statistics() { # median min max of the numbers given
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)
    printf "%d %d %d\n", m, v[1], v[NR] }'
}

variants=(bare no-cache cache)
declare -A first_window main_window
log "Warm-up round (not recorded)"
for variant in "${variants[@]}"; do run_once "$variant" >/dev/null; done
for ((round = 1; round <= runs; round++)); do
  for variant in "${variants[@]}"; do
    read -r first main <<< "$(run_once "$variant")"
    log "round $round, $variant: first window $first ms, main window $main ms"
    first_window[$variant]="${first_window[$variant]:-} $first"
    [ "$main" = - ] || main_window[$variant]="${main_window[$variant]:-} $main"
  done
done

cache_kind=$($cold && echo "cold (file cache emptied before each run)" || echo "warm file cache")
echo
echo "Time to the first window, $runs runs each, $cache_kind, $(nproc) cores, $("$(image_java "$image")" -version 2>&1 | sed -n 2p)"
echo
echo "| start-up | first window: median (min-max) | main window: median (min-max) |"
echo "|---|---:|---:|"
label() {
  case "$1" in
    bare) echo "bare JavaFX window, same runtime" ;;
    no-cache) echo "CCR Office without the AOT cache" ;;
    cache) echo "CCR Office with the AOT cache" ;;
  esac
}
summary() { # the recorded times of one variant, or nothing
  local median min max
  [ -n "$1" ] || { echo "-"; return; }
  # shellcheck disable=SC2086 # the recorded times are split on purpose
  read -r median min max <<< "$(statistics $1)"
  echo "$median ms ($min-$max)"
}
for variant in "${variants[@]}"; do
  echo "| $(label "$variant") | $(summary "${first_window[$variant]}") | $(summary "${main_window[$variant]:-}") |"
done
