#!/usr/bin/env bash
# Unpacks an image tarball (Docker's archive format, as `mvn -Pimage package` writes it) into ROOT as a container
# runtime would lay out its file system: the layers in the manifest's order, each file with its owner and mode.
# It applies no whiteouts (.ci/image-inspect.py fails on an image that has one). Prints the path of the image's
# config, which it leaves beside ROOT.
# Usage: unpack-image.sh IMAGE_TAR ROOT   (.ci/image-check.sh and bench/startup run it)
set -euo pipefail
tarball="$1"
root="$2"
image="$root.image"
rm -rf "$root" "$image"
mkdir -p "$root" "$image"
tar -xf "$tarball" -C "$image"
for layer in $(jq -r '.[0].Layers[]' "$image/manifest.json"); do
  tar --warning=no-unknown-keyword --same-owner --same-permissions -xzf "$image/$layer" -C "$root"
done
echo "$image/$(jq -r '.[0].Config' "$image/manifest.json")"
