#!/usr/bin/env bash
# The task staff do most, as a whole process, beside the peer they would use instead:
#   ccr-office   java -jar target/ccr-office.jar export registrations --event ID --format xlsx (JVM start included)
#   libreoffice  soffice --headless --convert-to xlsx of the same rows, exported once to CSV by the application
# on the largest event (most places taken) of a scale-50 demo database (100,000 registrations over 50 events).
# Each run is timed with /usr/bin/time (elapsed seconds); the two take turns after one unrecorded round (the
# first soffice start makes its profile), and the script prints each one's median, minimum and maximum and the
# ratio of the medians. The machine's load average is printed beside them: on a shared machine say so.
#
#   installer/compare-libreoffice.sh [--database FILE] [--runs N] [--jar JAR]
#
#   --database FILE  an existing scale-50 demo database (default: one made in a temporary folder with
#                    `demo-data --scale 50`, several minutes)
#   --runs N         timed runs of each (default 3)
#   --jar JAR        the application jar (default target/ccr-office.jar, made by ./mvnw package)
#
# Needs JDK 25 (JAVA_HOME, or found as the installer's scripts do), LibreOffice (soffice) and GNU time.
set -euo pipefail
source "$(dirname "$0")/common.sh"

root=$(repo_root)
database=""
runs=3
jar="$root/target/ccr-office.jar"
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift ;;
    --runs) runs=$2; shift ;;
    --jar) jar=$2; shift ;;
    *) die "unknown option $1 (see the top of $0)" ;;
  esac
  shift
done
select_jdk
java="$JAVA_HOME/bin/java"
command -v soffice >/dev/null || die "LibreOffice (soffice) is not installed"
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is not installed"
[ -f "$jar" ] || die "no $jar: build it first (./mvnw -B package -DskipTests)"

work=$(mktemp -d "${TMPDIR:-/tmp}/ccr-compare-XXXXXX")
trap 'rm -rf "$work"' EXIT
export CCR_OFFICE_HOME="$work/home"
if [ -z "$database" ]; then
  database="$work/scale50.db"
  log "making the scale-50 demo database (several minutes)"
  "$java" -jar "$jar" --database "$database" demo-data --scale 50 >/dev/null
fi
[ -f "$database" ] || die "no database $database"

# The largest event: most places taken (8th column of `list events`).
event=$("$java" -jar "$jar" --database "$database" list events | sort -t $'\t' -k8,8nr | head -1 | cut -f1)
[ -n "$event" ] || die "no event in $database"
"$java" -jar "$jar" --database "$database" export registrations --event "$event" --format csv \
  --output "$work/registrations.csv" >/dev/null
rows=$(($(wc -l <"$work/registrations.csv") - 1))
log "event $event: $rows registrations"

profile="file://$work/soffice-profile"
ours() {
  /usr/bin/time -f %e -o "$work/elapsed" "$java" -jar "$jar" --database "$database" export registrations \
    --event "$event" --format xlsx --output "$work/ours.xlsx" >/dev/null
  cat "$work/elapsed"
}
theirs() {
  /usr/bin/time -f %e -o "$work/elapsed" soffice "-env:UserInstallation=$profile" --headless \
    --convert-to xlsx --outdir "$work/libreoffice" "$work/registrations.csv" >/dev/null 2>&1
  [ -s "$work/libreoffice/registrations.xlsx" ] || die "LibreOffice made no xlsx"
  cat "$work/elapsed"
}

ours >/dev/null
theirs >/dev/null
ours_times=()
theirs_times=()
for _ in $(seq "$runs"); do
  ours_times+=("$(ours)")
  theirs_times+=("$(theirs)")
done

summary() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "%.2f %.2f %.2f", m, v[1], v[NR] }'; }
read -r ours_median ours_min ours_max <<<"$(summary "${ours_times[@]}")"
read -r theirs_median theirs_min theirs_max <<<"$(summary "${theirs_times[@]}")"
echo "rows: $rows (event $event), runs: $runs each, load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "ccr-office export xlsx (whole process): median ${ours_median} s (min ${ours_min}, max ${ours_max})"
echo "libreoffice csv -> xlsx (whole process): median ${theirs_median} s (min ${theirs_min}, max ${theirs_max})"
awk -v a="$ours_median" -v b="$theirs_median" 'BEGIN { printf "ratio ccr-office / libreoffice: %.2f (target: at most 0.33)\n", a / b }'
