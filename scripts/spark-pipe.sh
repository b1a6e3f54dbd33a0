#!/usr/bin/env bash
# Parse a JSON Lines file of articles on Spark (local mode), with `parse --jsonl` as an rdd.pipe
# stage, and check the output against the binary alone. See the README's "Running on Spark".
#
#   scripts/spark-pipe.sh [INPUT.jsonl [OUTPUT_DIR]] [spark-pipe.py options]
#
# Without INPUT, it makes a small input from examples/data/sample-article.txt with a few bad
# lines; without OUTPUT_DIR, it writes to a new directory under ${TMPDIR:-/tmp}. Options such as
# --partitions, --threads, --api jvm, --overwrite go to scripts/spark-pipe.py (see its --help).
#
# Needs Java 17+ and pyspark: PYTHON names an interpreter that has it (default: python3), e.g.
#   python3 -m venv /tmp/spark-venv && /tmp/spark-venv/bin/pip install pyspark
#   PYTHON=/tmp/spark-venv/bin/python scripts/spark-pipe.sh articles.jsonl /tmp/parsed
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}

positional=()
while [ $# -gt 0 ] && [ "${#positional[@]}" -lt 2 ] && [[ $1 != -* ]]; do
  positional+=("$1")
  shift
done

if ! "$PYTHON" -c 'import pyspark' 2>/dev/null; then
  echo "spark-pipe.sh: $PYTHON has no pyspark; install it in a virtualenv, e.g." >&2
  echo "  python3 -m venv /tmp/spark-venv && /tmp/spark-venv/bin/pip install pyspark" >&2
  echo "  PYTHON=/tmp/spark-venv/bin/python $0 ${positional[*]:-} $*" >&2
  exit 2
fi

cargo build --release --example parse --manifest-path "$root/Cargo.toml"
binary=${CARGO_TARGET_DIR:-$root/target}/release/examples/parse

work=$(mktemp -d "${TMPDIR:-/tmp}/akhbar-spark.XXXXXX")
input=${positional[0]:-}
if [ -z "$input" ]; then
  input=$work/sample.jsonl
  "$PYTHON" "$root/scripts/make-input.py" --bad --mb 2 -o "$input" \
    "$root/examples/data/sample-article.txt"
fi
output=${positional[1]:-$work/parsed}

exec "$PYTHON" "$root/scripts/spark-pipe.py" --binary "$binary" "$input" "$output" "$@"
