#include "core/montecarlo.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>
#include <random>
#include <vector>

namespace core {

namespace {
constexpr int kChunk = 1024;

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Competition ranks of `scores` (1 = best, ties share) within tolerance.
void ranksOf(const QVector<double> &scoreList, QVector<int> &orderList, QVector<int> &rankList,
             double tolerance)
{
    const int n = int(scoreList.size());
    const double *scores = scoreList.constData();
    int *order = orderList.data();
    int *ranks = rankList.data();
    std::iota(order, order + n, 0);
    std::sort(order, order + n, [&](int a, int b) { return scores[a] > scores[b]; });
    int groupStart = 0;
    for (int i = 0; i < n; ++i) {
        const double lead = scores[order[groupStart]];
        const double s = scores[order[i]];
        if (std::abs(lead - s) > tolerance * std::max({1.0, std::abs(lead), std::abs(s)}))
            groupStart = i;
        ranks[order[i]] = groupStart + 1;
    }
}
} // namespace

Acceptability rankAcceptability(const Comparison &c, const QVector<double> &weights,
                                const EngineOptions &options, const MonteCarloOptions &mc,
                                const std::atomic<bool> *cancel, const std::function<void(int)> &progress)
{
    Acceptability out;
    out.seed = mc.seed;
    out.concentration = mc.concentration;
    const int n = c.optionCount();
    const int m = c.criterionCount();
    out.shares = QVector<QVector<double>>(n, QVector<double>(n, 0.0));
    if (n == 0 || m == 0 || mc.samples <= 0)
        return out;

    // Normalised scores do not depend on the weights, so the weighted sum
    // needs one matrix-vector product per sample.
    const Result base = evaluate(c, weights, options);
    const bool fastPath = options.method == Method::WeightedSum && options.missing != MissingPolicy::Exclude;
    QVector<double> alpha(m, 1.0);
    if (mc.concentration > 0) {
        for (int j = 0; j < m; ++j)
            alpha[j] = std::max(1e-3, mc.concentration * m * base.weights[j]);
    }

    const int chunks = (mc.samples + kChunk - 1) / kChunk;
    // Integer counts: their sum does not depend on which worker drew which
    // chunk, so each worker keeps one tally (n x n) and adds it at the end.
    QVector<qint64> total(qsizetype(n) * n, 0);
    std::mutex totalMutex;
    QVector<int> done(chunks, 0);
    std::atomic<int> nextChunk{0};
    std::atomic<int> finished{0};

    // Row-major copy of the normalised scores for the weighted-sum fast path.
    std::vector<double> matrix(std::size_t(n) * m);
    for (int o = 0; o < n; ++o)
        std::copy(base.normalized[o].cbegin(), base.normalized[o].cend(),
                  matrix.begin() + std::ptrdiff_t(o) * m);
    const bool flat = mc.concentration <= 0;

    auto worker = [&] {
        QVector<qint64> counts(qsizetype(n) * n, 0);
        qint64 *tally = counts.data();
        // Plain arrays: this loop runs millions of times.
        std::vector<double> w(m);
        QVector<double> weightsCopy(m);
        QVector<double> scores(n);
        QVector<int> order(n);
        QVector<int> ranks(n);
        std::vector<std::gamma_distribution<double>> gammas;
        for (int j = 0; j < m; ++j)
            gammas.emplace_back(alpha[j], 1.0);
        std::uniform_real_distribution<double> unit(std::numeric_limits<double>::min(), 1.0);
        for (int chunk = nextChunk.fetch_add(1); chunk < chunks; chunk = nextChunk.fetch_add(1)) {
            std::mt19937_64 rng(splitmix(mc.seed ^ splitmix(quint64(chunk) + 1)));
            // Distributions cache values between calls: reset them so a chunk
            // draws the same numbers whichever worker runs it.
            for (auto &g : gammas)
                g.reset();
            const int count = std::min(kChunk, mc.samples - chunk * kChunk);
            int drawn = 0;
            for (int s = 0; s < count; ++s) {
                if (cancel && cancel->load(std::memory_order_relaxed))
                    break;
                // A flat Dirichlet is normalised exponential variates.
                double sum = 0.0;
                for (int j = 0; j < m; ++j) {
                    w[j] = flat ? -std::log(unit(rng)) : gammas[j](rng);
                    sum += w[j];
                }
                const double scale = sum > 0 ? 1.0 / sum : 0.0;
                for (double &x : w)
                    x = sum > 0 ? x * scale : 1.0 / m;
                double *sc = scores.data();
                if (fastPath) {
                    const double *row = matrix.data();
                    for (int o = 0; o < n; ++o, row += m) {
                        double score = 0.0;
                        for (int j = 0; j < m; ++j)
                            score += w[j] * row[j];
                        sc[o] = score;
                    }
                } else {
                    std::copy(w.cbegin(), w.cend(), weightsCopy.begin());
                    const Result r = evaluate(c, weightsCopy, options);
                    for (int o = 0; o < n; ++o)
                        sc[o] = r.perOption[o].score;
                }
                ranksOf(scores, order, ranks, options.tieTolerance);
                const int *rk = ranks.constData();
                for (int o = 0; o < n; ++o)
                    ++tally[qsizetype(o) * n + rk[o] - 1];
                ++drawn;
            }
            done[chunk] = drawn;
            const int doneSoFar = finished.fetch_add(drawn) + drawn;
            if (progress)
                progress(doneSoFar);
        }
        const std::lock_guard<std::mutex> lock(totalMutex);
        for (qsizetype k = 0; k < total.size(); ++k)
            total[k] += counts[k];
    };

    const int threads =
        std::max(1, std::min(chunks, mc.threads > 0 ? mc.threads : QThread::idealThreadCount()));
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 1; t < threads; ++t)
        pool.start(worker);
    worker(); // the calling thread works too
    pool.waitForDone();

    for (int chunk = 0; chunk < chunks; ++chunk)
        out.samples += done[chunk];
    out.cancelled = out.samples < mc.samples;
    for (int o = 0; o < n && out.samples > 0; ++o) {
        for (int r = 0; r < n; ++r)
            out.shares[o][r] = double(total[qsizetype(o) * n + r]) / out.samples;
    }
    return out;
}

double kendallTau(const QVector<int> &a, const QVector<int> &b)
{
    const int n = int(std::min(a.size(), b.size()));
    qint64 concordant = 0;
    qint64 discordant = 0;
    qint64 tiesA = 0;
    qint64 tiesB = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const int da = (a[i] > a[j]) - (a[i] < a[j]);
            const int db = (b[i] > b[j]) - (b[i] < b[j]);
            if (da == 0 && db == 0)
                continue;
            if (da == 0)
                ++tiesA;
            else if (db == 0)
                ++tiesB;
            else if (da == db)
                ++concordant;
            else
                ++discordant;
        }
    }
    const double denominator =
        std::sqrt(double(concordant + discordant + tiesA) * double(concordant + discordant + tiesB));
    if (denominator > 0)
        return double(concordant - discordant) / denominator;
    // Both rankings are all ties (identical) or only one is (no information).
    return tiesA == 0 && tiesB == 0 ? 1.0 : 0.0;
}

} // namespace core
