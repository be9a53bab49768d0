#!/usr/bin/env bash
# Gives the container image the service's own class-data archive, as the README's command has one: writes
# corpora.classpath (the class path the entrypoint reads) and corpora.jsa, for the image's /app, from a training
# run (src/main/jvm/TrainingRun.java) of the image's own runtime on the image's own layout.
#
# Java 17 maps an archive only where its class path names the same files, unchanged since (size and modification
# time), and it cannot archive classes from a directory, which Jib's default layout uses. So the image takes the
# jars as they are (Jib's packaged mode: this module's jar in /app/classpath, the dependencies' jars in /app/libs,
# every file's time set to 1970-01-01T00:00:01), and the training run sees the same jars, with the same times,
# staged under a folder in the same layout, started from that folder with the class path relative to it. The
# image's working directory is /, where the same relative names lead to the image's jars.
# Usage: class-data-archive.sh JAVA_HOME RUNTIME JAR RUNTIME_CLASSPATH STAGING OUTPUT JVM_OPTIONS TRAINING_RUN
#          MAIN_CLASS   (the image profile of bootstrap/pom.xml runs it, after build-root.sh; see the README)
#   JAVA_HOME          a JDK to run the training run's source file with (the image's runtime has no compiler)
#   RUNTIME            the image's Java runtime, as build-root.sh made it (its opt/java)
#   JAR                this module's jar, as Jib puts it in /app/classpath
#   RUNTIME_CLASSPATH  a file holding the dependencies' jars, in order, separated by ':'
#                      (dependency:build-classpath at runtime scope), as Jib puts them in /app/libs
#   STAGING            a folder to stage the jars in, emptied first
#   OUTPUT             the folder to write corpora.classpath and corpora.jsa in, emptied first
set -euo pipefail
java_home="$1"
runtime="$(cd "$2" && pwd)/bin/java"
jar="$3"
runtime_classpath="$4"
staging="$5"
output="$6"
jvm_options="$7"
training_run="$8"
main_class="$9"

rm -rf "$staging" "$output"
mkdir -p "$staging/app/classpath" "$staging/app/libs" "$output"
cp "$jar" "$staging/app/classpath/"
class_path=("app/classpath/$(basename "$jar")")
mapfile -t dependencies < <(tr ':' '\n' < "$runtime_classpath")
for dependency in "${dependencies[@]}"; do
  name=$(basename "$dependency")
  if [ -e "$staging/app/libs/$name" ]; then
    # Jib would rename one of the two, and the class path below would not name it
    echo "two dependencies' jars are both named $name: the image's class path cannot name them apart" >&2
    exit 1
  fi
  cp "$dependency" "$staging/app/libs/$name"
  class_path+=("app/libs/$name")
done
# the time Jib gives every file of the image (<filesModificationTime> in bootstrap/pom.xml)
find "$staging/app" -type f -exec touch -d @1 {} +
join() { local IFS=:; echo "$*"; }
# the image names the jars from /, the training run from the staging folder
join "${class_path[@]/#//}" > "$output/corpora.classpath"

archive="$(cd "$output" && pwd)/corpora.jsa"
cd "$staging"
"$java_home/bin/java" "$training_run" "$archive" "$runtime" "@$jvm_options" "-XX:ArchiveClassesAtExit=$archive" \
  -cp "$(join "${class_path[@]}")" "$main_class"
