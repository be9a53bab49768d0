#!/usr/bin/env bash
# Builds the file system the container image puts under the application, in place of a base image (the image
# starts FROM scratch, so building it needs no registry): a Java runtime jlinked from JAVA_HOME's jmods, the
# shared libraries that runtime loads, copied from this host, the C.UTF-8 locale, a non-root user (65532,
# "corpora") and the two directories the service writes, /data and /tmp. Linux with glibc only.
# Usage: build-root.sh JAVA_HOME OUTPUT_DIR   (the image profile of bootstrap/pom.xml runs it; see the README)
set -euo pipefail
java_home="$1"
root="$2"
runtime="$root/opt/java"

if [ ! -d "$java_home/jmods" ]; then
  echo "$java_home has no jmods: the image needs a JDK with its jmods (Debian: openjdk-17-jdk-headless)" >&2
  exit 1
fi

# What the service loads, found with jdeps on bootstrap/target/corpora.jar: JDBC with Hikari, which needs JNDI's
# classes; Logback's XML configuration; JMX and com.sun.management for the metrics; Micronaut and Netty's
# flight-recorder events; Micronaut reading its service files from jars through the zip file system;
# sun.misc.Unsafe for Netty and sun.misc.Signal for the SIGTERM handler; elliptic-curve TLS and JWT keys. Without
# java.naming or jdk.zipfs the service does not start, without jdk.jfr every request fails (.ci/image-check.sh
# would fail). Left out, though jdeps names them: H2's Java triggers and profiler, PostgreSQL's Kerberos login,
# Jackson's java.beans hints.
modules=java.base,java.logging,java.management,java.naming,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.management
modules=$modules,jdk.unsupported,jdk.zipfs

rm -rf "$root"
mkdir -p "$root/opt"
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$runtime"

# Jib drops symbolic links: the modules' legal notices link to java.base's, so they become copies.
find "$runtime" -type l | while read -r link; do
  cp --remove-destination "$(readlink -f "$link")" "$link"
done

# Every library the runtime's programs and libraries need, at the path this host's loader found it (the loader
# itself at the path the programs name). libjvm.so is the runtime's own, loaded by libjli.
libraries=$(
  for elf in "$runtime"/bin/* "$runtime"/lib/*.so "$runtime"/lib/server/*.so "$runtime"/lib/jspawnhelper; do
    LD_LIBRARY_PATH="$runtime/lib/server:$runtime/lib" ldd "$elf"
  done
)
if grep -q "not found" <<< "$libraries"; then
  echo "a library the runtime needs is missing on this host:" >&2
  grep "not found" <<< "$libraries" | sort -u >&2
  exit 1
fi
awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' <<< "$libraries" | sort -u |
  while read -r library; do
    case "$library" in
      "$runtime"/*) ;;
      *) mkdir -p "$root$(dirname "$library")" && cp -L "$library" "$root$library" ;;
    esac
  done

# Java takes its default encoding, and that of file names, from the locale: without a UTF-8 one it is ASCII.
mkdir -p "$root/usr/lib/locale"
cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"

mkdir -p "$root/etc" "$root/data" "$root/tmp"
cat > "$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
corpora:x:65532:65532:corpora:/data:/sbin/nologin
EOF
cat > "$root/etc/group" <<'EOF'
root:x:0:
corpora:x:65532:
EOF
# glibc's default without this file asks DNS for a host name before /etc/hosts, even for localhost
cat > "$root/etc/nsswitch.conf" <<'EOF'
passwd: files
group: files
hosts: files dns
EOF
