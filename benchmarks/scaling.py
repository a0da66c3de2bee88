"""Benchmark: the local engine against the Ray engine, on the same synthetic corpora.

    .venv/bin/python benchmarks/scaling.py                          # 10k and 100k claims
    .venv/bin/python benchmarks/scaling.py --sizes 10000 --workers 2

Each size and engine runs in a process of its own with no cache. The local engine has its
models loaded before the clock starts; the Ray engine's time includes starting Ray and its
workers loading the models (that is what a Ray job costs). Both reports are fingerprinted
(groups and findings), so the table also says whether the two engines agreed.

The projection per added node splits the Ray run into what the workers do (reading, claims,
embedding, alignment partitions: divided among workers) and what the driver does alone
(stories, gathering, the report): with n nodes like this one (the same workers each), a run
takes driver + workers_part / n.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: Stages whose work is spread over the workers with --engine ray.
DISTRIBUTED = ("reading", "splitting sentences", "embedding claims", "aligning")


def one(size: int, engine: str, workers: int, workdir: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from corpus import build

    from crosscheck.pipeline import Options, analyse

    folder = workdir / f"corpus-{size}"
    if not folder.exists():
        build(ROOT / "seeds", folder, size)
    if engine == "local":
        from crosscheck.embed import load_encoder
        from crosscheck.claims.nlp import load_spacy

        load_spacy()
        load_encoder()
    opts = Options(cache=False, engine=engine, workers=workers)
    t0 = time.perf_counter()
    run = analyse([str(folder)], opts)
    wall = time.perf_counter() - t0 - (run.timings.get("loading models", 0.0) if engine == "local" else 0.0)
    rep = run.report
    fingerprint = hashlib.sha256(json.dumps(
        [[g.model_dump(mode="json") for g in rep.groups], [f.model_dump(mode="json") for f in rep.findings]],
        sort_keys=True).encode()).hexdigest()[:16]
    return {"size": size, "engine": engine, "workers": workers, "claims": len(rep.claims), "articles": len(rep.articles),
            "stories": len(rep.stories), "groups": len(rep.groups), "findings": len(rep.findings), "wall_s": wall,
            "cps": len(rep.claims) / wall, "timings": run.timings, "fingerprint": fingerprint,
            "driver_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def projection(ray_row: dict, workers: int, nodes: tuple[int, ...] = (1, 2, 4, 8)) -> list[tuple[int, float]]:
    t = ray_row["timings"]
    spread = sum(t.get(k, 0.0) for k in DISTRIBUTED)
    driver = max(ray_row["wall_s"] - spread, 0.0)
    return [(n, ray_row["claims"] / (driver + spread / n)) for n in nodes]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--engines", default="local,ray")
    ap.add_argument("--workdir", default=None, help="where corpora are built (default: a temporary folder)")
    ap.add_argument("--json", default=None, help="also write the figures as JSON to this file")
    ap.add_argument("--one", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    workdir = Path(a.workdir or tempfile.mkdtemp(prefix="crosscheck-scaling-"))
    if a.one:
        size, engine = a.one.split(":")
        print(json.dumps(one(int(size), engine, a.workers, workdir)))
        return 0
    rows = []
    for size in (int(s) for s in a.sizes.split(",")):
        for engine in a.engines.split(","):
            cmd = [sys.executable, __file__, "--one", f"{size}:{engine}", "--workers", str(a.workers),
                   "--workdir", str(workdir)]
            res = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
            if res.returncode != 0:
                print(res.stderr[-3000:], file=sys.stderr)
                return 1
            rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
            print(f"measured {size} {engine}: {rows[-1]['wall_s']:.0f} s", file=sys.stderr, flush=True)
    print("| claims | engine | workers | reading | sentences+facts | embedding | stories (driver) | aligning+comparing "
          "| wall | claims/s | driver peak memory | groups | findings | same result as local |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    local = {r["size"]: r for r in rows if r["engine"] == "local"}
    for r in rows:
        t = r["timings"]
        same = "-" if r["engine"] == "local" or r["size"] not in local else (
            "yes" if r["fingerprint"] == local[r["size"]]["fingerprint"] else "NO")
        print(f"| {r['claims']:,} | {r['engine']} | {r['workers']} | {t.get('reading', 0):.1f} s | "
              f"{t.get('splitting sentences', 0):.1f} s | {t.get('embedding claims', 0):.1f} s | "
              f"{t.get('finding stories', 0):.1f} s | {t.get('aligning', 0) + t.get('comparing', 0):.1f} s | "
              f"{r['wall_s']:.0f} s | {r['cps']:.0f} | {r['driver_peak_mb']:,.0f} MB | {r['groups']:,} | {r['findings']:,} | {same} |")
    for r in rows:
        if r["engine"] == "ray":
            proj = ", ".join(f"{n} node{'s' if n > 1 else ''}: {cps:.0f} claims/s" for n, cps in projection(r, a.workers))
            print(f"\nprojected at {r['claims']:,} claims, {a.workers} workers per node: {proj}")
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
