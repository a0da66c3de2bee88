"""Clustering shared by story blocking and claim grouping: average linkage over a similarity
matrix (it cannot chain), and nearest-neighbour blocks for very large sets."""
from __future__ import annotations

import numpy as np


def average_linkage(sim: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels from average-linkage agglomeration, merging while the mean similarity
    between two clusters is at least ``threshold`` (scipy's linkage, O(n^2) memory)."""
    n = sim.shape[0]
    if n == 1:
        return [0]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dist = np.clip(1.0 - sim.astype(np.float64), 0.0, None)
    np.fill_diagonal(dist, 0.0)
    dist = (dist + dist.T) / 2
    tree = linkage(squareform(dist, checks=False), method="average")
    raw = fcluster(tree, t=1.0 - threshold, criterion="distance")
    first: dict[int, int] = {}
    for i, lab in enumerate(raw):  # number clusters by their first member: stable, order-free
        first.setdefault(int(lab), i)
    order = {lab: k for k, lab in enumerate(sorted(first, key=first.get))}
    return [order[int(lab)] for lab in raw]


def weighted_average_linkage(sim: np.ndarray, weight: np.ndarray, threshold: float) -> list[int]:
    """Average linkage where each pair counts with its weight: two clusters merge while the
    weighted mean similarity of their pairs is at least ``threshold`` (with every weight 1,
    :func:`average_linkage`). A pair of weight 0 does not count at all; two clusters joined
    only by such pairs do not merge directly. Clusters are merged best first; each cluster's
    best partner is kept and recomputed only when it is merged away, so a merge costs a few
    passes over one row, not over the matrix."""
    n = sim.shape[0]
    if n == 1:
        return [0]
    s = np.array(sim, dtype=np.float64) * weight
    w = np.array(weight, dtype=np.float64)
    np.fill_diagonal(s, 0.0)
    np.fill_diagonal(w, 0.0)
    alive = np.ones(n, dtype=bool)

    def links(rows) -> np.ndarray:
        out = np.where(w[rows] > 0, s[rows] / np.where(w[rows] > 0, w[rows], 1.0), -np.inf)
        out[..., ~alive] = -np.inf
        return out

    link = links(np.arange(n))
    np.fill_diagonal(link, -np.inf)
    best, partner = link.max(axis=1), link.argmax(axis=1)
    parent = np.arange(n)
    while True:
        i = int(np.argmax(best))
        if not best[i] >= threshold:
            break
        j = int(partner[i])
        i, j = min(i, j), max(i, j)  # the merged cluster keeps its first member's row
        s[i] += s[j]
        s[:, i] = s[i]
        w[i] += w[j]
        w[:, i] = w[i]
        s[i, i] = w[i, i] = 0.0
        alive[j] = False
        parent[j] = i
        row = links(i)
        row[i] = -np.inf
        link[i], link[:, i] = row, row
        link[j], link[:, j] = -np.inf, -np.inf
        best[j] = -np.inf
        best[i], partner[i] = row.max(), row.argmax()
        stale = np.flatnonzero(alive & ((partner == i) | (partner == j)))
        stale = stale[stale != i]
        if len(stale):
            best[stale], partner[stale] = link[stale].max(axis=1), link[stale].argmax(axis=1)
        better = alive & (row > best)
        better[i] = False
        best[better], partner[better] = row[better], i
    root = parent.copy()
    while not np.array_equal(root, root[root]):
        root = root[root]
    order: dict[int, int] = {}
    for r in root.tolist():  # clusters numbered by their first member, as average_linkage does
        order.setdefault(r, len(order))
    return [order[r] for r in root.tolist()]


#: a block too large is split again at a bar this much stricter, up to SPLIT_UNTIL; beyond, its
#: members are near-copies and are cut in input order (chosen: the scaling benchmark's 100k
#: corpus splits in a few steps; docs/scaling.md)
SPLIT_STEP = 0.05
SPLIT_UNTIL = 0.95
#: links per node of the HNSW graph (faiss's usual value)
HNSW_LINKS = 32


def neighbour_blocks(vectors: np.ndarray, threshold: float, k: int = 20, max_size: int = 2000) -> list[list[int]]:
    """Connected components of the k-nearest-neighbour graph (faiss), keeping edges at or
    above ``threshold``: stories never span two components, and each is clustered alone.

    A component larger than ``max_size`` (a corpus of many look-alike stories) is split again
    at a stricter threshold, step by step, so that clustering a block never costs more than
    ``max_size`` squared; the articles of one story are far more alike than the bar where
    such a split happens."""
    import faiss

    n = len(vectors)
    index = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    sims, nbrs = index.search(np.ascontiguousarray(vectors, dtype=np.float32), min(k, n))

    def components(nodes: list[int], bar: float) -> list[list[int]]:
        """The connected components of ``nodes`` over their neighbour edges at or above ``bar``
        (each component's nodes in the order of ``nodes``; components by their first node)."""
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        nodes_a = np.asarray(nodes, dtype=np.int64)
        local = np.full(n, -1, dtype=np.int64)
        local[nodes_a] = np.arange(len(nodes_a))
        nb = nbrs[nodes_a]
        ok = (nb >= 0) & (sims[nodes_a] >= bar)
        rows = np.repeat(np.arange(len(nodes_a)), nb.shape[1])[ok.ravel()]
        cols = local[np.where(ok, nb, 0).ravel()[ok.ravel()]]
        keep = (cols >= 0) & (cols != rows)
        graph = coo_matrix((np.ones(int(keep.sum()), dtype=np.int8), (rows[keep], cols[keep])),
                           shape=(len(nodes_a), len(nodes_a)))
        _, labels = connected_components(graph, directed=False)
        comps: dict[int, list[int]] = {}
        for i, label in zip(nodes, labels.tolist()):
            comps.setdefault(label, []).append(i)
        return list(comps.values())

    out: list[list[int]] = []
    todo = [(list(range(n)), threshold)]
    while todo:
        nodes, bar = todo.pop()
        for comp in components(nodes, bar):
            if len(comp) <= max_size:
                out.append(comp)
            elif bar < SPLIT_UNTIL:
                todo.append((comp, bar + SPLIT_STEP))
            else:  # near-copies all the way down: cut in input order
                out += [comp[i : i + max_size] for i in range(0, len(comp), max_size)]
    return sorted(out, key=min)
