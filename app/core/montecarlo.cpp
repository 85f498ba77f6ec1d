#include "core/montecarlo.h"

#include "core/dirichlet.h"
#include "core/scoring.h"
#include "core/smaa.h"
#include "core/vectorclones.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <mutex>
#include <vector>

namespace core {

namespace {
constexpr int kChunk = 1024;    // samples with one generator: the unit of reproducibility
constexpr int kBatch = 64;      // samples scored together; divides kChunk
constexpr int kLanes = 8;       // samples one loop iteration carries in registers
constexpr int kTallies = 4;     // see tallyBatch()
constexpr int kCountUpTo = 256; // options; beyond, ranks come from a sort (n log n beats n^2)

// Four samples' values: GCC's vector extension, which keeps the loop below
// running along samples (left alone, the compiler vectorises along criteria
// with shuffles, several times slower).  Each lane adds in criterion order.
typedef double Four __attribute__((vector_size(32)));

// Weighted sums of a batch: scores[o][b] = sum_j w[j][b] * matrix[o][j],
// added in criterion order as scoring::score() adds them.  Four options at a
// time share each load of the weights and keep eight sums in flight.
TRADEOFF_VECTOR_CLONES void batchScores(const double *__restrict matrix, int n, int m,
                                        const double *__restrict w, double *__restrict scores)
{
    static_assert(kLanes == 8);
    constexpr int kRows = 4;
    for (int o = 0; o < n; o += kRows) {
        const double *row[kRows];
        for (int i = 0; i < kRows; ++i)
            row[i] = matrix + std::ptrdiff_t(std::min(o + i, n - 1)) * m; // the last option again
        for (int b0 = 0; b0 < kBatch; b0 += kLanes) {
            Four acc0a = {}, acc0b = {}, acc1a = {}, acc1b = {};
            Four acc2a = {}, acc2b = {}, acc3a = {}, acc3b = {};
            for (int j = 0; j < m; ++j) {
                const double *wj = w + std::ptrdiff_t(j) * kBatch + b0;
                Four wa;
                Four wb;
                std::memcpy(&wa, wj, sizeof wa);
                std::memcpy(&wb, wj + 4, sizeof wb);
                acc0a += wa * row[0][j];
                acc0b += wb * row[0][j];
                acc1a += wa * row[1][j];
                acc1b += wb * row[1][j];
                acc2a += wa * row[2][j];
                acc2b += wb * row[2][j];
                acc3a += wa * row[3][j];
                acc3b += wb * row[3][j];
            }
            const Four acc[kRows][2] = {{acc0a, acc0b}, {acc1a, acc1b}, {acc2a, acc2b}, {acc3a, acc3b}};
            for (int i = 0; i < kRows && o + i < n; ++i) {
                double *out = scores + std::ptrdiff_t(o + i) * kBatch + b0;
                std::memcpy(out, &acc[i][0], sizeof acc[i][0]);
                std::memcpy(out + 4, &acc[i][1], sizeof acc[i][1]);
            }
        }
    }
}

// TOPSIS for many weightings.  The weights are never negative here, so a
// sample's ideal point is w_j * max_j and its anti-ideal w_j * min_j, and the
// squared distances are sums of w_j^2 times squared differences that do not
// depend on the weights: sum_j w_j^2 (r_oj - max_j)^2 and the same with min_j.
// Those two option-major n x m tables are made once per run, and a batch is
// then two weighted sums, like the linear methods.  The scores equal
// scoring::score()'s but for rounding in the last bits, far below the tie
// tolerance; equal options still get equal scores.
struct TopsisDistances
{
    std::vector<double> toBest;  // (r_oj - max_j)^2
    std::vector<double> toWorst; // (r_oj - min_j)^2
};

TopsisDistances topsisDistances(const scoring::Prepared &p)
{
    TopsisDistances d{std::vector<double>(p.matrix.size(), 0.0), std::vector<double>(p.matrix.size(), 0.0)};
    for (int o = 0; o < p.n; ++o) {
        for (int j = 0; j < p.m; ++j) {
            const std::size_t at = std::size_t(o) * p.m + std::size_t(j);
            const double r = p.matrix[at];
            const double best = r - p.columnMax[std::size_t(j)];
            const double worst = r - p.columnMin[std::size_t(j)];
            d.toBest[at] = best * best;
            d.toWorst[at] = worst * worst;
        }
    }
    return d;
}

// TOPSIS closeness from the squared distances to the ideal and anti-ideal
// points, kLanes samples, as scoring::score() finishes.
inline void closeness(const double *plus, const double *minus, double *out)
{
    for (int k = 0; k < kLanes; ++k) {
        const double dPlus = std::sqrt(plus[k]);
        const double dMinus = std::sqrt(minus[k]);
        const double denom = dPlus + dMinus;
        out[k] = denom > 0 ? dMinus / denom : 0.5;
    }
}

// TOPSIS closeness of a batch from the squared weights `w2` (laid out like
// the weights).  Two options at a time, both distances each: eight sums of
// four samples in flight share each load of the weights.
TRADEOFF_VECTOR_CLONES void batchTopsis(const double *__restrict toBest, const double *__restrict toWorst,
                                        int n, int m, const double *__restrict w2, double *__restrict scores)
{
    static_assert(kLanes == 8);
    for (int o = 0; o < n; o += 2) {
        const int second = o + 1 < n ? o + 1 : o; // an odd last option twice
        const double *best0 = toBest + std::ptrdiff_t(o) * m;
        const double *worst0 = toWorst + std::ptrdiff_t(o) * m;
        const double *best1 = toBest + std::ptrdiff_t(second) * m;
        const double *worst1 = toWorst + std::ptrdiff_t(second) * m;
        for (int b0 = 0; b0 < kBatch; b0 += kLanes) {
            Four plus0a = {}, plus0b = {}, minus0a = {}, minus0b = {};
            Four plus1a = {}, plus1b = {}, minus1a = {}, minus1b = {};
            for (int j = 0; j < m; ++j) {
                const double *wj = w2 + std::ptrdiff_t(j) * kBatch + b0;
                Four wa;
                Four wb;
                std::memcpy(&wa, wj, sizeof wa);
                std::memcpy(&wb, wj + 4, sizeof wb);
                plus0a += wa * best0[j];
                plus0b += wb * best0[j];
                minus0a += wa * worst0[j];
                minus0b += wb * worst0[j];
                plus1a += wa * best1[j];
                plus1b += wb * best1[j];
                minus1a += wa * worst1[j];
                minus1b += wb * worst1[j];
            }
            double plus[kLanes];
            double minus[kLanes];
            std::memcpy(plus, &plus0a, sizeof plus0a);
            std::memcpy(plus + 4, &plus0b, sizeof plus0b);
            std::memcpy(minus, &minus0a, sizeof minus0a);
            std::memcpy(minus + 4, &minus0b, sizeof minus0b);
            closeness(plus, minus, scores + std::ptrdiff_t(o) * kBatch + b0);
            if (o + 1 < n) {
                std::memcpy(plus, &plus1a, sizeof plus1a);
                std::memcpy(plus + 4, &plus1b, sizeof plus1b);
                std::memcpy(minus, &minus1a, sizeof minus1a);
                std::memcpy(minus + 4, &minus1b, sizeof minus1b);
                closeness(plus, minus, scores + std::ptrdiff_t(o + 1) * kBatch + b0);
            }
        }
    }
}

// How many options beat each option in each sample of a batch: a count of
// comparisons with the option's tie ceiling (scoring::TieRule), not a sort.
TRADEOFF_VECTOR_CLONES void batchRanks(const double *__restrict scores, int n, scoring::TieRule ties,
                                       double *__restrict ceilings, qint64 *__restrict beaten)
{
    for (int i = 0; i < n * kBatch; ++i)
        ceilings[i] = ties.ceiling(scores[i]);
    for (int o = 0; o < n; ++o) {
        for (int b0 = 0; b0 < kBatch; b0 += kLanes) {
            qint64 count[kLanes] = {};
            const double *ceiling = ceilings + std::ptrdiff_t(o) * kBatch + b0;
            for (int p = 0; p < n; ++p) {
                const double *s = scores + std::ptrdiff_t(p) * kBatch + b0;
                for (int k = 0; k < kLanes; ++k)
                    count[k] += s[k] > ceiling[k] ? 1 : 0;
            }
            std::copy(count, count + kLanes, beaten + std::ptrdiff_t(o) * kBatch + b0);
        }
    }
}

// A key whose unsigned order is the descending order of the doubles (-0
// just after +0, which compare equal anyway).
inline quint64 descendingKey(double v)
{
    quint64 bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    const quint64 ascending = (bits >> 63) != 0 ? ~bits : bits | (quint64(1) << 63);
    return ~ascending;
}

// Working space of sortedRanks(), kept by each worker.
struct RankSort
{
    std::vector<quint64> keys, keys2;
    std::vector<int> options, options2;
    std::vector<double> values;
};

// batchRanks() for many options: each sample's options sorted by score, best
// first (a radix sort on the scores' bits: exact, and several times quicker
// than comparing), then one pass counts the scores above each ceiling:
// ceilings fall with the scores (TieRule::ceiling is monotone), so the count
// only grows.
void sortedRanks(const double *scores, int n, int size, const scoring::TieRule &ties, RankSort &sort,
                 qint64 *beaten)
{
    const std::size_t count = std::size_t(n);
    sort.keys.resize(count);
    sort.keys2.resize(count);
    sort.options.resize(count);
    sort.options2.resize(count);
    sort.values.resize(count);
    for (int b = 0; b < size; ++b) {
        std::array<std::array<int, 256>, 8> histogram{};
        for (int o = 0; o < n; ++o) {
            const quint64 key = descendingKey(scores[std::ptrdiff_t(o) * kBatch + b]);
            sort.keys[std::size_t(o)] = key;
            sort.options[std::size_t(o)] = o;
            for (int d = 0; d < 8; ++d)
                ++histogram[std::size_t(d)][(key >> (8 * d)) & 0xff];
        }
        for (int d = 0; d < 8; ++d) {
            std::array<int, 256> &h = histogram[std::size_t(d)];
            // A digit every key shares changes nothing: skip its pass.
            if (h[(sort.keys[0] >> (8 * d)) & 0xff] == n)
                continue;
            int total = 0;
            for (int &bucket : h) {
                const int here = bucket;
                bucket = total;
                total += here;
            }
            for (std::size_t i = 0; i < count; ++i) {
                const quint64 key = sort.keys[i];
                const std::size_t to = std::size_t(h[(key >> (8 * d)) & 0xff]++);
                sort.keys2[to] = key;
                sort.options2[to] = sort.options[i];
            }
            sort.keys.swap(sort.keys2);
            sort.options.swap(sort.options2);
        }
        for (std::size_t i = 0; i < count; ++i)
            sort.values[i] = scores[std::ptrdiff_t(sort.options[i]) * kBatch + b];
        qint64 above = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const double ceiling = ties.ceiling(sort.values[i]);
            while (above < n && sort.values[std::size_t(above)] > ceiling)
                ++above;
            beaten[std::ptrdiff_t(sort.options[i]) * kBatch + b] = above;
        }
    }
}

// Adds a batch's ranks to `tallies` n x n tables of counts.  Four tallies,
// for samples 0, 1, 2, 3 mod 4: an option often takes the same rank in
// consecutive samples, and one counter would make each increment wait for the
// one before.  One for many options, whose tables are large.
void tallyBatch(const qint64 *beaten, int n, int size, int tallies, qint64 *counts)
{
    for (int o = 0; o < n; ++o) {
        qint64 *row[kTallies];
        for (int t = 0; t < kTallies; ++t)
            row[t] = counts + (qsizetype(t % tallies) * n + o) * n;
        const qint64 *ranks = beaten + std::ptrdiff_t(o) * kBatch;
        int b = 0;
        for (; tallies == kTallies && b + kTallies <= size; b += kTallies) {
            for (int t = 0; t < kTallies; ++t)
                ++row[t][ranks[b + t]];
        }
        for (; b < size; ++b)
            ++row[0][ranks[b]];
    }
}

// Divides each sample's weights by their sum.
TRADEOFF_VECTOR_CLONES void normalizeBatch(double *__restrict w, int m)
{
    double sum[kBatch] = {};
    for (int j = 0; j < m; ++j) {
        const double *wj = w + std::ptrdiff_t(j) * kBatch;
        for (int b = 0; b < kBatch; ++b)
            sum[b] += wj[b];
    }
    double scale[kBatch];
    for (int b = 0; b < kBatch; ++b)
        scale[b] = 1.0 / sum[b];
    for (int j = 0; j < m; ++j) {
        double *wj = w + std::ptrdiff_t(j) * kBatch;
        for (int b = 0; b < kBatch; ++b)
            wj[b] *= scale[b];
    }
    // Gamma variates of tiny shape can all underflow to 0: equal weights then.
    for (int b = 0; b < kBatch; ++b) {
        for (int j = 0; j < m && !(sum[b] > 0); ++j)
            w[std::ptrdiff_t(j) * kBatch + b] = 1.0 / m;
    }
}

// One worker's buffers, laid out [criterion][sample] and [option][sample]
// so that the loops above run along samples; allocated once per worker.
struct Batch
{
    Batch(int n, int m)
        : w(std::size_t(m) * kBatch, 1.0)
        , scores(std::size_t(n) * kBatch, 0.0)
        , ceilings(scores.size(), 0.0)
        , beaten(scores.size(), 0)
        , one(std::size_t(m), 0.0)
        , oneScores(std::size_t(n), 0.0)
    {
    }
    std::vector<double> w;
    std::vector<double> scores;
    std::vector<double> ceilings;
    std::vector<qint64> beaten;
    std::vector<double> w2;  // TOPSIS: the weights squared
    std::vector<double> one; // one sample's weights, for the methods scored one sample at a time
    std::vector<double> oneScores;
    std::vector<double> scratch;
    RankSort sorted;
};

// Draws `size` samples of weights, each summing to 1.
void drawWeights(DirichletSampler &sampler, Batch &batch, int m, int size)
{
    if (sampler.flat())
        sampler.exponentials(batch.w.data(), m * kBatch); // the whole batch, used or not
    else
        sampler.draw(batch.w.data(), kBatch, size, 1);
    normalizeBatch(batch.w.data(), m);
}

// Scores one batch: the linear methods (weighted sum, the product's
// logarithms, PROMETHEE II's flows) and TOPSIS together, the others sample by
// sample.
void scoreBatch(const scoring::Prepared &p, const TopsisDistances &topsis, Batch &batch, int size)
{
    if (p.linear()) {
        batchScores(p.matrix.data(), p.n, p.m, batch.w.data(), batch.scores.data());
        return;
    }
    if (p.method == Method::Topsis) {
        batch.w2.resize(batch.w.size());
        for (std::size_t i = 0; i < batch.w.size(); ++i)
            batch.w2[i] = batch.w[i] * batch.w[i];
        batchTopsis(topsis.toBest.data(), topsis.toWorst.data(), p.n, p.m, batch.w2.data(),
                    batch.scores.data());
        return;
    }
    for (int b = 0; b < size; ++b) {
        for (int j = 0; j < p.m; ++j)
            batch.one[std::size_t(j)] = batch.w[std::size_t(j) * kBatch + b];
        scoring::score(p, batch.one.data(), batch.oneScores.data(), batch.scratch);
        for (int o = 0; o < p.n; ++o)
            batch.scores[std::size_t(o) * kBatch + b] = batch.oneScores[std::size_t(o)];
    }
}

// Score ranges: each sample draws its scores into the worker's copy of the
// prepared comparison, then is scored on its own.
void scoreDrawnBatch(const ScoreDraws &draws, ScoreDraws::State &state, scoring::Prepared &local,
                     Batch &batch, int size)
{
    for (int b = 0; b < size; ++b) {
        draws.draw(state, local);
        for (int j = 0; j < local.m; ++j)
            batch.one[std::size_t(j)] = batch.w[std::size_t(j) * kBatch + b];
        drawnScores(local, batch.one.data(), batch.oneScores.data(), batch.scratch);
        for (int o = 0; o < local.n; ++o)
            batch.scores[std::size_t(o) * kBatch + b] = batch.oneScores[std::size_t(o)];
    }
}

// SMAA-2's central weights: adds each sample's weights to the options it
// ranks first (fixed point, see kWinnerWeightScale).
void addWinnerWeights(const Batch &batch, int n, int m, int size, qint64 *sums)
{
    // The samples each option ranks first, option by option; then criterion
    // by criterion (each criterion's weights of the batch are one contiguous
    // row) a batch's weights of one option are summed in sample order and
    // added once, in fixed point.  A batch is the same on any number of
    // threads, so the sums are too.
    thread_local std::vector<int> firsts;
    thread_local std::vector<int> ends;
    firsts.clear();
    ends.assign(std::size_t(n), 0);
    for (int o = 0; o < n; ++o) {
        const qint64 *beaten = batch.beaten.data() + std::ptrdiff_t(o) * kBatch;
        for (int b = 0; b < size; ++b) {
            if (beaten[b] == 0)
                firsts.push_back(b);
        }
        ends[std::size_t(o)] = int(firsts.size());
    }
    for (int j = 0; j < m; ++j) {
        const double *w = batch.w.data() + std::size_t(j) * kBatch;
        for (int o = 0, k = 0; o < n; ++o) {
            const int end = ends[std::size_t(o)];
            if (k == end)
                continue;
            double sum = 0.0;
            for (; k < end; ++k)
                sum += w[firsts[std::size_t(k)]];
            sums[std::ptrdiff_t(o) * m + j] += qint64(sum * kWinnerWeightScale + 0.5);
        }
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

    // Everything that does not depend on the weights, once.
    const scoring::Prepared prepared = scoring::prepare(c, options);
    const TopsisDistances topsis =
        options.method == Method::Topsis ? topsisDistances(prepared) : TopsisDistances{};
    const ScoreDraws draws(c, options); // score ranges, if any
    QVector<qint64> winnerWeights(qsizetype(n) * m, 0);
    QVector<double> alpha(m, 1.0);
    if (mc.concentration > 0) {
        const QVector<double> w = normalizeWeights(weights);
        for (int j = 0; j < m; ++j)
            alpha[j] =
                std::max(1e-3, std::min(mc.concentration, MonteCarloOptions::kMaxConcentration) * m * w[j]);
    }

    const int chunks = (mc.samples + kChunk - 1) / kChunk;
    // Integer counts: their sum does not depend on which worker drew which
    // chunk, so each worker keeps one tally (n x n) and adds it at the end.
    QVector<qint64> total(qsizetype(n) * n, 0);
    std::mutex totalMutex;
    QVector<int> done(chunks, 0);
    std::atomic<int> nextChunk{0};
    std::atomic<int> finished{0};

    auto worker = [&] {
        const int tallies = n <= kCountUpTo ? kTallies : 1;
        QVector<qint64> counts(qsizetype(tallies) * n * n, 0);
        Batch batch(n, m);
        DirichletSampler sampler(alpha);
        scoring::Prepared local = draws.empty() ? scoring::Prepared{} : prepared;
        ScoreDraws::State drawState;
        QVector<qint64> winners(winnerWeights.size(), 0);
        for (int chunk = nextChunk.fetch_add(1); chunk < chunks; chunk = nextChunk.fetch_add(1)) {
            // The chunk's own generator: the same draws whichever worker runs it.
            sampler.reseed(splitmix(mc.seed ^ splitmix(quint64(chunk) + 1)));
            if (!draws.empty())
                drawState.lanes.reseed(ScoreDraws::chunkSeed(mc.seed, 0, chunk));
            const int count = std::min(kChunk, mc.samples - chunk * kChunk);
            int drawn = 0;
            while (drawn < count && !(cancel && cancel->load(std::memory_order_relaxed))) {
                const int size = std::min(kBatch, count - drawn);
                drawWeights(sampler, batch, m, size);
                if (draws.empty())
                    scoreBatch(prepared, topsis, batch, size);
                else
                    scoreDrawnBatch(draws, drawState, local, batch, size);
                if (n <= kCountUpTo)
                    batchRanks(batch.scores.data(), n, prepared.ties, batch.ceilings.data(),
                               batch.beaten.data());
                else
                    sortedRanks(batch.scores.data(), n, size, prepared.ties, batch.sorted,
                                batch.beaten.data());
                tallyBatch(batch.beaten.data(), n, size, tallies, counts.data());
                addWinnerWeights(batch, n, m, size, winners.data());
                drawn += size;
            }
            done[chunk] = drawn;
            const int doneSoFar = finished.fetch_add(drawn) + drawn;
            if (progress)
                progress(doneSoFar);
        }
        const std::lock_guard<std::mutex> lock(totalMutex);
        for (qsizetype k = 0; k < counts.size(); ++k)
            total[k % total.size()] += counts[k];
        for (qsizetype k = 0; k < winners.size(); ++k)
            winnerWeights[k] += winners[k];
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
    QVector<qint64> firstCounts(n, 0);
    for (int o = 0; o < n; ++o)
        firstCounts[o] = total[qsizetype(o) * n];
    centralWeightsAndConfidence(out, c, options, mc, winnerWeights, firstCounts, cancel);
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
