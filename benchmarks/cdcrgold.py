"""Training stories for the pair model from public event-coreference annotation: texts, a
manifest and a gold file in crosscheck's format, built from the CDCR snapshot.

    python benchmarks/cdcrgold.py CDCR_GIT OUT_DIR --corpus ecbplus [--exclude benchmarks/ecbplus0 ...]
    python benchmarks/alignment.py --train ecb=OUT_DIR:OUT_DIR.yaml:OUT_DIR/sources.csv

``anastasia-zhukova/Diverse_CDCR_datasets`` (fetch it) keeps, for the test and validation parts
of ECB+ (news of one event told by many outlets: an arrest, a firing, an earthquake) and of the
Gun Violence Corpus (local coverage of one shooting), each text as tokens and each mention of an
event with its cross-document chain. A story here is an event (ECB+: a topic's ``ecb`` or
``ecbplus`` half; GVC: an incident) with two texts or more. Each chain of events that two texts
or more tell with a verb ("was fired", "arrested") becomes an agreement listing every sentence
that tells it so: a sentence that tells the act, not one that names it ("the arrest"). GVC reads
the chains of its own schema (a death, a hit, an injury, a gun fired), not its grab-bags.

ECB+ annotates a few sentences of each text (the validated ones), so its gold file says
``partial: true`` and lists every annotated sentence, those that share no chain as agreements of
one member: the fit labels only pairs of two listed sentences (``crosscheck.known.fit``). GVC
annotates whole texts, so a listed sentence against any other is a negative, as in dev's gold.

Stories that a folder of ``--exclude`` holds (the sample folders findings are read on:
benchmarks/ecbplus0-2, benchmarks/gvc0) are left out, so those stay unseen by any model fitted
with these. Texts are written as ``benchmarks/cdcrconll.py`` writes them; OUT_DIR stays out of git.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cdcrconll import _BREAK, _joined, documents, text_of  # noqa: E402
from ecbplus import _MARKS  # noqa: E402
from holdout import _git  # noqa: E402

PARTS = {
    "ecbplus": "ECBplus-prep/output_data/{}/{}",
    "gvc": "GVC-prep/output_data/{}/{}",
}
#: GVC's chain descriptions read "<incident>.<kind>.<n>"; these kinds are facts of the shooting
#: ("bag_of_events" and "other" gather what the schema has no kind for)
GVC_KINDS = {"death", "hitting", "injuring", "firing_a_gun"}


def _whole(git_dir: str, corpus: str, split: str) -> tuple[str, list[dict]]:
    """A split's token file and its event mentions, as the newest commit that holds both whole."""
    conll_path, ment_path = (PARTS[corpus].format(split, f) for f in ("dataset.conll", "event_mentions.json"))
    for commit in _git(git_dir, "rev-list", "--all", "--", ment_path).split():
        try:
            mentions = json.loads(_git(git_dir, "show", f"{commit}:{ment_path}"))
            conll = _git(git_dir, "show", f"{commit}:{conll_path}")
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue  # a commit whose copy the snapshot left out
        if conll.startswith("#begin") and mentions:
            return conll, mentions
    raise SystemExit(f"{corpus} {split}: no commit of {git_dir} holds its tokens and mentions whole")


def excluded(corpus: str, folders: list[Path]) -> set[str]:
    """Stories the sample folders hold, by the file names benchmarks/ecbplus.py and cdcrconll.py write."""
    out: set[str] = set()
    for folder in folders:
        for p in folder.glob("*.txt"):
            head, _, tail = p.stem.partition("__")
            if corpus == "ecbplus" and "_" in head:  # "12_10ecbplus__site": topic 12, its ecbplus half
                topic, doc = head.split("_", 1)
                out.add(topic + ("ecbplus" if doc.endswith("ecbplus") else "ecb"))
            elif corpus == "gvc":  # "gvc01__19647c86f3": the first ten characters of a text's id
                out.add(tail[:10])
    return out


def build(git_dir: str, out: Path, corpus: str, exclude: list[Path]) -> dict:
    docs: dict[str, list[list[str]]] = {}
    mentions: list[dict] = []
    for split in ("test", "val"):
        conll, ments = _whole(git_dir, corpus, split)
        docs.update(documents(conll))
        mentions += ments
    return write(corpus, docs, mentions, out, excluded(corpus, exclude))


def write(corpus: str, docs: dict[str, list[list[str]]], mentions: list[dict], out: Path, skip: set[str]) -> dict:
    """The texts, manifest and gold file of a corpus's documents (sentences of words) and event
    mentions, leaving out the stories (ECB+) or texts (GVC: the first ten characters of their
    ids) in ``skip``; returns counts."""
    stories: dict[str, list[str]] = defaultdict(list)
    for d in docs:  # "36/36ecbplus/4": the topic's half; "0/696569/<id>": the incident
        stories[d.split("/")[1]].append(d)
    out.mkdir(parents=True, exist_ok=True)
    prefix = {"ecbplus": "ecbt", "gvc": "gvct"}[corpus]
    files: dict[str, tuple[str, str]] = {}
    rows, stats = [], Counter()
    k = 0
    for story, ds in sorted(stories.items()):
        if corpus == "gvc":  # GVC's sample folder names its texts, ECB+'s its stories
            ds = [d for d in ds if d.split("/")[2][:10] not in skip]
        elif story in skip:
            ds = []
        if len(ds) < 2:
            stats["stories left out"] += 1
            continue
        k += 1
        for d in sorted(ds):
            sentences = docs[d]
            if sentences and sentences[0] and sentences[0][0].casefold().startswith("http"):
                sentences = sentences[1:]  # ECB+'s later texts open with the page's address: no headline
            text, day = text_of(sentences)
            name = d.split("/")[2][:10]
            f = f"{prefix}{k:02d}__{name}.txt"
            (out / f).write_text(text, encoding="utf-8")
            files[d] = (f, text)
            rows.append({"file": f, "outlet": f"{story}-{name}", "publisher": f"{story}-{name}", "published": day})

    def ref(d: str, sid: int) -> dict | None:
        f, text = files[d]
        quote = _joined([_MARKS.get(w, w) for w in docs[d][sid] if w != _BREAK]).strip()
        if len(quote) < 15 or text.count(quote) != 1:
            stats["sentences not found once in their text"] += 1
            return None
        return {"file": f, "quote": quote}

    chains: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    annotated: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        d = m.get("conll_doc_key")
        if d not in files:
            continue
        annotated[d].add(m["sent_id"])
        kind = (m.get("description") or "").split(".")
        if m.get("mention_head_pos") != "VERB" or m.get("is_singleton"):
            continue
        if corpus == "gvc" and (len(kind) < 2 or kind[1] not in GVC_KINDS):
            continue
        chains[m["coref_chain"]][d].add(m["sent_id"])
    agreements, listed = [], set()
    for chain, per in sorted(chains.items()):
        if len(per) < 2:
            continue
        members = [r for d, sids in sorted(per.items()) for s in sorted(sids) if (r := ref(d, s))]
        if len({r["file"] for r in members}) >= 2:
            agreements.append({"id": f"{corpus}-{chain}", "members": members})
            listed |= {(d, s) for d, sids in per.items() for s in sids}
    gold: dict = {}
    if corpus == "ecbplus":
        gold["partial"] = True
        for d, sids in sorted(annotated.items()):
            for s in sorted(sids):
                if (d, s) not in listed and (r := ref(d, s)):
                    agreements.append({"id": f"{corpus}-alone-{d}-{s}", "members": [r]})
    gold["agreements"] = agreements
    with open(out / "sources.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["file", "outlet", "publisher", "published"])
        w.writeheader()
        w.writerows(rows)
    gold_path = out.parent / f"{out.name}.yaml"
    gold_path.write_text("# built by benchmarks/cdcrgold.py; see its docstring\n" + yaml.safe_dump(gold, sort_keys=False),
                         encoding="utf-8")
    stats.update(stories=k, texts=len(rows), agreements=sum(len({r["file"] for r in a["members"]}) >= 2 for a in agreements))
    return dict(stats)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("git_dir")
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", choices=sorted(PARTS), required=True)
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="a sample folder whose stories to leave out")
    a = ap.parse_args(argv)
    stats = build(a.git_dir, a.out, a.corpus, a.exclude)
    print(f"{a.out}: " + ", ".join(f"{k} {v}" for k, v in stats.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
