#!/usr/bin/env python3
"""Flat-Dirichlet SMAA rank acceptability in NumPy, for comparison with
bench_montecarlo: a random 20 options x 30 criteria matrix of normalised
values, 100,000 weight samples drawn uniformly from the simplex (normalised
exponential variates), weighted sums, ranks, and how often each option takes
each rank.  Vectorised, on one core (BLAS threads pinned to 1).

    python3 tests/bench/smaa_numpy.py [--samples N] [--runs R] [--csv MATRIX.csv]

With --csv, the matrix is a Tradeoff CSV decision matrix (header, optional
@weight/@direction/@category/@min/@max rows, then one row per option, every
cell scored), normalised as `tradeoff --normalization scale` does: linear on
the @min..@max scale (else 0..the largest value), clamped, cost criteria
reversed.  bench_commands runs it that way beside `tradeoff sensitivity
--samples 100000` on the same file.

Needs python3-numpy; not part of the test suite.
"""
import argparse
import csv
import os
import time

# One core: set before NumPy loads its BLAS.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import numpy as np  # noqa: E402


def acceptability(matrix, samples, rng, block=10_000):
    """shares[o, r]: the share of samples in which option o ranks r + 1."""
    n, m = matrix.shape
    counts = np.zeros(n * n, dtype=np.int64)
    rows = np.arange(n)
    done = 0
    while done < samples:
        size = min(block, samples - done)
        w = rng.standard_exponential((size, m))
        w /= w.sum(axis=1, keepdims=True)
        scores = w @ matrix.T  # size x n
        # Rank by counting the options that score higher (as bench_montecarlo
        # does), not by sorting.
        ranks = (scores[:, None, :] > scores[:, :, None]).sum(axis=2)  # size x n
        counts += np.bincount((rows * n + ranks).ravel(), minlength=n * n)
        done += size
    return counts.reshape(n, n) / max(samples, 1)


def read_matrix(path):
    """The benefit-oriented, scale-normalised matrix of a CSV decision matrix."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    m = len(rows[0]) - 1
    directives = {r[0]: r[1:] for r in rows[1:] if r and r[0].startswith("@")}
    values = np.array([[float(x) for x in r[1:]] for r in rows[1:] if r and not r[0].startswith("@")])
    lo = np.array([float(x) if x else 0.0 for x in directives.get("@min", [""] * m)])
    hi = np.array([float(x) if x else 0.0 for x in directives.get("@max", [""] * m)])
    declared = np.array([bool(a) and bool(b) for a, b in zip(directives.get("@min", [""] * m),
                                                              directives.get("@max", [""] * m))])
    lo = np.where(declared, lo, np.minimum(0.0, values.min(axis=0)))
    hi = np.where(declared, hi, np.maximum(0.0, values.max(axis=0)))
    span = hi - lo
    t = np.clip((values - lo) / np.where(span > 0, span, 1.0), 0.0, 1.0)
    t = np.where(span > 0, t, 1.0)
    cost = np.array([d.strip() == "cost" for d in directives.get("@direction", ["benefit"] * m)])
    return np.where(cost, 1.0 - t, t)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--csv", help="a CSV decision matrix instead of a random 20 x 30 one")
    args = parser.parse_args()
    rng = np.random.default_rng(42)
    matrix = read_matrix(args.csv) if args.csv else rng.random((20, 30))
    cpu, wall = [], []
    for _ in range(args.runs):
        c0, w0 = time.process_time(), time.perf_counter()
        shares = acceptability(matrix, args.samples, rng)
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    assert args.samples == 0 or np.allclose(shares.sum(axis=1), 1.0)
    cpu.sort()
    wall.sort()
    n, m = matrix.shape
    print(
        f"NumPy {np.__version__} flat-Dirichlet SMAA, {n} options x {m} criteria, {args.samples} samples, "
        f"one core: CPU median {cpu[len(cpu) // 2]:.1f} ms, best {cpu[0]:.1f} ms; "
        f"wall median {wall[len(wall) // 2]:.1f} ms, best {wall[0]:.1f} ms ({args.runs} runs)"
    )


if __name__ == "__main__":
    main()
