"""Unannotated stories to read findings on: the Gun Violence Corpus (local US coverage of one
shooting, 2014-2017, two to four pages an incident) and the Football Coreference Corpus (one
match told by many outlets, 2016-2018), as token files of a public CDCR snapshot.

    python benchmarks/cdcrconll.py CDCR_GIT benchmarks/gvc0 --corpus gvc [--stories 15] [--part 0]
    python benchmarks/cdcrconll.py CDCR_GIT benchmarks/fcc0 --corpus fcc [--stories 8] [--part 0]
    crosscheck check benchmarks/gvc0 --sources benchmarks/gvc0/sources.csv --json /tmp/g0.json

``anastasia-zhukova/Diverse_CDCR_datasets`` (fetch it; its other branches hold these folders)
keeps each corpus as a CoNLL file, one token a line: ``doc_id  sentence  token  word  chain``,
the document id ``0/<incident or match>/<text>``. In the Gun Violence Corpus a text's first
"sentence" is its date of creation (ISO), the next its page title (often with the site's name
after it), and a ``//n`` word ends a paragraph; the Football corpus has neither date nor
paragraphs (its first sentence runs the title into the lead). Each incident or match with at
least two texts is a story; each text is written as its title, a blank line and its paragraphs
(a sentence a paragraph where the corpus keeps none), its words joined back as
``benchmarks/newswcl.py`` joins them; each text is its own outlet (the corpus names none), dated
where the corpus dates it. The folder stays out of git. No rule or threshold of crosscheck was
fitted to them.
"""
from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import _MARKS, _thousands  # noqa: E402
from holdout import _git, part_of, part_parser, pasted, write_manifest  # noqa: E402
from newswcl import detokenize  # noqa: E402

FILES = {
    "gvc": ["GVC-prep/output_data/dev/dataset.conll", "GVC-prep/output_data/test/dataset.conll"],
    "fcc": ["FCC-prep/output_data_FCC/dev/dataset.conll"],
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_BREAK = "//n"


def _joined(words: list[str]) -> str:
    return _thousands(detokenize(words))


def stored(git_dir: str, path: str) -> str:
    """The file as the newest commit of any branch that holds it whole has it."""
    for commit in _git(git_dir, "rev-list", "--all", "--", path).split():
        try:
            text = _git(git_dir, "show", f"{commit}:{path}")
        except subprocess.CalledProcessError:
            continue  # a commit whose copy of the file the snapshot left out
        if text.startswith("#begin"):
            return text
    raise SystemExit(f"{path}: in no commit of {git_dir}")


def documents(conll: str) -> dict[str, list[list[str]]]:
    """Each document's sentences, as lists of words, in the file's order."""
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in conll.splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith("#"):
            docs[cols[0]][int(cols[1])].append(cols[3])
    return {d: [s[k] for k in sorted(s)] for d, s in docs.items()}


def text_of(sentences: list[list[str]]) -> tuple[str, str]:
    """A document's page as a desk would paste it, and its date of creation (ISO or "")."""
    day = ""
    if sentences and len(sentences[0]) == 1 and _DAY.fullmatch(sentences[0][0]):
        day, sentences = sentences[0][0], sentences[1:]
    breaks = any(_BREAK in s for s in sentences)
    paras, words = [], []
    for s in sentences:
        words += [_MARKS.get(w, w) for w in s if w != _BREAK]
        if not breaks or _BREAK in s or s is sentences[0]:
            paras.append(_joined(words))
            words = []
    if words:
        paras.append(_joined(words))
    return pasted("\n".join(paras)), day


def main(argv=None) -> int:
    ap = part_parser(__doc__, "anastasia-zhukova/Diverse_CDCR_datasets", stories=15)
    ap.add_argument("--corpus", choices=sorted(FILES), default="gvc")
    a = ap.parse_args(argv)
    docs: dict[str, list[list[str]]] = {}
    for path in FILES[a.corpus]:
        docs.update(documents(stored(a.git_dir, path)))
    stories: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        stories[d.split("/")[1]].append(d)
    usable = sorted(s for s, ds in stories.items() if len(ds) >= 2)
    picked = sorted(part_of(usable, a))
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for k, story in enumerate(picked, 1):
        for d in sorted(stories[story]):
            text, day = text_of(docs[d])
            name = d.split("/")[2][:10]
            f = f"{a.corpus}{k:02d}__{name}.txt"
            (a.out / f).write_text(text, encoding="utf-8")
            rows.append({"file": f, "outlet": name, "publisher": name, "published": day})
    write_manifest(a.out, rows)
    print(f"{len(picked)} stories, {len(rows)} articles of {len(usable)} usable stories -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
