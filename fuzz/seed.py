#!/usr/bin/env python3
"""Regenerates the fuzz seed corpora in fuzz/corpus/<target>/.

The corpora are cut from third-party texts and are never committed (fuzz/corpus is git-ignored):
run this script instead. It is deterministic: the same inputs give the same files.

    python3 fuzz/seed.py                      # reads ../shared/corpus beside the repository
    python3 fuzz/seed.py --shared PATH        # or another copy of shared/corpus

Sources:
  - the `text` field of <shared>/ant-multisource/articles.jsonl and <shared>/saudinewsnet/articles.jsonl,
    cut into pieces of at most 4 KB (whole paragraphs where they fit);
  - examples/data/sample-article.txt (the crate's own text);
  - hand-written edge cases (below);
  - for `gazetteer`: small files made of the headers, comments and records of data/gazetteer/*.tsv,
    plus a few malformed ones.
"""

import argparse
import hashlib
import json
import random
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
REPO = FUZZ.parent
MAX_BYTES = 4096
SOURCES = ["ant-multisource", "saudinewsnet"]
QUOTE_MARKS = set('"«»“”‘’„‹›{}＂')

EDGE_CASES = [
    "",
    "\u064e",  # a lone fatha
    "\u0651قال",
    "قال \u064e\u0651\u0670 إن",
    "\u0640\u0640\u0640",
    "\ufeff\u200f\u202b\u200c\u00a0",
    "\ufefb \ufdfa \ufe91",
    "٣٫٥٪ من ۲۰۲۴ و3.5%",
    "# @ _ https:// pic.twitter.com/ a@b.c #قطاع_غزة @IDF",
    "«" * 64 + "»" * 64,
    "«“‘\"{‹" * 20 + " كلام " + "›}\"’”»" * 20,
    "»”’›}\" قال \"«“‘‹{",
    "»المدينة» و“كلمة“ قال",
    'قال بلينكن: "لن نتراجع\nوأضاف ميلر أن "الاتصالات مستمرة".',
    "قال المتحدث باسم الخارجية الأميركية، ماثيو ميلر، إن \"الوضع خطير\".",
    "عنوان الخبر\nواشنطن - قال ميلر إن \"لا\".\n— A (@b) May 1, 2024\nالمصدر: الحرة\n"
    "كلمات دلالية: غزة، بلينكن\nإقرأ أيضاً:\nعنوان آخر\nمقالات مشابهة\n• خبر",
    "د. أ. J. قال\r\n\r\nسطر\n\n\n",
    "Привет 👍🏽 a\u0301 \u0000\u0001\t",
]


def cut(text, limit):
    """Pieces of `text` of at most `limit` UTF-8 bytes: runs of whole lines, long lines cut at a space."""
    pieces, cur = [], ""
    for line in text.splitlines(keepends=True):
        while len(line.encode()) > limit:
            head = line.encode()[:limit].decode("utf-8", "ignore")
            space = head.rfind(" ")
            head = head[: space + 1] if space > 0 else head
            pieces.append(head)
            line = line[len(head):]
        if len((cur + line).encode()) > limit:
            pieces.append(cur)
            cur = ""
        cur += line
    if cur:
        pieces.append(cur)
    return [p for p in pieces if p.strip()]


def texts(shared, name):
    with open(shared / name / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text")
            if isinstance(text, str) and text.strip():
                yield text


def pick(rng, items, n):
    items = list(items)
    rng.shuffle(items)
    return items[:n]


def write(target, data):
    out = FUZZ / "corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8")
    (out / hashlib.sha1(raw).hexdigest()).write_bytes(raw)


def gazetteer_seeds(rng):
    seeds = []
    for path in sorted((REPO / "data" / "gazetteer").glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        comments = [l for l in lines if l.startswith("#")]
        rest = [l for l in lines if l.strip() and not l.startswith("#")]
        header, records = rest[0], rest[1:]
        seeds.append(header)
        for _ in range(40):
            k = rng.randint(1, 6)
            body = "".join(rng.sample(records, min(k, len(records))))
            seeds.append("".join(comments[:1]) + header + body)
        # Malformed: a record cut short, a duplicated record, a bad cell.
        r = rng.choice(records)
        seeds.append(header + r.split("\t", 2)[0] + "\t" + r.split("\t", 2)[1] + "\n")
        seeds.append(header + r + r)
        seeds.append(header + r.replace("\t", "\tzz\t", 1))
    seeds += ["kind\tid\n", "\ufeffkind\tid\tname_ar\r\nperson\ta\tأ\r\n", "kind\tkind\n", "x\n"]
    return seeds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "corpus",
                    help="the shared corpus folder (default: ../shared/corpus beside the repository)")
    ap.add_argument("--per-source", type=int, default=150, help="pieces per source and target")
    args = ap.parse_args()
    rng = random.Random(20240601)

    sample = (REPO / "examples" / "data" / "sample-article.txt").read_text(encoding="utf-8")
    for target in ["parse", "normalize", "tokenize", "quote_pairing"]:
        for s in EDGE_CASES + [sample]:
            write(target, s)

    for name in SOURCES:
        all_texts = list(texts(args.shared, name))
        # parse: article pieces up to 4 KB.
        for t in pick(rng, all_texts, args.per_source):
            write("parse", rng.choice(cut(t, MAX_BYTES)))
        # normalize, tokenize: shorter pieces (a paragraph or a few) run faster.
        for target in ["normalize", "tokenize"]:
            for t in pick(rng, all_texts, args.per_source):
                write(target, rng.choice(cut(t, 1024)))
        # quote_pairing: paragraphs with quotation marks.
        quoted = [p for t in all_texts for p in cut(t, 1024) if QUOTE_MARKS & set(p)]
        for p in pick(rng, quoted, args.per_source):
            write("quote_pairing", p)

    for s in gazetteer_seeds(rng):
        write("gazetteer", s)

    for target in sorted(p.name for p in (FUZZ / "corpus").iterdir()):
        files = list((FUZZ / "corpus" / target).iterdir())
        print(f"fuzz/corpus/{target}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")


if __name__ == "__main__":
    main()
