"""Benchmark: crosscheck's pipeline against the encoder alone, at several corpus sizes.

    .venv/bin/python benchmarks/run.py                      # 1k, 10k and 100k claims
    .venv/bin/python benchmarks/run.py --sizes 1000,10000   # a quicker run
    .venv/bin/python benchmarks/run.py --sizes 10000 --encoders 10000   # and the encoder backends side by side
    .venv/bin/python benchmarks/run.py --repeat 3           # 3 runs of each size up to 10k, medians

For each size, a synthetic corpus of that many claims is built (benchmarks/corpus.py) and
checked in a process of its own (so peak memory is that size's), with models loaded before the
clock starts and no embedding cache. Then the encoder alone embeds the same sentences with the
same batch size: the limit on this machine. Printed: per stage wall time and claims per second,
the pipeline's throughput, the encoder's, their ratio, stories + alignment + comparison as a
share of the embedding stage and of the encoder alone (the cost of embedding the corpus: the
target's measure), and peak memory; plus, with --warm, a
re-run on the corpus with one new article, served from the embedding cache (sizes up to
--warm-max). With --encoders SIZE, the encoder backends (torch, onnx, onnx-int8) embed the sentences
of that size side by side: their throughput, speed-up and cosine to the torch vectors.
"""
from __future__ import annotations

import argparse
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
STAGES = ["reading", "splitting sentences", "embedding claims", "finding stories", "aligning", "comparing",
          "building the report"]


def one(size: int, batch_size: int, workdir: Path, warm: bool, backend: str = "torch", repeat: int = 1) -> dict:
    """Measure one size, in this process: ``repeat`` times the pipeline then the encoder alone,
    in turn; the figures are the medians (this machine's speed moves by ~10% from minute to
    minute), with every pair's ratio kept."""
    sys.path.insert(0, str(HERE))
    from corpus import build

    from crosscheck.embed import load_encoder
    from crosscheck.claims.nlp import load_spacy
    from crosscheck.pipeline import Options, analyse

    folder = workdir / f"corpus-{size}"
    if not folder.exists():
        build(ROOT / "seeds", folder, size)
    load_spacy()
    opts = Options(cache=False, batch_size=batch_size, backend=backend, cache_dir=str(workdir / "models"))
    encoder = load_encoder(opts.encoder, opts.backend, opts.cache_dir, opts.cache)  # the pipeline's own
    pairs, pipeline_peak = [], None
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        run = analyse([str(folder)], opts)
        wall = time.perf_counter() - t0 - run.timings.get("loading models", 0.0)
        if pipeline_peak is None:  # before the first encoder-alone pass
            pipeline_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        texts = [c.text for c in run.report.claims]
        t1 = time.perf_counter()
        encoder.encode(texts, batch_size=batch_size)
        pairs.append((wall, time.perf_counter() - t1, run))
    n = len(texts)
    by_wall = sorted(pairs, key=lambda p: p[0])
    wall, run = by_wall[len(by_wall) // 2][0], by_wall[len(by_wall) // 2][2]  # the median run's stages
    enc = sorted(p[1] for p in pairs)[len(pairs) // 2]
    out = {
        "size": size, "backend": backend, "claims": n, "articles": len(run.report.articles), "stories": len(run.report.stories),
        "findings": len(run.report.findings), "stages": {k: run.timings.get(k, 0.0) for k in STAGES},
        "pipeline_s": wall, "pipeline_cps": n / wall, "encoder_s": enc, "encoder_cps": n / enc,
        "runs": [{"pipeline_s": w, "encoder_s": e, "ratio": e / w} for w, e, _r in pairs],
        "ratio": (n / wall) / (n / enc),
        "align_compare_vs_embedding": sum(run.timings.get(k, 0) for k in ("finding stories", "aligning", "comparing"))
                                      / max(run.timings.get("embedding claims", 1e-9), 1e-9),
        # the target's measure: the cost of embedding the corpus is the encoder alone on its
        # claims (the "embedding" stage is only what is left of it once reading is done)
        "align_compare_vs_encoder": sum(run.timings.get(k, 0) for k in ("finding stories", "aligning", "comparing")) / enc,
    }
    if warm:
        cache = workdir / f"cache-{size}"
        analyse([str(folder)], Options(batch_size=batch_size, cache_dir=str(cache), backend=backend))  # cold, fills the cache
        extra = folder / "zz-new-article.txt"
        extra.write_text("A new article arrives\nMarch 3, 2025\nOfficials said on Monday that a new bridge "
                         "opened in the capital after three years of work.\nThe bridge cost 40 million euros.\n"
                         "© 2025 AFP\n", encoding="utf-8")
        t2 = time.perf_counter()
        again = analyse([str(folder)], Options(batch_size=batch_size, cache_dir=str(cache), backend=backend))
        out["warm_s"] = time.perf_counter() - t2 - again.timings.get("loading models", 0.0)
        out["warm_vs_cold"] = out["warm_s"] / wall
        extra.unlink()
    out["pipeline_peak_mb"] = pipeline_peak
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def encoders(size: int, batch_size: int, workdir: Path) -> list[dict]:
    """The encoder backends on the claims of the corpus of ``size``, side by side."""
    from crosscheck.embed import load_encoder
    from crosscheck.ingest import load_corpus
    from crosscheck.claims import extract_claims
    from crosscheck.claims.nlp import load_spacy

    folder = workdir / f"corpus-{size}"
    corpus = load_corpus([str(folder)])
    texts = list(dict.fromkeys(c.text for c in extract_claims(corpus.articles, load_spacy(), workers=os.cpu_count() or 1)))
    rows, ref = [], None
    for backend in ("torch", "onnx", "onnx-int8"):
        enc = load_encoder(backend=backend, cache_dir=str(workdir / "models"))  # exported before the clock starts
        enc.encode(texts[:64], batch_size=batch_size)
        t0 = time.perf_counter()
        vecs = enc.encode(texts, batch_size=batch_size)
        secs = time.perf_counter() - t0
        if ref is None:
            ref = vecs
        cos = (vecs * ref).sum(axis=1)
        rows.append({"backend": backend, "sentences": len(texts), "seconds": secs, "cps": len(texts) / secs,
                     "cos_min": float(cos.min()), "cos_mean": float(cos.mean())})
    for r in rows:
        r["speedup"] = r["cps"] / rows[0]["cps"]
    return rows


def encoder_table(rows: list[dict]) -> str:
    lines = ["| encoder backend | sentences | seconds | sentences/s | speed-up | cosine to torch (min / mean) |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['backend']} | {r['sentences']:,} | {r['seconds']:.1f} | {r['cps']:.0f} | {r['speedup']:.2f}x | "
                     f"{r['cos_min']:.4f} / {r['cos_mean']:.4f} |")
    return "\n".join(lines)


def table(rows: list[dict]) -> str:
    lines = ["| claims | articles | stories | reading | sentences+facts | embedding | stories+aligning | comparing | "
             "pipeline claims/s | encoder alone claims/s | pipeline / encoder | align+compare / embedding stage | "
             "align+compare / encoder alone | peak memory (pipeline) | warm re-run / cold |",
             "|" + "---:|" * 15]
    for r in rows:
        st = r["stages"]
        lines.append(
            f"| {r['claims']:,} | {r['articles']:,} | {r['stories']:,} | {st['reading']:.1f} s | "
            f"{st['splitting sentences']:.1f} s | {st['embedding claims']:.1f} s | "
            f"{st.get('finding stories', 0) + st['aligning']:.1f} s | "
            f"{st['comparing']:.1f} s | {r['pipeline_cps']:.0f} | {r['encoder_cps']:.0f} | {r['ratio']:.2f} | "
            f"{r['align_compare_vs_embedding']:.1%} | "
            + (f"{r['align_compare_vs_encoder']:.1%}" if "align_compare_vs_encoder" in r else "-")
            + f" | {r.get('pipeline_peak_mb', r['peak_mb']):,.0f} MB | "
            + (f"{r['warm_vs_cold']:.1%}" if "warm_vs_cold" in r else "-") + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="claims per corpus, comma separated")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--workdir", default=None, help="where corpora are built (default: a temporary folder)")
    ap.add_argument("--warm", action="store_true", help="also time a cached re-run with one new article")
    ap.add_argument("--warm-max", type=int, default=10000, help="largest size given a warm re-run (default 10000)")
    ap.add_argument("--backend", default="torch", choices=["torch", "onnx", "onnx-int8"], help="the pipeline's encoder backend")
    ap.add_argument("--encoders", type=int, default=None, metavar="SIZE",
                    help="also compare the encoder backends on the claims of the corpus of SIZE")
    ap.add_argument("--encoders-at", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--repeat", type=int, default=1, help="runs of the pipeline and the encoder alone per size, in turn; "
                    "medians are reported (default 1)")
    ap.add_argument("--repeat-max", type=int, default=10000, help="largest size repeated (default 10000)")
    ap.add_argument("--json", default=None, help="also write the figures as JSON to this file")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    workdir = Path(a.workdir or tempfile.mkdtemp(prefix="crosscheck-bench-"))
    if a.one is not None:
        print(json.dumps(one(a.one, a.batch_size, workdir, a.warm, a.backend, a.repeat)))
        return 0
    if a.encoders_at is not None:
        print(json.dumps(encoders(a.encoders_at, a.batch_size, workdir)))
        return 0

    def sub(*args: str) -> dict | list | None:
        cmd = [sys.executable, __file__, *args, "--batch-size", str(a.batch_size), "--workdir", str(workdir)]
        res = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
        if res.returncode != 0:
            print(res.stderr[-2000:], file=sys.stderr)
            return None
        return json.loads(res.stdout.strip().splitlines()[-1])

    rows, sizes = [], [int(s) for s in a.sizes.split(",")]
    for size in sizes:
        row = sub("--one", str(size), "--backend", a.backend, "--repeat", str(a.repeat if size <= a.repeat_max else 1),
                  *(["--warm"] if a.warm and size <= a.warm_max else []))
        if row is None:
            return 1
        rows.append(row)
        spread = ", ".join(f"{r['ratio']:.2f}" for r in row["runs"])
        print(f"measured {size}: {row['claims']} claims; pipeline / encoder per run: {spread}", file=sys.stderr, flush=True)
    print(table(rows))
    if any(len(r["runs"]) > 1 for r in rows):
        print()
        for r in rows:
            if len(r["runs"]) > 1:
                print(f"{r['claims']:,} claims, {len(r['runs'])} runs (medians above): pipeline "
                      + ", ".join(f"{x['pipeline_s']:.1f}" for x in r["runs"]) + " s; encoder alone "
                      + ", ".join(f"{x['encoder_s']:.1f}" for x in r["runs"]) + " s; ratio per run "
                      + ", ".join(f"{x['ratio']:.2f}" for x in r["runs"]))
    enc_rows = None
    if a.encoders:
        enc_rows = sub("--encoders-at", str(a.encoders))
        if enc_rows is None:
            return 1
        print()
        print(encoder_table(enc_rows))
    if a.json:
        Path(a.json).write_text(json.dumps({"pipeline": rows, "encoders": enc_rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
