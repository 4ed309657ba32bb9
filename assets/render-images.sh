#!/usr/bin/env bash
# Renders the images from their SVG sources: the application icon (PNG sizes, the Windows .ico, the macOS
# .icns, and the copies the JavaFX window uses in src/main/resources/ca/ccrweb/office/icons). Run it after
# editing an SVG and commit what it writes.
# Needs rsvg-convert (librsvg2-bin), ImageMagick and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/icon"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" ccr-office.svg --output "png/ccr-office-$size.png"
done

convert png/ccr-office-{16,24,32,48,64,128,256}.png ccr-office.ico
png2icns ccr-office.icns png/ccr-office-{16,32,48,128,256,512,1024}.png >/dev/null

resources=../../src/main/resources/ca/ccrweb/office/icons
mkdir -p "$resources"
for size in 16 32 64 256; do
  cp "png/ccr-office-$size.png" "$resources/ccr-office-$size.png"
done

