"""Unannotated stories from many outlets to read findings on: same-day coverage from AllSides.

    python benchmarks/allsides.py GIT_DIR benchmarks/allsides0 [--stories 20] [--part 0] [--seed 0]
    python benchmarks/allsides.py GIT_DIR benchmarks/aspairs0 --pairs --stories 30 [--part 0]
    python benchmarks/allsides.py GIT_DIR benchmarks/asnext0 --next-day --stories 20 [--part 0]
    python benchmarks/allsides.py GIT_DIR benchmarks/astwo0 --next-day --days-apart 2 --stories 20 [--part 0]
    python benchmarks/allsides.py GIT_DIR benchmarks/asweak0 --weaker 0.28 --stories 20 [--part 0]
    python benchmarks/allsides.py GIT_DIR benchmarks/aslow0 --weaker 0.2 --after 0.28 --stories 20 [--part 0]
    crosscheck check benchmarks/allsides0 --sources benchmarks/allsides0/sources.csv --json /tmp/a0.json

The development set and the BASIL parts of ``benchmarks/holdout.py`` are three outlets (Fox
News, The New York Times, HuffPost) and have all been read. The public snapshot of
``ramybaly/Article-Bias-Prediction`` (37,554 articles that AllSides lists beside its stories,
2012-2020, each with its outlet, date and the body newspaper3k extracted) holds coverage by
some thirty news outlets: AP, Reuters, CNN, NPR, Politico, The Hill, BBC News, USA Today, ...
It has no story ids, so stories are rebuilt here: of the news outlets' articles (opinion
columns and think tanks left out) of one day, three by three different outlets whose words are
alike (tf-idf cosine of title and first 3,000 characters: the closest pair at least ``PAIR``,
the third at least ``THIRD`` to each of them). No rule or threshold of crosscheck was fitted
to them: a check of a part, its findings read one by one, estimates how many findings an editor
would judge real on stories nobody here has seen (docs/findings.md). Articles are written in the
development set's layout (title, a blank line, the paragraphs one blank line apart) with a
``sources.csv`` manifest; the folder stays out of git. A rebuilt story may join an article of
another event of the same day: crosscheck's own story step has to set it apart.

``--pairs`` (session 29, when all 268 triples had been read): stories of two outlets, of the
articles no triple holds, paired the same way (one day's closest pair of two outlets, cosine at
least ``PAIR``): 793 pairs, a fresh sample of coverage nobody here has read. Files ``pNN__*``.

``--next-day`` (session 64, when every pair of one day had been read): stories of two outlets'
articles published a day apart (the closest pairs of a day's and the next day's articles no
story of one day holds, cosine at least ``PAIR``), coverage where the days the articles tell
are read against two publication dates. Files ``dNN__*``.

``--days-apart N`` with ``--next-day`` (session 66, when all 386 stories a day apart had been
read): the same, of articles published N days apart that no pair fewer days apart holds (51
stories two days apart, a fresh sample).

``--weaker COSINE`` (session 66, when every pair up to seven days apart had been read): pairs of
one day's articles by two outlets less alike than ``PAIR`` but at least COSINE, of the articles
no other sample holds (627 at 0.28): coverage of one story told in more different words, or of
two stories of one day that crosscheck's story step must set apart. Files ``wNN__*``.

``--after COSINE`` with ``--weaker`` (session 69, when all 627 pairs at 0.28 had been read): the
articles of those pairs are left out too, and what is left of each day is paired again from
``--weaker``'s bar on: one day's coverage in still more different words, or more often two
stories that only share a subject.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import part_of, part_parser, write_manifest  # noqa: E402

#: AllSides source names of news outlets -> the outlet's name (opinion sections, columnists,
#: think tanks and blogs are left out)
OUTLETS = {
    "Associated Press": "AP", "Reuters": "Reuters", "CNN (Web News)": "CNN", "NPR Online News": "NPR",
    "Politico": "Politico", "The Hill": "The Hill", "BBC News": "BBC News", "USA TODAY": "USA Today",
    "New York Times - News": "The New York Times", "Washington Post": "The Washington Post",
    "Wall Street Journal - News": "The Wall Street Journal", "Fox Online News": "Fox News",
    "Fox News": "Fox News", "Fox News (Online)": "Fox News", "Washington Times": "The Washington Times",
    "Christian Science Monitor": "The Christian Science Monitor", "ABC News": "ABC News",
    "ABC News (Online)": "ABC News", "CBS News": "CBS News", "NBC News (Online)": "NBC News",
    "Los Angeles Times": "Los Angeles Times", "Bloomberg": "Bloomberg", "Newsmax": "Newsmax",
    "Breitbart News": "Breitbart", "The Guardian": "The Guardian", "HuffPost": "HuffPost",
    "The Daily Caller": "The Daily Caller", "Washington Examiner": "Washington Examiner",
    "Chicago Tribune": "Chicago Tribune", "Axios": "Axios", "CBN": "CBN", "Time Magazine": "Time",
}
PAIR, THIRD = 0.35, 0.30
#: ``--weaker`` leaves out the articles of every pair up to this many days apart (all read)
WEAKER_DAYS = 7
#: bodies shorter than this are mostly teasers or paywalls; longer ones are long reads
SHORTEST, LONGEST = 1500, 15000


def _articles(git: str) -> list[dict]:
    names = subprocess.run(["git", "-C", git, "ls-tree", "-r", "--name-only", "HEAD", "data/jsons"],
                           capture_output=True, check=True, text=True).stdout.split()
    out = subprocess.run(["git", "-C", git, "cat-file", "--batch"], input="".join(f"HEAD:{n}\n" for n in names).encode(),
                         capture_output=True, check=True).stdout
    arts, i = [], 0
    while i < len(out):
        nl = out.index(b"\n", i)
        size = int(out[i:nl].split()[2])
        arts.append(json.loads(out[nl + 1: nl + 1 + size]))
        i = nl + 1 + size + 1
    return arts


def stories(arts: list[dict], two: bool = False, next_day: bool = False, apart: int = 1,
            weaker: float | None = None, after: float | None = None) -> list[list[dict]]:
    """Triples of one day's news articles by three outlets whose words are alike; ``two``:
    pairs of two outlets, of the articles no triple holds; ``next_day``: pairs of two outlets'
    articles published ``apart`` days apart (1: a day), of the articles no triple or pair of one
    day holds, nor (``apart`` 2 or more) any pair of fewer days apart."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    news = [x for x in arts if x.get("source") in OUTLETS and re.fullmatch(r"\d{4}-\d\d-\d\d", x.get("date") or "")
            and SHORTEST < len(x.get("content_original") or "") < LONGEST]
    words = lambda x: x["title"] + " " + x["content_original"][:3000]  # noqa: E731
    vec = TfidfVectorizer(stop_words="english", min_df=2, sublinear_tf=True).fit([words(x) for x in news])
    by_day: dict[str, list[dict]] = defaultdict(list)
    for x in news:
        by_day[x["date"]].append(x)
    out = []
    out2 = []
    for day in sorted(by_day):
        xs = sorted(by_day[day], key=lambda x: x["ID"])
        if len(xs) < (2 if two else 3):
            continue
        m = vec.transform([words(x) for x in xs])
        s = (m @ m.T).toarray()
        used: set[int] = set()
        outlet = lambda k: OUTLETS[xs[k]["source"]]  # noqa: E731
        for i, j in sorted(itertools.combinations(range(len(xs)), 2), key=lambda p: (-s[p], p)):
            if s[i, j] < PAIR:
                break
            if i in used or j in used or outlet(i) == outlet(j):
                continue
            third = [(min(s[i, k], s[j, k]), k) for k in range(len(xs))
                     if k not in used and k not in (i, j) and outlet(k) not in (outlet(i), outlet(j))]
            best = max(third, default=(0.0, -1))
            if best[0] >= THIRD:
                used |= {i, j, best[1]}
                out.append([xs[i], xs[j], xs[best[1]]])
        if two:  # then the closest pairs of what is left of the day
            for i, j in sorted(itertools.combinations(range(len(xs)), 2), key=lambda p: (-s[p], p)):
                if s[i, j] < PAIR:
                    break
                if i not in used and j not in used and outlet(i) != outlet(j):
                    used |= {i, j}
                    out2.append([xs[i], xs[j]])
    if weaker is not None:
        # pairs of one day less alike (``weaker`` <= cosine < PAIR), of the articles no other
        # sample holds: no triple or pair of one day, no pair up to WEAKER_DAYS days apart
        taken = {x["ID"] for st in out + out2 for x in st}
        for days_apart in range(1, WEAKER_DAYS + 1):
            taken |= {x["ID"] for st in _apart(by_day, taken, vec, words, days_apart) for x in st}
        if after is not None:  # the pairs at ``after`` are a sample of their own, all read
            taken |= {x["ID"] for st in _weaker(by_day, taken, vec, words, after) for x in st}
        return _weaker(by_day, taken, vec, words, weaker)
    if not next_day:
        return out2 if two else out
    taken = {x["ID"] for st in out + out2 for x in st}
    for days_apart in range(1, apart):  # the pairs fewer days apart, each a sample of its own
        taken |= {x["ID"] for st in _apart(by_day, taken, vec, words, days_apart) for x in st}
    return _apart(by_day, taken, vec, words, apart)


def _weaker(by_day: dict[str, list[dict]], taken: set, vec, words, bar: float) -> list[list[dict]]:
    """The closest pairs of one day's articles by two outlets, ``bar`` <= cosine < PAIR, of the
    articles not in ``taken``."""
    out4 = []
    for day in sorted(by_day):
        xs = sorted((x for x in by_day[day] if x["ID"] not in taken), key=lambda x: x["ID"])
        if len(xs) < 2:
            continue
        m = vec.transform([words(x) for x in xs])
        s = (m @ m.T).toarray()
        used: set[int] = set()
        for i, j in sorted(itertools.combinations(range(len(xs)), 2), key=lambda p: (-s[p], p)):
            if s[i, j] < bar:
                break
            if s[i, j] < PAIR and i not in used and j not in used \
                    and OUTLETS[xs[i]["source"]] != OUTLETS[xs[j]["source"]]:
                used |= {i, j}
                out4.append([xs[i], xs[j]])
    return out4


def _apart(by_day: dict[str, list[dict]], taken: set, vec, words, apart: int) -> list[list[dict]]:
    """The closest pairs of two outlets' articles published ``apart`` days apart, of the
    articles not in ``taken``; an article of the later day is paired once."""
    taken = set(taken)
    out3 = []
    for day in sorted(by_day):
        nxt = (dt.date.fromisoformat(day) + dt.timedelta(days=apart)).isoformat()
        if nxt not in by_day:
            continue
        xs = sorted((x for x in by_day[day] if x["ID"] not in taken), key=lambda x: x["ID"])
        ys = sorted((y for y in by_day[nxt] if y["ID"] not in taken), key=lambda y: y["ID"])
        if not xs or not ys:
            continue
        s = (vec.transform([words(x) for x in xs]) @ vec.transform([words(y) for y in ys]).T).toarray()
        used_x: set[int] = set()
        used_y: set[int] = set()
        for i, j in sorted(itertools.product(range(len(xs)), range(len(ys))), key=lambda p: (-s[p], p)):
            if s[i, j] < PAIR:
                break
            if i not in used_x and j not in used_y and OUTLETS[xs[i]["source"]] != OUTLETS[ys[j]["source"]]:
                used_x.add(i)
                used_y.add(j)
                out3.append([xs[i], ys[j]])
        taken |= {ys[j]["ID"] for j in used_y}  # an article of the next day is paired once
    return out3


def text_of(x: dict) -> str:
    paras = [p.strip() for p in x["content_original"].split("\n") if p.strip()]
    return x["title"].strip() + "\n\n" + "\n\n".join(paras) + "\n"


def main(argv=None) -> int:
    ap = part_parser(__doc__, "ramybaly/Article-Bias-Prediction")
    ap.add_argument("--pairs", action="store_true", help="stories of two outlets, of the articles no triple holds")
    ap.add_argument("--next-day", action="store_true",
                    help="stories of two outlets' articles a day apart, of the articles no triple or pair of one day holds")
    ap.add_argument("--days-apart", type=int, default=1,
                    help="with --next-day: this many days apart, of the articles no pair of fewer days holds")
    ap.add_argument("--weaker", type=float, default=None, metavar="COSINE",
                    help="pairs of one day at least this alike but under PAIR, of the articles no other sample holds")
    ap.add_argument("--after", type=float, default=None, metavar="COSINE",
                    help="with --weaker: leave out the articles of the pairs --weaker COSINE gives (read before)")
    a = ap.parse_args(argv)
    found = stories(_articles(a.git_dir), two=a.pairs or a.next_day or a.weaker is not None, next_day=a.next_day,
                    apart=a.days_apart, weaker=a.weaker, after=a.after)
    picked = sorted(part_of(range(len(found)), a))
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, k in enumerate(picked, 1):
        for x in found[k]:
            code = re.sub(r"\W+", "", OUTLETS[x["source"]].lower().removeprefix("the "))
            name = f"{'d' if a.next_day else 'w' if a.weaker is not None else 'p' if a.pairs else 'a'}{n:02d}__{code}.txt"
            (a.out / name).write_text(text_of(x), encoding="utf-8")
            rows.append({"file": name, "outlet": OUTLETS[x["source"]], "publisher": OUTLETS[x["source"]],
                         "published": x["date"]})
    write_manifest(a.out, rows)
    print(f"wrote {len(rows)} articles of {len(picked)} stories (of {len(found)} rebuilt) to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
