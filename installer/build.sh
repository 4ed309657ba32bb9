#!/usr/bin/env bash
# Builds CCR Office's installers for the system it runs on (installer/README.md):
#   Linux: the application image as a .tar.gz and a .deb package; macOS: a .dmg.
# (Windows: installer/build.ps1, the same steps.)
#
#   installer/build.sh [--skip-maven] [--image-only]
#
#   --skip-maven  reuse target/ccr-office.jar and target/lib from an earlier ./mvnw package or verify
#   --image-only  stop after the trained application image (target/installer/image), build no package
#
# Steps: package the jar; link a Java runtime holding the JDK modules the application needs and JavaFX
# (jdeps + jlink); lay out the application image (jpackage); train the AOT cache on that very image;
# check that the launcher accepts the cache; make the packages from the image (target/installer/dist).
set -euo pipefail
source "$(dirname "$0")/common.sh"

skip_maven=false
image_only=false
for argument in "$@"; do
  case "$argument" in
    --skip-maven) skip_maven=true ;;
    --image-only) image_only=true ;;
    *) die "unknown option $argument (see the top of $0)" ;;
  esac
done

root=$(repo_root)
cd "$root"
select_jdk
os=$(host_os)
work=$root/target/installer
log "JDK: $JAVA_HOME"

# Modules jdeps cannot see because they are found at run time: locale data (French formats, collation),
# extra character sets, the zip file system, and sun.misc.Unsafe for the libraries that still use it.
readonly SERVICE_MODULES=jdk.localedata,jdk.charsets,jdk.zipfs,jdk.unsupported

build_jar() {
  if $skip_maven; then
    [ -f target/ccr-office.jar ] && [ -d target/lib ] || die "--skip-maven: run ./mvnw package first"
  else
    log "Maven package"
    ./mvnw -B -q package -DskipTests
  fi
}

app_version() {
  local version=${CCR_OFFICE_VERSION:-$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)}
  version=${version%-SNAPSHOT}
  [[ $version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version '$version' is not numeric (1 to 3 numbers)"
  if [ "$os" = macos ] && [[ $version == 0* ]]; then
    die "macOS refuses a version starting with 0 ($version): release as 1.0.0 or later"
  fi
  echo "$version"
}

# The JavaFX jars with native code for this system (javafx-controls-25.0.4-linux.jar ...). Maven also
# copies empty jars without a classifier (javafx-controls-25.0.4.jar): those are skipped.
javafx_jars() {
  local jar name
  for jar in target/lib/javafx-*.jar; do
    name=$(basename "$jar" .jar)
    [[ $name =~ ^javafx-[a-z]+-[0-9][0-9.]*$ ]] || echo "$jar"
  done
}

stage_input() {
  log "Staging the jars (JavaFX goes into the runtime, not on the class path)"
  rm -rf "$work/input"
  mkdir -p "$work/input/lib"
  cp target/ccr-office.jar "$work/input/"
  local jar
  for jar in target/lib/*.jar; do
    case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$work/input/lib/" ;; esac
  done
}

link_runtime() {
  local fx_jars fx_modules jdk_modules
  fx_jars=$(javafx_jars | paste -sd: -)
  [ -n "$fx_jars" ] || die "no platform JavaFX jars in target/lib"
  fx_modules=$(javafx_jars | sed -E 's|.*/javafx-([a-z]+)-.*|javafx.\1|' | paste -sd, -)
  log "jdeps: which JDK modules the application uses"
  jdk_modules=$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
    --class-path "$work/input/lib/*:$fx_jars" target/ccr-office.jar)
  log "jlink: $jdk_modules,$SERVICE_MODULES,$fx_modules"
  rm -rf "$work/runtime"
  "$JAVA_HOME/bin/jlink" --module-path "$fx_jars" \
    --add-modules "$jdk_modules,$SERVICE_MODULES,$fx_modules" \
    --strip-debug --no-header-files --no-man-pages --compress zip-6 --generate-cds-archive \
    --output "$work/runtime" >/dev/null
}

make_image() {
  local version=$1
  log "jpackage: application image $version"
  rm -rf "$work/image"
  "$JAVA_HOME/bin/jpackage" --type app-image @installer/jpackage/app-image.args @"installer/$os/app-image.args" \
    --app-version "$version" --java-options "-Dccr.office.jarTime=$JAR_TIME_EPOCH" \
    --input "$work/input" --runtime-image "$work/runtime" --dest "$work/image"
}

# The training run: the application opens its main window on an empty data folder and quits
# (ccr.office.exitAfterStartup); the JVM records what it loaded and writes the cache beside the jars.
# Same runtime, same class path, same options as the launcher, or the cache would be refused.
train_aot_cache() {
  local image=$1 app_dir java data
  app_dir=$(image_app_dir "$image")
  java=$(image_java "$image")
  find "$app_dir" -name '*.jar' -exec env TZ=UTC touch -m -t "$JAR_TIME_TOUCH" {} +
  read_launcher_config "$app_dir"
  data=$(mktemp -d)
  log "AOT cache: training run"
  CCR_OFFICE_HOME=$data with_display "$java" "${LAUNCHER_JAVA_OPTIONS[@]}" \
    -XX:AOTCacheOutput="$app_dir/$AOT_CACHE_FILE" -D$EXIT_AFTER_STARTUP=true \
    -cp "$LAUNCHER_CLASS_PATH" "$LAUNCHER_MAIN_CLASS" > "$work/training.log" 2>&1 \
    || { cat "$work/training.log" >&2; die "the training run failed"; }
  rm -rf "$data"
  [ -s "$app_dir/$AOT_CACHE_FILE" ] || { cat "$work/training.log" >&2; die "the training run wrote no cache"; }
  log "AOT cache: $(du -h "$app_dir/$AOT_CACHE_FILE" | cut -f1)"
}

check_aot_cache() {
  log "AOT cache: checking that the launcher uses it"
  check_launcher_uses_aot_cache "$(image_launcher "$1")" "$work/aot-check.log"
}

# jpackage signed the bundle ad hoc; the cache added afterwards must be sealed in again.
reseal_macos_bundle() {
  local image=$1
  codesign --force --deep --sign - "$image"
  codesign --verify --deep --strict "$image"
}

linux_resources() {
  rm -rf "$work/linux-resources"
  mkdir -p "$work/linux-resources"
  sed "s/CCR_JAR_TIME_EPOCH/$JAR_TIME_EPOCH/" installer/linux/resources/postinst > "$work/linux-resources/postinst"
  # The menu entry's icon: jpackage takes it from the resource folder, named after the launcher.
  cp assets/icon/png/ccr-office-256.png "$work/linux-resources/$APP_NAME.png"
  echo "$work/linux-resources"
}

package() {
  local image=$1 version=$2 arch
  arch=$(host_arch)
  rm -rf "$work/dist"
  mkdir -p "$work/dist"
  case "$os" in
    linux)
      log "Application image archive"
      tar -C "$(dirname "$image")" -czf "$work/dist/ccr-office-$version-linux-$arch.tar.gz" "$(basename "$image")"
      log "jpackage: .deb"
      "$JAVA_HOME/bin/jpackage" --type deb @installer/jpackage/package.args @installer/linux/deb.args \
        --resource-dir "$(linux_resources)" --app-image "$image" --app-version "$version" --dest "$work/dist"
      ;;
    macos)
      log "jpackage: .dmg"
      "$JAVA_HOME/bin/jpackage" --type dmg @installer/jpackage/package.args @installer/macos/dmg.args \
        --app-image "$image" --app-version "$version" --dest "$work/dist"
      for dmg in "$work"/dist/*.dmg; do mv "$dmg" "$work/dist/ccr-office-$version-macos-$arch.dmg"; done
      ;;
  esac
  ls -l "$work/dist" >&2
}

build_jar
version=$(app_version)
stage_input
link_runtime
make_image "$version"
image=$(image_root "$work/image")
train_aot_cache "$image"
[ "$os" = macos ] && reseal_macos_bundle "$image"
check_aot_cache "$image"
log "Application image: $image"
$image_only || package "$image" "$version"
