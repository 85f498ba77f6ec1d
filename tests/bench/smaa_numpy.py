#!/usr/bin/env python3
"""Flat-Dirichlet SMAA rank acceptability in NumPy, for comparison with
bench_montecarlo: a random 20 options x 30 criteria matrix of normalised
values, 100,000 weight samples drawn uniformly from the simplex (normalised
exponential variates), weighted sums, ranks, and how often each option takes
each rank.  Vectorised, on one core (BLAS threads pinned to 1).

    python3 tests/bench/smaa_numpy.py [--samples N] [--runs R]

Needs python3-numpy; not part of the test suite.
"""
import argparse
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
    return counts.reshape(n, n) / samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(42)
    matrix = rng.random((20, 30))
    cpu, wall = [], []
    for _ in range(args.runs):
        c0, w0 = time.process_time(), time.perf_counter()
        shares = acceptability(matrix, args.samples, rng)
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    assert np.allclose(shares.sum(axis=1), 1.0)
    cpu.sort()
    wall.sort()
    print(
        f"NumPy {np.__version__} flat-Dirichlet SMAA, 20 options x 30 criteria, {args.samples} samples, "
        f"one core: CPU median {cpu[len(cpu) // 2]:.1f} ms, best {cpu[0]:.1f} ms; "
        f"wall median {wall[len(wall) // 2]:.1f} ms, best {wall[0]:.1f} ms ({args.runs} runs)"
    )


if __name__ == "__main__":
    main()
