"""Known claims: statements editors keep, checked against the coverage of a story.

A known-claims file is YAML. Either

    corpus: ../corpus            # where the pages are, relative to this file (default: its folder)
    claims:
      - id: first-meeting
        statement: "The two presidents first met in June 2025 in Vienna."
        supported_by: [AFP, Reuters]      # outlets expected to state it (optional)
        contradicted_by: [Xinhua]         # outlets expected to differ (optional)
      - id: casualty-count
        discrepancy: {type: number, a: {file: p1.txt, quote: "..."}, b_any: [{file: p2.txt, quote: "..."}]}

or a gold file as in ``seeds/gold.yaml``, read as it is: each agreement is a statement its members'
outlets must support, each discrepancy a finding that must link its sentences, each
non-discrepancy a pair no finding may link.

A statement goes through check's own stages (crosscheck.pipeline.place): it is read by the
claim reader, embedded by the run's encoder, placed in the story it is most like, aligned with
that story's claims as if it were one more article of the story, and compared with them by the
same finding rules. Outlets whose claims state it support it; those whose claims a finding sets
against it contradict it; the rest are silent.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


from ..errors import InputError
from ..models import Claim, Finding

#: the pair model's probability that a claim states the statement from which it supports it:
#: more likely than not one fact
SUPPORT = 0.5
#: the probability from which a claim vouches for the claims check grouped with it
ANCHOR = 0.8


@dataclass(frozen=True)
class Ref:
    file: str
    quote: str


@dataclass(frozen=True)
class KnownClaim:
    id: str
    kind: str  # "statement", "discrepancy" or "no-discrepancy"
    statement: str | None = None
    supported_by: tuple[str, ...] = ()
    contradicted_by: tuple[str, ...] = ()
    members: tuple[Ref, ...] = ()  # sentences expected to support the statement (gold agreements)
    type: str | None = None
    a: Ref | None = None
    b: tuple[Ref, ...] = ()


@dataclass
class KnownFile:
    path: Path
    corpus: Path
    claims: list[KnownClaim]


def _ref(d, where: str) -> Ref:
    if not isinstance(d, dict) or "file" not in d or "quote" not in d:
        raise InputError(f"{where}: a sentence is given as {{file: ..., quote: ...}}")
    return Ref(str(d["file"]), str(d["quote"]))


def load_known(path: str | Path) -> KnownFile:
    from .gold import load_gold

    path = Path(path)
    data = load_gold(path)
    corpus = (path.parent / str(data.get("corpus", "."))).resolve()
    items: list[KnownClaim] = []
    for i, c in enumerate(data.get("claims") or []):
        where = f"{path}: claims[{i}]"
        if not isinstance(c, dict):
            raise InputError(f"{where}: expected a mapping")
        cid = str(c.get("id") or f"claim-{i + 1}")
        if "discrepancy" in c:
            d = c["discrepancy"] or {}
            items.append(KnownClaim(cid, "discrepancy", type=d.get("type"), a=_ref(d.get("a"), where),
                                    b=tuple(_ref(x, where) for x in d.get("b_any") or [d.get("b")])))
        elif c.get("statement"):
            items.append(KnownClaim(cid, "statement", statement=str(c["statement"]),
                                    supported_by=tuple(c.get("supported_by") or ()),
                                    contradicted_by=tuple(c.get("contradicted_by") or ())))
        else:
            raise InputError(f"{where}: needs a statement or a discrepancy")
    # the gold format, as it is
    for ag in data.get("agreements") or []:
        items.append(KnownClaim(str(ag["id"]), "statement", statement=str(ag["statement"]),
                                members=tuple(_ref(m, f"{path}: {ag['id']}") for m in ag.get("members") or [])))
    for d in data.get("discrepancies") or []:
        items.append(KnownClaim(str(d["id"]), "discrepancy", type=d.get("type"), a=_ref(d["a"], str(path)),
                                b=tuple(_ref(x, str(path)) for x in d.get("b_any") or [])))
    for d in data.get("non_discrepancies") or []:
        items.append(KnownClaim(str(d["id"]), "no-discrepancy", a=_ref(d["a"], str(path)), b=(_ref(d["b"], str(path)),)))
    if not items:
        raise InputError(f"{path}: no known claims in it")
    return KnownFile(path, corpus, items)


# ---- verdicts --------------------------------------------------------------------------

@dataclass
class Evidence:
    claim: Claim
    outlet: str
    score: float
    finding_type: str | None = None  # for a contradicting claim: what differs


@dataclass
class Verdict:
    known: KnownClaim
    supporting: list[Evidence] = field(default_factory=list)
    contradicting: list[Evidence] = field(default_factory=list)
    silent: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def describe(self) -> str:
        """A readable account: what was expected, and the sentences for and against."""
        k = self.known
        lines = [f"known claim {k.id!r}: " + ("holds" if self.ok else "FAILS")]
        if k.statement:
            lines.append(f"  statement: {k.statement}")
        lines += [f"  expected: {f}" for f in self.failures]
        for e in self.supporting:
            lines.append(f"  supports ({e.outlet}): {e.claim.text}")
        for e in self.contradicting:
            lines.append(f"  contradicts ({e.outlet}, {e.finding_type}): {e.claim.text}")
        if self.silent:
            lines.append(f"  silent: {', '.join(self.silent)}")
        return "\n".join(lines)


class Verifier:
    """Checks known claims against one analysed corpus (a pipeline Run)."""

    def __init__(self, run, corpus_dir: Path | None = None):
        self.run = run
        self.report = run.report
        self.corpus_dir = corpus_dir
        self.arts = {a.id: a for a in self.report.articles}
        self.claims = {c.id: c for c in self.report.claims}
        self._texts: dict[str, str] = {}

    # ---- sentences named by file and quote --------------------------------------------
    def outlet(self, c: Claim) -> str:
        a = self.arts.get(c.article)
        if a is None:
            return "the statement"
        return a.whose()

    def claim_for(self, ref: Ref) -> Claim | None:
        """The claim whose span covers most of the quoted words."""
        from .gold import claim_covering

        for a in (a for a in self.report.articles if Path(a.source).name == Path(ref.file).name):
            if a.source not in self._texts:
                p = Path(a.source)
                if not p.exists() and self.corpus_dir is not None:
                    p = self.corpus_dir / p.name
                with open(p, encoding="utf-8") as f:
                    self._texts[a.source] = f.read()
            i = self._texts[a.source].find(ref.quote)
            if i >= 0:
                found = claim_covering([c for c in self.report.claims if c.article == a.id], i, i + len(ref.quote))
                if found is not None:
                    return found
        return None

    def aligned_with(self, cid: str, others: set[str]) -> bool:
        """Whether the corpus alignment put a claim in one group with any of ``others``."""
        return any(cid in g.claims and others & set(g.claims) for g in self.report.groups if len(g.claims) > 1)

    def linking(self, a: Claim, b: Claim) -> list[Finding]:
        return [f for f in self.report.findings if a.id in f.claims and b.id in f.claims]

    # ---- statements --------------------------------------------------------------------
    def match(self, statement: str) -> tuple[list[Evidence], list[Evidence], list[str]]:
        """Supporting and contradicting claims of a statement, and the silent outlets.

        The statement goes through check's own stages (crosscheck.pipeline.place): read by the
        claim reader, embedded by the run's encoder, placed in the story it is most like, aligned
        with that story's claims by the pair model and average linkage, and compared with them
        by every finding rule. A claim supports it when the alignment groups them or the pair
        model gives them at least SUPPORT; the claims check grouped with a claim that states it
        almost surely (ANCHOR) support it too; a claim a finding sets against it contradicts it."""
        from ..pipeline import place, read_statement

        if self.run.alignment is None or self.run.embeddings is None or not self.report.claims:
            return [], [], []
        stated = read_statement(self.run, statement)
        if not stated:
            return [], [], []
        placed = place(self.run, stated)
        ids = {c.id for c in placed.claims}
        story_claims = [c for c in self.report.claims if self.run.alignment.stories.get(c.article) == placed.story]
        prob = {c.id: max(placed.alignment.probability(s, c.id) for s in ids) for c in story_claims}
        against: dict[str, str] = {}
        for p in placed.proposals:
            # a finding sets its first claim against the others
            if p.claims[0] in ids:
                for c in p.claims[1:]:
                    if c not in ids:
                        against.setdefault(c, p.type)
            elif ids & set(p.claims[1:]):
                against.setdefault(p.claims[0], p.type)
        grouped = {c for g in placed.alignment.groups if ids & set(g) for c in g} - ids
        direct = {c for c in prob if c not in against and (c in grouped or prob[c] >= SUPPORT)}
        # the claims check grouped with one that states the statement almost surely state it too
        anchors = {c for c in direct if prob[c] >= ANCHOR}
        for g in self.report.groups:
            if anchors & set(g.claims):
                direct |= {c for c in g.claims if c in prob and c not in against}
        supporting = [Evidence(self.claims[c], self.outlet(self.claims[c]), prob[c]) for c in direct]
        contradicting = [Evidence(self.claims[c], self.outlet(self.claims[c]), prob.get(c, 0.0), t) for c, t in against.items()]
        supporting.sort(key=lambda x: (-x.score, x.claim.id))
        contradicting.sort(key=lambda x: (-x.score, x.claim.id))
        story_outlets = sorted({self.outlet(c) for c in story_claims})
        spoken = {x.outlet for x in supporting} | {x.outlet for x in contradicting}
        return supporting, contradicting, [o for o in story_outlets if o not in spoken]

    # ---- one known claim ---------------------------------------------------------------
    def verify(self, k: KnownClaim) -> Verdict:
        v = Verdict(k)
        if k.kind == "statement":
            v.supporting, v.contradicting, v.silent = self.match(k.statement)
            supporters = {e.outlet for e in v.supporting}
            contradictors = {e.outlet for e in v.contradicting}
            for o in k.supported_by:
                if not any(_same_outlet(o, s) for s in supporters):
                    v.failures.append(f"{o} supports it")
            for o in k.contradicted_by:
                if not any(_same_outlet(o, s) for s in contradictors):
                    v.failures.append(f"{o} contradicts it")
            support_ids = {e.claim.id for e in v.supporting}
            for ref in k.members:
                c = self.claim_for(ref)
                if c is None:
                    v.failures.append(f"a claim holds {ref.quote[:60]!r} ({ref.file})")
                elif c.id not in support_ids and not self.aligned_with(c.id, support_ids):
                    v.failures.append(f"{self.outlet(c)} supports it with {ref.quote[:60]!r}")
            return v
        a = self.claim_for(k.a) if k.a else None
        bs = [c for c in (self.claim_for(r) for r in k.b) if c is not None]
        if a is None or not bs:
            v.failures.append("the sentences it names are claims of the corpus")
            return v
        found = [(b, f) for b in bs for f in self.linking(a, b)]
        if k.kind == "discrepancy":
            typed = [(b, f) for b, f in found if k.type is None or f.type == k.type]
            if not typed:
                got = sorted({f.type for _, f in found})
                v.failures.append(f"a {k.type or ''} finding links {k.a.quote[:50]!r} with one of {len(bs)} sentence(s)"
                                  + (f" (found only: {', '.join(got)})" if got else ""))
            v.supporting = [Evidence(a, self.outlet(a), 1.0)]
            v.contradicting = [Evidence(b, self.outlet(b), 1.0, f.type) for b, f in typed or found]
        else:
            if found:
                v.failures.append(f"no finding links {k.a.quote[:50]!r} and {k.b[0].quote[:50]!r} "
                                  f"(found: {', '.join(sorted({f.type for _, f in found}))})")
            v.supporting = [Evidence(a, self.outlet(a), 1.0)] + [Evidence(b, self.outlet(b), 1.0) for b in bs]
        return v


def _same_outlet(expected: str, found: str) -> bool:
    from ..ingest import default_rules

    reg = default_rules()[0]
    return (reg.canonical(expected) or expected).casefold() == (reg.canonical(found) or found).casefold()
