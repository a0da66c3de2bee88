"""Findings read one by one, kept so that a later change is measured against the reading.

    # after reading a report's findings in order: r real, b borderline, n not real
    python benchmarks/judged.py record REPORT.json SAMPLE --verdicts r,b,n,n [--file benchmarks/judgments.tsv]
    # a later run of the same sample: which judged findings it keeps, which it lost, which are new
    python benchmarks/judged.py check REPORT.json SAMPLE [--file benchmarks/judgments.tsv]

A finding is known by its type and the two sentences it first sets against each other (the claim
that differs and its first counterpart), kept as a hash of their words: the judgments file holds
no text of the samples, which stay out of git. A later finding that sets any two of its sentences
against each other as a judged finding did counts as the same finding; recording a later run's reading adds
its new findings and keeps the sample's earlier ones.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent / "judgments.tsv"
VERDICTS = {"r": "real", "b": "borderline", "n": "not real"}
FIELDS = ["sample", "type", "pair", "verdict"]


def pair_key(kind: str, a: str, b: str) -> str:
    """The hash of a finding's type and two sentences (whitespace folded, order ignored)."""
    x, y = sorted(" ".join(t.split()) for t in (a, b))
    return hashlib.sha1(f"{kind}\n{x}\n{y}".encode("utf-8")).hexdigest()[:16]


def pairs_of(report: dict) -> list[tuple[str, list[str]]]:
    """(type, keys) per finding, in order: the keys of the claim that differs with each
    counterpart first (the first is the one recorded), then of the counterparts with each other
    (a finding whose sentences a later run lists in another order, another leading, is the same
    finding)."""
    text = {c["id"]: c["text"] for c in report["claims"]}
    out = []
    for f in report["findings"]:
        first, *others = f["claims"]
        keys = [pair_key(f["type"], text[first], text[o]) for o in others]
        keys += [pair_key(f["type"], text[x], text[y]) for i, x in enumerate(others) for y in others[i + 1:]]
        out.append((f["type"], keys))
    return out


def load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def record(report: dict, sample: str, verdicts: list[str], path: Path) -> int:
    found = pairs_of(report)
    if len(verdicts) != len(found):
        raise SystemExit(f"{len(found)} findings, {len(verdicts)} verdicts")
    rows = load(path)
    index = {(r["sample"], r["type"], r["pair"]): r for r in rows}
    for (kind, keys), v in zip(found, verdicts):
        known = next((index[(sample, kind, k)] for k in keys if (sample, kind, k) in index), None)
        if known is not None:
            known["verdict"] = VERDICTS[v]  # read again: the later reading stands
        else:
            rows.append({"sample": sample, "type": kind, "pair": keys[0], "verdict": VERDICTS[v]})
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, delimiter="\t")
        w.writeheader()
        w.writerows(rows)
    print(f"{sample}: {len(found)} findings recorded: " + ", ".join(f"{n} {k}" for k, n in sorted(Counter(VERDICTS[v] for v in verdicts).items())))
    return 0


def check(report: dict, sample: str, path: Path) -> int:
    judged = {(r["type"], r["pair"]): r["verdict"] for r in load(path) if r["sample"] == sample}
    if not judged:
        raise SystemExit(f"no judgments of {sample} in {path}")
    kept: Counter = Counter()
    seen = set()
    new = 0
    for kind, keys in pairs_of(report):
        hit = next(((kind, k) for k in keys if (kind, k) in judged), None)
        if hit is None:
            new += 1
            continue
        seen.add(hit)
        kept[judged[hit]] += 1
    lost = Counter(v for k, v in judged.items() if k not in seen)
    print(f"{sample}: kept " + ", ".join(f"{kept[v]} {v}" for v in VERDICTS.values())
          + "; lost " + ", ".join(f"{lost[v]} {v}" for v in VERDICTS.values()) + f"; {new} not judged")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["record", "check"])
    ap.add_argument("report", type=Path)
    ap.add_argument("sample", help="the sample's name: fnc0, ecbplus3, ...")
    ap.add_argument("--verdicts", default="", help="record: one of r, b, n per finding, comma-separated, in the report's order")
    ap.add_argument("--file", type=Path, default=DEFAULT)
    a = ap.parse_args(argv)
    report = json.loads(a.report.read_text(encoding="utf-8"))
    if a.command == "record":
        return record(report, a.sample, [v.strip() for v in a.verdicts.split(",") if v.strip()], a.file)
    return check(report, a.sample, a.file)


if __name__ == "__main__":
    sys.exit(main())
