#!/usr/bin/env python3
"""Reads the container image tarball that `mvn -Pimage package` writes (Docker's archive format: manifest.json,
the config, gzipped layers) and checks what it promises: every layer is the one the config names, the entrypoint
starts the jlinked Java with the shared JVM options, the service's class-data archive and its class path, the user
is not root and is known to /etc/passwd, both ports are exposed, the data directory is a volume the user can
write, and every file the entrypoint and the class path name is in the image. What the archive needs to map (see
bootstrap/src/image/class-data-archive.sh): the working directory is /, the class path names every jar of the
image, each with Jib's fixed modification time. The archive, and the runtime's own ones under it, sit in layers
other than the runtime's: each build writes them anew, and the runtime's layer stays the same from build to build.
Prints the layers and writes what .ci/image-check.sh needs to run the image (entrypoint, user, environment) as
JSON.

Usage: image-inspect.py IMAGE_TAR JVM_OPTIONS RUN_PLAN_JSON
"""
import gzip
import hashlib
import io
import json
import posixpath
import stat
import sys
import tarfile
import zipfile

MAIN_CLASS = "dev.corpora.bootstrap.Application"
ARCHIVE = "/app/corpora.jsa"
# the runtime's own archives (the service's archive builds on the first): Java 17 does not write them the same way
# twice
JDK_ARCHIVES = ["/opt/java/lib/server/classes.jsa", "/opt/java/lib/server/classes_nocoops.jsa"]
CLASS_PATH_FILE = "/app/corpora.classpath"
EXPECTED_ENTRYPOINT = ["/opt/java/bin/java", "@/app/jvm.options", "-XX:SharedArchiveFile=" + ARCHIVE, "-cp",
                       "@" + CLASS_PATH_FILE, MAIN_CLASS]
EXPECTED_PORTS = {"8080/tcp", "8081/tcp"}
# Jib's EPOCH_PLUS_SECOND, which the archive's training run gives the jars it stages
JAR_MODIFICATION_TIME = 1
SERVICE_MODULES = ["corpora-api-spec", "corpora-domain", "corpora-application", "corpora-adapters-rest",
                   "corpora-adapters-persistence"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def image_path(name):
    return posixpath.normpath("/" + name)


def read_layers(image, layer_names):
    """The image's file system, as the layers build it up: path -> (tar entry, layer index, content of small files
    and of the service's own jar)."""
    files = {}
    for index, name in enumerate(layer_names):
        with tarfile.open(fileobj=gzip.GzipFile(fileobj=image.extractfile(name)), mode="r|") as layer:
            for entry in layer:
                path = image_path(entry.name)
                check(not posixpath.basename(path).startswith(".wh."),
                      f"layer {index} has a whiteout, {path}: the check unpacks layers without applying them")
                readable = entry.size < 65536 or path.startswith("/app/classpath/")
                content = layer.extractfile(entry).read() if entry.isfile() and readable else None
                files[path] = (entry, index, content)
    return files


def diff_id(image, name):
    digest = hashlib.sha256()
    with gzip.GzipFile(fileobj=image.extractfile(name)) as layer:
        for block in iter(lambda: layer.read(1 << 20), b""):
            digest.update(block)
    return "sha256:" + digest.hexdigest()


def text_of(files, path):
    return files[path][2].decode("utf-8") if path in files and files[path][2] is not None else None


def has_class(files, jar, class_name):
    content = files.get(jar, (None, None, None))[2]
    if content is None:
        return False
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return class_name.replace(".", "/") + ".class" in archive.namelist()


def main(tarball, jvm_options, plan_path):
    with tarfile.open(tarball) as image:
        manifests = json.load(image.extractfile("manifest.json"))
        check(len(manifests) == 1, f"manifest.json lists {len(manifests)} images, not one")
        manifest = manifests[0]
        check("corpora:latest" in manifest.get("RepoTags", []), f"the image is not tagged corpora:latest: {manifest}")
        config = json.load(image.extractfile(manifest["Config"]))
        layer_names = manifest["Layers"]

        diff_ids = config["rootfs"]["diff_ids"]
        check(len(diff_ids) == len(layer_names),
              f"the config names {len(diff_ids)} layers, the manifest {len(layer_names)}")
        for index, (name, expected) in enumerate(zip(layer_names, diff_ids)):
            check(diff_id(image, name) == expected, f"layer {index} ({name}) is not the layer the config names")
        files = read_layers(image, layer_names)
        sizes = [image.getmember(name).size for name in layer_names]

    check(config.get("os") == "linux" and config.get("architecture") == "amd64",
          f"the image is for {config.get('os')}/{config.get('architecture')}, not linux/amd64")
    container = config["config"]
    entrypoint = container.get("Entrypoint") or []
    check(entrypoint == EXPECTED_ENTRYPOINT, f"the entrypoint is {entrypoint}, not {EXPECTED_ENTRYPOINT}")
    check(not container.get("Cmd"), f"the image has a Cmd, {container.get('Cmd')}: nothing should follow the main class")
    check(container.get("WorkingDir") == "/",
          f"the working directory is {container.get('WorkingDir')}, not /, where the archive's class path leads")
    ports = set(container.get("ExposedPorts") or {})
    check(ports == EXPECTED_PORTS, f"the image exposes {sorted(ports)}, not {sorted(EXPECTED_PORTS)}")

    environment = dict(variable.split("=", 1) for variable in container.get("Env") or [])
    data_dir = environment.get("CORPORA_DATA_DIR")
    check(data_dir == "/data", f"CORPORA_DATA_DIR is {data_dir}, not /data")
    check(environment.get("LANG") == "C.UTF-8", f"LANG is {environment.get('LANG')}, not C.UTF-8")
    check(data_dir in (container.get("Volumes") or {}), f"{data_dir} is not a volume: {container.get('Volumes')}")

    user = container.get("User") or ""
    uid, _, gid = user.partition(":")
    check(uid.isdigit() and gid.isdigit(), f"the user is '{user}', not a numeric uid:gid (Kubernetes' runAsNonRoot "
                                           "can only check a number)")
    check(uid.isdigit() and int(uid) != 0, f"the image runs as root ('{user}')")
    passwd = text_of(files, "/etc/passwd") or ""
    check(any(line.split(":")[2:4] == [uid, gid] for line in passwd.splitlines() if line.count(":") >= 3),
          f"/etc/passwd has no user {uid} in group {gid}")

    for directory in (data_dir, "/tmp"):
        entry = files.get(directory, (None,))[0]
        if check(entry is not None and entry.isdir(), f"{directory} is not a directory in the image"):
            writable = entry.mode & stat.S_IWOTH or (str(entry.uid) == uid and entry.mode & stat.S_IWUSR)
            check(writable, f"user {uid} cannot write {directory} (mode {oct(entry.mode)}, owner {entry.uid})")

    def executable(path):
        entry = files.get(path, (None,))[0]
        return entry is not None and entry.isfile() and entry.mode & stat.S_IXOTH

    check(executable(entrypoint[0] if entrypoint else ""), f"{entrypoint[:1]} is not an executable in the image")
    check(executable("/lib64/ld-linux-x86-64.so.2"), "the dynamic loader /lib64/ld-linux-x86-64.so.2 is missing")
    check("/opt/java/lib/server/libjvm.so" in files, "the runtime has no lib/server/libjvm.so")
    for argument in entrypoint:
        if argument.startswith("@"):
            check(argument[1:] in files, f"the entrypoint reads {argument[1:]}, which is not in the image")
    with open(jvm_options, "rb") as options:
        check(files.get("/app/jvm.options", (None, None, None))[2] == options.read(),
              f"/app/jvm.options is not {jvm_options}")

    class_path = (text_of(files, CLASS_PATH_FILE) or "").strip().split(":")
    missing = [element for element in class_path if element not in files]
    check(not missing, f"the class path names what the image lacks: {missing}")
    image_jars = [path for path, (entry, _, _) in files.items()
                  if entry.isfile() and path.startswith(("/app/classpath/", "/app/libs/"))]
    check(sorted(class_path) == sorted(image_jars),
          f"the class path does not name the image's jars, each once: only in the class path "
          f"{sorted(set(class_path) - set(image_jars))}, only in the image {sorted(set(image_jars) - set(class_path))}")
    stamped = [path for path in image_jars if files[path][0].mtime != JAR_MODIFICATION_TIME]
    check(not stamped, f"these jars' modification time is not {JAR_MODIFICATION_TIME}, which the archive expects: "
                       f"{stamped}")
    service_jar = class_path[0] if class_path else ""
    check(service_jar.startswith("/app/classpath/") and has_class(files, service_jar, MAIN_CLASS),
          f"{MAIN_CLASS} is not in the first jar of the class path, {service_jar}")
    jars = [posixpath.basename(element) for element in class_path]
    for module in SERVICE_MODULES:
        check(any(jar.startswith(module + "-") for jar in jars), f"{module} is not on the class path")
    runtime_layer = files.get("/opt/java/lib/server/libjvm.so", (None, None))[1]
    for archive in JDK_ARCHIVES + [ARCHIVE]:
        if check(archive in files and files[archive][0].isfile(), f"{archive} is not in the image"):
            check(files[archive][1] != runtime_layer,
                  f"{archive} is in the runtime's layer, which would then change with every build")

    print(f"{len(layer_names)} layers, {sum(sizes) / 1e6:.1f} MB compressed:")
    history = [step for step in config.get("history", []) if not step.get("empty_layer")]
    for index, size in enumerate(sizes):
        comment = history[index].get("comment", "") if index < len(history) else ""
        count = sum(1 for entry, layer, _ in files.values() if layer == index and entry.isfile())
        print(f"  {index}: {size / 1e6:6.1f} MB  {count:4d} files  {comment}")
    print(f"entrypoint {' '.join(entrypoint)}; user {user}; ports {', '.join(sorted(ports))}; "
          f"{len(class_path)} class path entries")

    if failures:
        for failure in failures:
            print("FAIL: " + failure, file=sys.stderr)
        return 1
    with open(plan_path, "w") as plan:
        json.dump({"entrypoint": entrypoint, "user": user,
                   "env": container.get("Env") or []}, plan, indent=2)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
