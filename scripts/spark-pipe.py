#!/usr/bin/env python3
"""Run `parse --jsonl` as a Spark `rdd.pipe` stage, and check it against the binary alone.

    python3 scripts/spark-pipe.py --binary target/release/examples/parse INPUT.jsonl OUTPUT_DIR

Starts Spark (local mode by default; pyspark from PyPI and Java 17+), ships the binary to the
executors with `SparkContext.addFile` (what `spark-submit --files` does), reads INPUT into an RDD
with several partitions, pipes every partition through one `parse --jsonl` process with UTF-8 set
explicitly and exit codes checked, and writes the records to OUTPUT_DIR (`part-*` files, as
`saveAsTextFile` does). Then it runs the binary directly over the same INPUT and checks that
records in = records out, that every input id comes back exactly once, and that each record is
byte-identical to the binary's own; it prints records, errors and MB/s for both. Exit code: 0 when
every check passes, 1 otherwise.

`--api jvm` pipes with Spark's JVM `RDD.pipe` (what Scala and Java code and spark-shell call)
instead of PySpark's; `--api jvm --jvm-default-charset` pipes with the JVM's default charset and
without `-Dfile.encoding=UTF-8`: run that under `LC_ALL=C` to see Arabic turn into `?`.
"""

import argparse
import collections
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

# The child's environment. PySpark's `pipe` replaces the environment with this dict (an empty
# one when none is given); the JVM's `pipe` adds it to the executor's.
PIPE_ENV = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
UTF8_JAVA_OPTIONS = "-Dfile.encoding=UTF-8"


def parse_args():
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="See the README's 'Running on Spark' section.",
    )
    ap.add_argument("input", help='JSON Lines articles: {"id": …, "text": …} per line')
    ap.add_argument("output", help="the directory Spark writes (must not exist, see --overwrite)")
    ap.add_argument("--binary", required=True, help="the built parse example")
    ap.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    ap.add_argument(
        "--partitions", type=int, default=8, help="minimum input partitions (default: 8)"
    )
    ap.add_argument(
        "--threads",
        type=int,
        default=1,
        help="--threads of each parse process, one per task (default: 1, one core per task)",
    )
    ap.add_argument(
        "--api",
        choices=["python", "jvm"],
        default="python",
        help="PySpark's RDD.pipe (default) or the JVM's RDD.pipe, as Scala and Java call it",
    )
    ap.add_argument(
        "--jvm-default-charset",
        action="store_true",
        help="with --api jvm: pipe with the JVM's default charset, without "
        "-Dfile.encoding=UTF-8 (shows the caveat under LC_ALL=C)",
    )
    ap.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    ap.add_argument(
        "--no-verify", action="store_true", help="only run the Spark job; no comparison"
    )
    ap.add_argument(
        "--direct-threads",
        type=int,
        help="--threads of the direct run of the binary (default: the binary's, all cores)",
    )
    args = ap.parse_args()
    if args.jvm_default_charset and args.api != "jvm":
        ap.error("--jvm-default-charset needs --api jvm (PySpark always pipes in UTF-8)")
    if not os.access(args.binary, os.X_OK):
        ap.error(f"{args.binary} is not an executable: cargo build --release --example parse")
    if not os.path.isfile(args.input):
        ap.error(f"{args.input}: no such file")
    return args


def start_spark(args):
    """A SparkContext for args.master, with UTF-8 as the JVMs' default charset."""
    # The executors' Python workers must be this interpreter (the one that has pyspark).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        sys.exit(
            "pyspark is not installed for this Python; e.g.\n"
            "  python3 -m venv /tmp/spark-venv && /tmp/spark-venv/bin/pip install pyspark\n"
            "and run this script with /tmp/spark-venv/bin/python"
        )
    conf = (
        SparkConf()
        .setMaster(args.master)
        .setAppName("akhbar parse --jsonl")
        .set("spark.ui.showConsoleProgress", "false")
    )
    if not args.jvm_default_charset:
        # Java 17 takes its default charset from the locale: US-ASCII under LANG=C or POSIX.
        # PySpark launches the driver JVM itself, so these reach it; with spark-submit, pass
        # them as --conf or --driver-java-options on its command line.
        conf.set("spark.driver.extraJavaOptions", UTF8_JAVA_OPTIONS)
        conf.set("spark.executor.extraJavaOptions", UTF8_JAVA_OPTIONS)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    return sc


def run_spark(sc, args):
    """textFile → pipe → saveAsTextFile. Returns (partitions, seconds, pipe description)."""
    from pyspark import SparkFiles

    name = os.path.basename(args.binary)
    sc.addFile(os.path.abspath(args.binary))
    # Executors find the files added with addFile / --files in their working directory; in local
    # mode the executor is the driver, whose copy is in SparkFiles' root directory.
    local = args.master.split("[")[0] == "local"  # local, local[N]; not local-cluster[…]
    exe = SparkFiles.get(name) if local else "./" + name
    cmd = [exe, "--jsonl", "--threads", str(args.threads)]
    input_uri = "file://" + os.path.abspath(args.input)
    output_uri = "file://" + os.path.abspath(args.output)

    if args.api == "python":
        rdd = sc.textFile(input_uri, minPartitions=args.partitions)
        # pyspark writes each element as UTF-8 and reads the output as UTF-8 whatever the
        # locale. checkCode=True fails the task when the process exits non-zero (the default,
        # False, would silently keep whatever it wrote before dying).
        piped = rdd.pipe(shlex.join(cmd), env=PIPE_ENV, checkCode=True)
        described = f"rdd.pipe({shlex.join(cmd)!r}, env={PIPE_ENV}, checkCode=True)"
    else:
        rdd = sc._jsc.textFile(input_uri, args.partitions)
        # The JVM's RDD.pipe always fails the task on a non-zero exit; its encoding parameter
        # defaults to the JVM's default charset.
        if args.jvm_default_charset:
            piped = rdd.pipe(cmd, PIPE_ENV)
            described = f"JavaRDD.pipe({cmd}, env) with the JVM's default charset"
        else:
            piped = rdd.pipe(cmd, PIPE_ENV, False, 8192, "UTF-8")
            described = f'JavaRDD.pipe({cmd}, env, false, 8192, "UTF-8")'
    partitions = rdd.getNumPartitions()
    start = time.perf_counter()
    piped.saveAsTextFile(output_uri)
    return partitions, time.perf_counter() - start, described


def failure_reason(e):
    """The line of a Spark failure that says why: the pipe's exit, or the deepest cause."""
    lines = [line.strip() for line in str(e).splitlines() if line.strip()]
    for line in lines:
        if "PIPE_FUNCTION_EXITED" in line or "Subprocess exited with status" in line:
            return line
    causes = [line for line in lines if line.startswith("Caused by: ")]
    if causes:
        return causes[-1][len("Caused by: ") :]
    return lines[0] if lines else type(e).__name__


def read_lines(paths):
    """Each line of the files, in order, without its line end (split at \\n only)."""
    for p in paths:
        with open(p, "rb") as f:
            for line in f:
                yield line.rstrip(b"\r\n")


def id_of(obj):
    """The id of a parsed line, as the binary reports it: null when absent or not an object."""
    value = obj.get("id") if isinstance(obj, dict) else None
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def input_ids(path):
    ids = collections.Counter()
    for line in read_lines([path]):
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        ids[id_of(obj)] += 1
    return ids


class Records:
    """The output records of one run, by id: a digest of each line, errors, the stream's hash."""

    def __init__(self, paths):
        self.by_id = collections.defaultdict(list)
        self.lines = self.errors = self.bytes = 0
        self.unparsable = 0
        stream = hashlib.sha256()
        for line in read_lines(paths):
            self.lines += 1
            self.bytes += len(line) + 1
            stream.update(line + b"\n")
            try:
                obj = json.loads(line)
            except ValueError:
                self.unparsable += 1
                obj = None
            if isinstance(obj, dict) and "error" in obj and "article" not in obj:
                self.errors += 1
            self.by_id[id_of(obj)].append(hashlib.sha1(line).digest())
        self.stream = stream.hexdigest()
        for digests in self.by_id.values():
            digests.sort()


def part_files(directory):
    return sorted(
        os.path.join(directory, f) for f in os.listdir(directory) if f.startswith("part-")
    )


def run_direct(args, out_path):
    """The binary alone over the same input. Returns (seconds, its stderr summary)."""
    cmd = [args.binary, "--jsonl"]
    if args.direct_threads:
        cmd += ["--threads", str(args.direct_threads)]
    with open(args.input, "rb") as stdin, open(out_path, "wb") as stdout:
        start = time.perf_counter()
        done = subprocess.run(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
    summary = done.stderr.decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0:
        sys.exit(f"{shlex.join(cmd)} exited with {done.returncode}: {summary}")
    return seconds, summary[-1] if summary else ""


def check(label, ok, detail=""):
    print(f"check    {label}: {'ok' if ok else 'FAILED'}{'  ' + detail if detail else ''}")
    return ok


def main():
    args = parse_args()
    # Both runs use one copy of the binary, so that a rebuild in the meantime cannot make them
    # differ (and the copy is what gets shipped to the executors).
    with tempfile.TemporaryDirectory(prefix="akhbar-bin-") as tmp:
        copy = os.path.join(tmp, os.path.basename(args.binary))
        shutil.copy2(args.binary, copy)
        args.binary = copy
        return run(args)


def run(args):
    if os.path.exists(args.output):
        if not args.overwrite:
            sys.exit(f"{args.output} exists (Spark will not write into it): use --overwrite")
        shutil.rmtree(args.output)
    in_mb = os.path.getsize(args.input) / 1e6

    if not args.no_verify:
        # The reference first, on a machine that Spark is not using yet.
        with tempfile.TemporaryDirectory(prefix="akhbar-direct-") as tmp:
            direct_path = os.path.join(tmp, "direct.jsonl")
            direct_seconds, summary = run_direct(args, direct_path)
            direct = Records([direct_path])
        print(
            f"direct   the binary alone: {direct.lines} records, {direct.errors} errors, "
            f"{direct_seconds:.1f} s = {in_mb / direct_seconds:.1f} MB/s   [{summary}]"
        )

    started = time.perf_counter()
    sc = start_spark(args)
    startup = time.perf_counter() - started
    jvm = sc._jvm
    print(
        f"spark    {sc.version} on {sc.master}, Java {jvm.System.getProperty('java.version')}, "
        f"JVM default charset {jvm.java.nio.charset.Charset.defaultCharset().name()}, "
        f"started in {startup:.1f} s"
    )
    try:
        partitions, seconds, described = run_spark(sc, args)
    except Exception as e:  # a failed task: a non-zero exit, a missing binary, …
        sys.exit(f"spark job failed: {failure_reason(e)}")
    finally:
        sc.stop()
    print(f"pipe     {described}")
    print(
        f"spark    {in_mb:.1f} MB in {partitions} partitions: textFile → pipe → saveAsTextFile "
        f"in {seconds:.1f} s = {in_mb / seconds:.1f} MB/s "
        f"({time.perf_counter() - started:.1f} s with the session)"
    )
    parts = part_files(args.output)
    spark = Records(parts)
    print(
        f"output   {args.output}: {len(parts)} part files, {spark.lines} records, "
        f"{spark.errors} errors, {spark.bytes / 1e6:.1f} MB"
    )
    if args.no_verify:
        return 0

    ids = input_ids(args.input)
    n_in = sum(ids.values())
    ok = check("records in = records out", spark.lines == n_in, f"{n_in} in, {spark.lines} out")
    counts = collections.Counter({k: len(v) for k, v in spark.by_id.items()})
    missing = sorted((ids - counts).keys())
    extra = sorted((counts - ids).keys())
    repeated = sorted(k for k, c in ids.items() if c > 1)
    ok &= check(
        "every input id comes back exactly once"
        if not repeated
        else "every input id comes back as often as it went in",
        not missing and not extra,
        f"{len(ids)} ids"
        + (f" ({len(repeated)} repeat in the input: {repeated[:3]})" if repeated else "")
        + (f"; missing {missing[:5]}" if missing else "")
        + (f"; unexpected {extra[:5]}" if extra else ""),
    )
    keys = set(spark.by_id) | set(direct.by_id)
    differ = {k for k in keys if spark.by_id.get(k) != direct.by_id.get(k)}
    same = sum(len(v) for k, v in spark.by_id.items() if k not in differ)
    ok &= check(
        "each record byte-identical to the binary's own",
        not differ,
        f"{same}/{direct.lines} records"
        + (f"; ids that differ: {sorted(differ)[:5]}" if differ else ""),
    )
    ok &= check("output lines are all JSON", spark.unparsable == 0, f"{spark.unparsable} not")
    check(
        "part files in order = the binary's output, byte for byte",
        spark.stream == direct.stream,
        "" if spark.stream == direct.stream else "(not required: records are compared by id)",
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
