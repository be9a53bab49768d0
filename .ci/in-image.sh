#!/usr/bin/env bash
# Runs a command in the container image unpacked at ROOT (.ci/unpack-image.sh) as a container runtime would: in a
# mount namespace of its own with /proc and /dev mounted, as USER, in the environment it is given. Without /dev,
# Java would seed its SecureRandom from the timing of threads, seconds at each start. When CORPORA_DATA_DIR names
# a host folder rather than the image's /data, that folder is mounted as /data, the image's volume. Every step
# replaces the one before (exec), so the command keeps this script's process id: the caller reads its user, CPU
# and memory, signals it and waits for its exit status. Needs root, for unshare, mount and chroot.
# Usage: in-image.sh ROOT USER COMMAND...   (.ci/image-check.sh and bench/startup run it)
set -euo pipefail
root="$(cd "$1" && pwd)"
user="$2"
shift 2
data="${CORPORA_DATA_DIR:-/data}"
if [ "$data" != /data ]; then
  chmod 777 "$data"
  export CORPORA_DATA_DIR=/data
fi
mkdir -p "$root/proc" "$root/dev"
# shellcheck disable=SC2016 # the inner script's variables are its own
exec unshare --mount bash -c '
  mount -t proc proc "$1/proc" && mount --rbind /dev "$1/dev" && { [ "$2" = /data ] || mount --bind "$2" "$1/data"; } &&
  exec chroot --userspec="$3" "$1" "${@:4}"' in-image "$root" "$data" "$user" "$@"
