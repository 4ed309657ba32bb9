# Shared by installer/build.sh, smoke-test.sh and measure-startup.sh (sourced, not run).

readonly APP_NAME="CCR Office"
readonly AOT_CACHE_FILE=ccr-office.aot
# Every jar of the application image bears this time stamp, so that the AOT cache made at build time still
# matches the jars once installed (docs/decisions/0007-installers-runtime-and-aot-cache.md). Two spellings
# of one instant: epoch seconds for Java and for the Linux package, touch -t (with TZ=UTC) for the script.
readonly JAR_TIME_EPOCH=946684800
readonly JAR_TIME_TOUCH=200001010000.00
readonly FIRST_WINDOW_SHOWN="ccr.office.startup: first window shown"
readonly WINDOW_CONTENT_REPLACED="ccr.office.startup: window content replaced"
readonly EXIT_AFTER_STARTUP=ccr.office.exitAfterStartup

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

log() { printf '[installer] %s\n' "$*" >&2; }
die() { printf '[installer] error: %s\n' "$*" >&2; exit 1; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# Selects a JDK 25 (with jlink and jpackage) into JAVA_HOME, as .ci/run does.
select_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; then
    export JAVA_HOME; return
  fi
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* \
                   /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    if [ -x "$candidate/bin/jpackage" ]; then JAVA_HOME=$candidate; export JAVA_HOME; return; fi
  done
  die "JDK 25 with jpackage is required: set JAVA_HOME to a JDK 25 installation."
}

host_os() {
  case "$(uname -s)" in
    Linux) echo linux ;;
    Darwin) echo macos ;;
    *) die "installer/build.sh builds on Linux or macOS; on Windows run installer/build.ps1" ;;
  esac
}

host_arch() {
  case "$(uname -m)" in
    x86_64 | amd64) echo x64 ;;
    aarch64 | arm64) echo aarch64 ;;
    *) uname -m ;;
  esac
}

# Paths inside the application image that jpackage lays out, per system.
image_root() { # $1 = folder holding the image
  case "$(host_os)" in
    linux) echo "$1/$APP_NAME" ;;
    macos) echo "$1/$APP_NAME.app" ;;
  esac
}
image_app_dir() {
  case "$(host_os)" in
    linux) echo "$1/lib/app" ;;
    macos) echo "$1/Contents/app" ;;
  esac
}
image_java() {
  case "$(host_os)" in
    linux) echo "$1/lib/runtime/bin/java" ;;
    macos) echo "$1/Contents/runtime/Contents/Home/bin/java" ;;
  esac
}
image_launcher() {
  case "$(host_os)" in
    linux) echo "$1/bin/$APP_NAME" ;;
    macos) echo "$1/Contents/MacOS/$APP_NAME" ;;
  esac
}

# Reads the launcher's configuration ($APPDIR/<name>.cfg) into two arrays, with $APPDIR resolved:
# LAUNCHER_JAVA_OPTIONS (without the AOT cache option), LAUNCHER_CLASS_PATH (one string) and LAUNCHER_MAIN_CLASS.
# The training run must use exactly these, or the JVM refuses the cache it makes.
read_launcher_config() { # $1 = app dir
  local app_dir=$1 line value
  LAUNCHER_JAVA_OPTIONS=()
  LAUNCHER_CLASS_PATH=
  LAUNCHER_MAIN_CLASS=
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    case "$line" in
      java-options=*)
        value=${line#java-options=}
        value=${value//\$APPDIR/$app_dir}
        case "$value" in -XX:AOTCache=*) ;; *) LAUNCHER_JAVA_OPTIONS+=("$value") ;; esac ;;
      app.classpath=*)
        value=${line#app.classpath=}
        value=${value//\$APPDIR/$app_dir}
        LAUNCHER_CLASS_PATH=${LAUNCHER_CLASS_PATH:+$LAUNCHER_CLASS_PATH:}$value ;;
      app.mainclass=*)
        LAUNCHER_MAIN_CLASS=${line#app.mainclass=} ;;
    esac
  done < "$app_dir/$APP_NAME.cfg"
  [ -n "$LAUNCHER_CLASS_PATH" ] && [ -n "$LAUNCHER_MAIN_CLASS" ] || die "no class path or main class in $app_dir/$APP_NAME.cfg"
}

# Runs a command under a virtual X display when there is no display (Linux without a desktop, CI).
with_display() {
  if [ "$(host_os)" = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || die "no DISPLAY and no xvfb-run: apt-get install -y xvfb xauth"
    xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" "$@"
  else
    "$@"
  fi
}

# Starts a launcher with the cache made mandatory (-XX:AOTMode=on: the JVM stops with an error if it cannot
# map the cache) and its class loading logged; most classes must come from the cache ("shared objects
# file"). Counting matters because JDK 25.0.0-25.0.3 accept a cache even when jars have changed.
check_launcher_uses_aot_cache() { # $1 = launcher, $2 = log file
  local launcher=$1 log_file=$2 data total shared
  data=$(mktemp -d)
  CCR_OFFICE_HOME=$data JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:class+load=info -D$EXIT_AFTER_STARTUP=true" \
    with_display "$launcher" > "$log_file" 2>&1 \
    || { tail -40 "$log_file" >&2; rm -rf "$data"; die "$launcher does not accept its AOT cache"; }
  rm -rf "$data"
  total=$(grep -c '\[class,load\]' "$log_file" || true)
  shared=$(grep -c '\[class,load\].*source: shared objects file' "$log_file" || true)
  log "AOT cache: $shared of $total classes loaded from the cache"
  [ "$total" -gt 0 ] && [ $((shared * 100 / total)) -ge 50 ] || die "too few classes come from the AOT cache"
}

# Starts a launcher once on an empty data folder and waits until it has shown its window and quit.
start_once() { # $1 = launcher, $2 = log file
  local data
  data=$(mktemp -d)
  CCR_OFFICE_HOME=$data JAVA_TOOL_OPTIONS="-D$EXIT_AFTER_STARTUP=true" with_display "$1" > "$2" 2>&1 \
    || { tail -40 "$2" >&2; rm -rf "$data"; die "$1 failed to start"; }
  rm -rf "$data"
  grep -q "$FIRST_WINDOW_SHOWN" "$2" || { tail -40 "$2" >&2; die "$1 showed no window"; }
}
