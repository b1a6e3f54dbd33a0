#!/usr/bin/env python3
"""Build a JSON Lines test input for `parse --jsonl` (and scripts/spark-pipe.py).

Each SOURCE is either a JSON Lines file of articles (`.jsonl`: one `{"id": …, "text": …}` per
line, other fields kept) or any other file, which becomes one article whose id is the file name.
The sources are cycled until the output reaches `--mb` megabytes (at least one full pass); ids of
the second pass on get a `-r2`, `-r3`, … suffix so that every id stays unique.

    python3 scripts/make-input.py -o /tmp/articles-100mb.jsonl --mb 100 a.jsonl b.jsonl c.jsonl

`--bad` adds one line of each kind that the contract turns into an error record (invalid JSON, not
an object, no `text`, `text` not a string, an empty line) after the first article, so that a run
shows errors coming back as records, in place.
"""

import argparse
import json
import os
import sys

BAD_LINES = [
    b"{not json",
    b'["an array, not an object"]',
    b'{"id": "bad-no-text", "title": "no text field"}',
    b'{"id": "bad-text-not-string", "text": 42}',
    b"",
]


def records(path):
    """Yield (id, dict) for each article of one source."""
    if path.endswith(".jsonl"):
        with open(path, "rb") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                obj = json.loads(line)
                if not isinstance(obj, dict) or "id" not in obj:
                    sys.exit(f"{path}:{n}: not an object with an `id`")
                yield obj
    else:
        with open(path, encoding="utf-8") as f:
            yield {"id": os.path.basename(path), "text": f.read()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="+", metavar="SOURCE")
    ap.add_argument("-o", "--output", required=True, help="the JSON Lines file to write")
    ap.add_argument("--mb", type=float, default=0, help="repeat the sources up to this size (MB)")
    ap.add_argument("--bad", action="store_true", help="add lines that become error records")
    args = ap.parse_args()

    target = args.mb * 1e6
    written = lines = 0
    seen = set()
    with open(args.output, "wb") as out:

        def emit(b):
            nonlocal written, lines
            out.write(b + b"\n")
            written += len(b) + 1
            lines += 1

        round_ = 1
        while round_ == 1 or written < target:
            for path in args.sources:
                for obj in records(path):
                    if round_ > 1:
                        if written >= target:
                            break
                        obj["id"] = f"{obj['id']}-r{round_}"
                    key = json.dumps(obj["id"])
                    if key in seen:
                        sys.exit(f"{path}: id {key} appears twice")
                    seen.add(key)
                    emit(json.dumps(obj, ensure_ascii=False).encode("utf-8"))
                    if args.bad and lines == 1:
                        for b in BAD_LINES:
                            emit(b)
            round_ += 1
    print(f"{args.output}: {lines} lines, {written / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
