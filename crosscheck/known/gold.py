"""Gold metrics: how a report compares with what an editor expects (the gold file format).

The gold format is described at the top of ``seeds/gold.yaml``: articles (how pages split and
who wrote each), boilerplate quotes, agreements (claims that belong in one group),
discrepancies (claims a finding must link) and non-discrepancies (claims no finding may link).
Gold references are ``{file, quote}``: the quote is located in the file's text and matched to
the claim whose span covers most of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ..models import Report

TYPE_ALIASES = {
    "framing": {"framing", "ordinal", "superlative", "first"},
    "status": {"status", "modality", "tense", "hedge", "timing"},
    "quote": {"quote", "quotation", "quote_wording", "quote-variant", "quote_variant"},
    "number": {"number", "numeric", "quantity", "percent"},
    "date": {"date", "time", "temporal"},
    "entity": {"entity", "name", "person", "place"},
}


def _ws(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def gold_stories(gold: dict) -> dict[str, list[str]]:
    """The gold's stories: files joined by the agreements that span them (a file -> the files
    of its story, keyed by one of them)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for ag in gold.get("agreements") or []:
        files = [r["file"] for r in ag.get("members") or []]
        for f in files[1:]:
            parent[root(f)] = root(files[0])
    out: dict[str, list[str]] = {}
    for f in list(parent):
        out.setdefault(root(f), []).append(f)
    return out


def load_gold(path: str | Path) -> dict:
    """A gold or known-claims file, read as YAML into a mapping; InputError (naming the file)
    when it cannot be read or is not a mapping. The one reader of both formats."""
    import yaml

    from ..errors import InputError

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
    except yaml.YAMLError as e:
        raise InputError(f"{path}: not valid YAML: {str(e).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping (a gold file, or 'claims:' of known claims)")
    return data


#: a quoted sentence is the claim that covers at least this share of it (the rule of
#: ../shared/tools/score.py, which the gold scorer mirrors)
COVERS = 0.5


def claim_covering(claims, start: int, end: int):
    """The claim whose span covers most of [start, end), if it covers at least half of it."""
    best, best_ov = None, 0
    for c in claims:
        ov = min(end, c.end) - max(start, c.start)
        if ov > best_ov:
            best, best_ov = c, ov
    return best if best is not None and best_ov >= COVERS * (end - start) else None


@dataclass
class Metrics:
    values: dict[str, float | int | None] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def __getitem__(self, k: str):
        return self.values[k]


class GoldScorer:
    """Scores one report against one gold mapping; texts are read from ``corpus``."""

    def __init__(self, report: Report, gold: dict, corpus: Path, outlet_key=None):
        self.report = report
        self.gold = gold
        self.corpus = Path(corpus)
        self._texts: dict[str, str] = {}
        if outlet_key is None:
            from ..ingest import default_rules

            registry = default_rules()[0]
            outlet_key = lambda name: (registry.canonical(name) or name).casefold() if name else None  # noqa: E731
        self.outlet_key = outlet_key
        self.file_of = {a.id: Path(a.source).name for a in report.articles}
        self.claims_by_file: dict[str, list] = {}
        for c in report.claims:
            self.claims_by_file.setdefault(self.file_of.get(c.article), []).append(c)
        self.groups_of: dict[str, set[str]] = {}
        for g in report.groups:
            for cid in g.claims:
                self.groups_of.setdefault(cid, set()).add(g.id)

    def text(self, file: str) -> str:
        if file not in self._texts:
            with open(self.corpus / file, encoding="utf-8") as f:
                self._texts[file] = f.read()
        return self._texts[file]

    def span(self, ref: dict) -> tuple[int, int]:
        t = self.text(ref["file"])
        i = t.find(ref["quote"])
        if i < 0:
            raise ValueError(f"gold quote not found in {ref['file']}: {ref['quote'][:60]!r}")
        return i, i + len(ref["quote"])

    def claim_for(self, ref: dict) -> str | None:
        s, e = self.span(ref)
        c = claim_covering(self.claims_by_file.get(ref["file"], []), s, e)
        return c.id if c is not None else None

    def same_group(self, a: str | None, b: str | None) -> bool:
        return bool(a and b and self.groups_of.get(a, set()) & self.groups_of.get(b, set()))

    def findings_linking(self, a: str, b: str):
        return [f for f in self.report.findings if a in f.claims and b in f.claims]

    # ---- the metrics ------------------------------------------------------------------
    def score(self) -> Metrics:
        m = Metrics()
        self._articles(m)
        self._boilerplate(m)
        self._alignment(m)
        self._discrepancies(m)
        m.values["findings_total"] = len(self.report.findings)
        m.values["claims_total"] = len(self.report.claims)
        return m

    def _articles(self, m: Metrics) -> None:
        arts = self.gold.get("articles", [])
        seg = outlet = head = date_ok = date_n = 0
        for ga in arts:
            t = self.text(ga["file"])
            s = t.find(ga["starts_with"])
            e = t.find(ga["ends_with"]) + len(ga["ends_with"])
            others = [t.find(o["starts_with"]) for o in arts if o["file"] == ga["file"] and o is not ga]
            match = next(
                (a for a in self.report.articles
                 if self.file_of[a.id] == ga["file"] and a.start <= s and e <= a.end
                 and not any(a.start <= o < a.end for o in others)),
                None,
            )
            if match is None:
                m.misses.append(f"article not segmented: {ga['file']} :: {ga['headline'][:60]}")
                continue
            seg += 1
            if self.outlet_key(ga.get("outlet")) == self.outlet_key(match.outlet):
                outlet += 1
            else:
                m.misses.append(f"outlet wrong: {ga['headline'][:50]} gold={ga.get('outlet')} got={match.outlet}")
            if _ws(match.headline) == _ws(ga["headline"]):
                head += 1
            else:
                m.misses.append(f"headline wrong: gold={ga['headline'][:50]} got={str(match.headline)[:50]}")
            if ga.get("published") is not None:
                date_n += 1
                if str(match.published or "") == str(ga["published"]):
                    date_ok += 1
                else:
                    m.misses.append(f"date wrong: {ga['headline'][:40]} gold={ga['published']} got={match.published}")
        n = len(arts) or 1
        m.values.update(articles=len(arts), segmented=seg / n, outlet=outlet / n, headline=head / n,
                        published=date_ok / date_n if date_n else None)

    def _boilerplate(self, m: Metrics) -> None:
        leaks = 0
        for b in self.gold.get("boilerplate", []):
            s, e = self.span(b)
            if any(min(e, c.end) > max(s, c.start) for c in self.claims_by_file.get(b["file"], [])):
                leaks += 1
                m.misses.append(f"boilerplate became a claim: {b['quote'][:60]}")
        m.values["boilerplate_leaks"] = leaks

    def _alignment(self, m: Metrics) -> None:
        pairs = hit = intrusions = 0
        for ag in self.gold.get("agreements", []):
            cids = [self.claim_for(r) for r in ag["members"]]
            for (r1, c1), (r2, c2) in combinations(zip(ag["members"], cids), 2):
                pairs += 1
                if self.same_group(c1, c2):
                    hit += 1
                else:
                    m.misses.append(f"not aligned [{ag['id']}]: {r1['quote'][:40]!r} ~ {r2['quote'][:40]!r}")
            for r in ag.get("not_members", []):
                cn = self.claim_for(r)
                if any(self.same_group(cn, c) for c in cids):
                    intrusions += 1
                    m.misses.append(f"wrongly aligned [{ag['id']}]: {r['quote'][:50]!r}")
        m.values["alignment_pair_recall"] = hit / pairs if pairs else None
        m.values["alignment_intrusions"] = intrusions
        # precision: of the pairs of claims (of different articles) that the report groups and
        # that gold agreements list, the share that one agreement lists together
        gold_of = self._gold_of()
        article = {c.id: c.article for c in self.report.claims}
        judged: set[frozenset[str]] = set()
        same = lumped = 0
        for g in self.report.groups:
            for c1, c2 in combinations(g.claims, 2):
                key = frozenset((c1, c2))
                if key in judged or c1 not in gold_of or c2 not in gold_of or article[c1] == article[c2]:
                    continue
                judged.add(key)
                if gold_of[c1] & gold_of[c2]:
                    same += 1
                else:
                    lumped += 1
                    m.misses.append(f"grouped but different facts: {c1} ~ {c2}")
        m.values["alignment_pair_precision"] = same / (same + lumped) if same + lumped else None

    def _gold_of(self) -> dict[str, set[str]]:
        """The gold agreements each listed claim belongs to."""
        gold_of: dict[str, set[str]] = {}
        for ag in self.gold.get("agreements", []):
            for r in ag["members"]:
                c = self.claim_for(r)
                if c:
                    gold_of.setdefault(c, set()).add(ag["id"])
        return gold_of

    def _discrepancies(self, m: Metrics) -> None:
        found = typed = 0
        disc = self.gold.get("discrepancies", [])
        for d in disc:
            ca = self.claim_for(d["a"])
            fs = []
            for r in d["b_any"]:
                cb = self.claim_for(r)
                if ca and cb and ca != cb:
                    fs += self.findings_linking(ca, cb)
            if fs:
                found += 1
                if any(f.type in TYPE_ALIASES.get(d["type"], {d["type"]}) for f in fs):
                    typed += 1
                else:
                    m.misses.append(f"found with another type [{d['id']}]: {[f.type for f in fs]}")
            else:
                m.misses.append(f"missed discrepancy [{d['id']}]")
        fa = 0
        nd = self.gold.get("non_discrepancies", [])
        for d in nd:
            ca, cb = self.claim_for(d["a"]), self.claim_for(d["b"])
            if ca and cb and self.findings_linking(ca, cb):
                fa += 1
                m.misses.append(f"false alarm [{d['id']}]")
        m.values.update(
            discrepancy_recall=found / len(disc) if disc else None,
            discrepancy_type_accuracy=typed / found if found else None,
            false_alarms=fa, non_discrepancies=len(nd),
            findings_across_facts=self._across_facts(m, disc),
        )

    def _across_facts(self, m: Metrics, disc: list[dict]) -> int:
        """Findings that set two different gold facts against each other: two of their claims,
        of different articles, belong to gold agreements, share none, and are not a listed
        discrepancy."""
        gold_of = self._gold_of()
        listed: set[frozenset[str]] = set()
        for d in disc:
            ca = self.claim_for(d["a"])
            for r in d["b_any"]:
                cb = self.claim_for(r)
                if ca and cb:
                    listed.add(frozenset((ca, cb)))
        article = {c.id: c.article for c in self.report.claims}
        across = 0
        for f in self.report.findings:
            cs = [c for c in f.claims if c in gold_of]
            if any(not gold_of[x] & gold_of[y] and frozenset((x, y)) not in listed and article[x] != article[y]
                   for x, y in combinations(cs, 2)):
                across += 1
                m.misses.append(f"finding across different facts [{f.id}]: {f.explanation[:80]}")
        return across


def evaluate(report: Report, gold: dict, corpus: str | Path) -> Metrics:
    return GoldScorer(report, gold, Path(corpus)).score()
