#include "core/smaa.h"

#include "core/montecarlo.h"
#include "core/vectorclones.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <mutex>

namespace core {

namespace {

constexpr int kChunk = 1024; // samples with one generator, as in the rank acceptability

// Triangular variates by the inverse CDF: u in (0, 1) from the top 52 bits
// of a random word; below the mode's share `split`, low + sqrt(u (h - l)
// (c - l)), above it high - sqrt((1 - u) (h - l) (h - c)).  Branch-free,
// which vectorises.
TRADEOFF_VECTOR_CLONES void triangular(const quint64 *__restrict bits, const double *__restrict low,
                                       const double *__restrict high, const double *__restrict split,
                                       const double *__restrict below, const double *__restrict above,
                                       int count, double *__restrict out)
{
    for (int k = 0; k < count; ++k) {
        const double u =
            std::bit_cast<double>((bits[k] >> 12) | quint64(0x3ff0000000000000)) - (1.0 - 0x1.0p-53);
        // Every load unconditional, every choice a select of computed values.
        const double l = low[k];
        const double h = high[k];
        const bool lower = u < split[k];
        const double up = u * below[k];
        const double down = (1.0 - u) * above[k];
        // Selects by mask: the compiler keeps a ?: on doubles as a branch.
        const quint64 mask = quint64(0) - quint64(lower);
        // In single precision (a relative error of 6e-8 of the range, far
        // below any score's precision): more square roots per cycle.
        const double root = double(std::sqrt(float(std::bit_cast<double>(
            (std::bit_cast<quint64>(up) & mask) | (std::bit_cast<quint64>(down) & ~mask)))));
        const double rise = l + root;
        const double fall = h - root;
        const double x = std::bit_cast<double>((std::bit_cast<quint64>(rise) & mask) |
                                               (std::bit_cast<quint64>(fall) & ~mask));
        const double floored = x < l ? l : x;
        out[k] = floored > h ? h : floored;
    }
}

// Runs `chunks` chunks on up to `threads` threads (0: one per core), the
// calling thread included; each worker calls work(chunk) with its own state
// made by makeState().
template<typename MakeState, typename Work>
void runChunks(int chunks, int threads, MakeState makeState, Work work)
{
    std::atomic<int> next{0};
    auto worker = [&] {
        auto state = makeState();
        for (int chunk = next.fetch_add(1); chunk < chunks; chunk = next.fetch_add(1))
            work(state, chunk);
    };
    const int count = std::max(1, std::min(chunks, threads > 0 ? threads : QThread::idealThreadCount()));
    QThreadPool pool;
    pool.setMaxThreadCount(count);
    for (int t = 1; t < count; ++t)
        pool.start(worker);
    worker();
    pool.waitForDone();
}

} // namespace

void drawnScores(const scoring::Prepared &p, const double *w, double *scores, std::vector<double> &scratch)
{
    if (!p.linear()) {
        scoring::score(p, w, scores, scratch);
        return;
    }
    // Four sums in flight: the order of the additions is not today's, which
    // only a drawn comparison sees.
    const int m = p.m;
    for (int o = 0; o < p.n; ++o) {
        const double *row = p.matrix.data() + std::ptrdiff_t(o) * m;
        double acc[4] = {};
        int j = 0;
        for (; j + 4 <= m; j += 4) {
            for (int k = 0; k < 4; ++k)
                acc[k] += w[j + k] * row[j + k];
        }
        for (; j < m; ++j)
            acc[0] += w[j] * row[j];
        scores[o] = (acc[0] + acc[1]) + (acc[2] + acc[3]);
    }
}

int rangeCount(const Comparison &c)
{
    return int(
        std::count_if(c.cells.cbegin(), c.cells.cend(), [](const Cell &cell) { return cell.isRange(); }));
}

ScoreDraws::ScoreDraws(const Comparison &c, const EngineOptions &options)
    : m_normalization(options.normalization)
{
    const int n = c.optionCount();
    const int m = c.criterionCount();
    auto add = [](Cells &to, double l, double mode, double h) {
        to.low.push_back(l);
        to.high.push_back(h);
        to.split.push_back((mode - l) / (h - l));
        to.below.push_back((h - l) * (mode - l));
        to.above.push_back((h - l) * (h - mode));
    };
    struct Direct
    {
        std::ptrdiff_t target;
        double low, mode, high;
    };
    std::vector<Direct> direct;
    if (options.normalization == Normalization::Scale) {
        m_floor = 0.0;
        m_ceiling = 1.0;
    }
    for (int j = 0; j < m; ++j) {
        const Criterion &k = c.criteria[j];
        // The weighted sum normalises these cell by cell: a draw goes straight
        // into the matrix, the column is not prepared again.
        const bool cellwise =
            options.method == Method::WeightedSum && k.valueFunction.isLinear() &&
            (options.normalization == Normalization::None ||
             (options.normalization == Normalization::Scale && k.hasScale() && *k.scaleMin < *k.scaleMax));
        const bool cost = k.direction == Direction::Cost;
        Column column;
        for (int o = 0; o < n; ++o) {
            const Cell &cell = c.cell(o, j);
            if (!cell.isRange() || !std::isfinite(*cell.value) || !(*cell.low < *cell.high))
                continue;
            double l = *cell.low;
            double h = *cell.high;
            double mode = std::clamp(*cell.value, l, h);
            if (!cellwise) {
                add(m_drawn, l, mode, h);
                column.options.append(o);
                continue;
            }
            // The normalisation is affine, r = shift + slope (x - origin), and
            // an affine image of a triangle is a triangle: drawn in r directly.
            const bool scale = options.normalization == Normalization::Scale;
            const double origin = scale ? *k.scaleMin : 0.0;
            const double slope = (cost ? -1.0 : 1.0) / (scale ? *k.scaleMax - *k.scaleMin : 1.0);
            const double shift = scale && cost ? 1.0 : 0.0;
            auto r = [&](double x) {
                return shift + slope * (x - origin);
            };
            l = r(l);
            h = r(h);
            mode = r(mode);
            if (l > h)
                std::swap(l, h);
            if (l < h)
                direct.push_back({std::ptrdiff_t(o) * m + j, l, std::clamp(mode, l, h), h});
        }
        if (column.options.isEmpty())
            continue;
        column.criterion = j;
        column.definition = c.criteria[j];
        column.base = scoring::filledValues(c, j, options.missing);
        if (!k.valueFunction.isLinear() && options.missing != MissingPolicy::Mean) {
            for (int o = 0; o < n; ++o) {
                const auto v = c.value(o, j);
                if (!v || !std::isfinite(*v))
                    column.worstFilled.append(o);
            }
        }
        column.first = m_columnCells;
        m_columnCells += int(column.options.size());
        m_columns.append(column);
    }
    // In matrix order: the draws are written one after the other.
    std::sort(direct.begin(), direct.end(),
              [](const Direct &a, const Direct &b) { return a.target < b.target; });
    m_dense = qint64(direct.size()) == qint64(n) * m;
    for (const Direct &d : direct) {
        add(m_direct, d.low, d.mode, d.high);
        m_direct.target.push_back(d.target);
        m_dense = m_dense && d.low >= m_floor && d.high <= m_ceiling;
    }
    m_count = int(m_direct.low.size()) + m_columnCells;
}

quint64 ScoreDraws::chunkSeed(quint64 seed, int stream, int chunk)
{
    // Apart from the weights' generator, splitmix(seed ^ splitmix(chunk + 1)).
    return splitmix(splitmix(seed + 0x9e3779b97f4a7c15ULL * quint64(stream + 1)) ^
                    splitmix(quint64(chunk) + 1));
}

void ScoreDraws::draw(State &s, scoring::Prepared &p) const
{
    if (m_count == 0)
        return;
    const int words = (m_count + XoshiroLanes::kLanes - 1) / XoshiroLanes::kLanes * XoshiroLanes::kLanes;
    s.bits.resize(std::size_t(words));
    s.values.resize(std::size_t(m_count));
    s.x.resize(std::size_t(p.n));
    s.lanes.fill(s.bits.data(), words);
    const int direct = int(m_direct.low.size());
    if (direct > 0) {
        const Cells &d = m_direct;
        if (m_dense) { // every cell, inside the scale: straight into the matrix
            triangular(s.bits.data(), d.low.data(), d.high.data(), d.split.data(), d.below.data(),
                       d.above.data(), direct, p.matrix.data());
            return;
        }
        triangular(s.bits.data(), d.low.data(), d.high.data(), d.split.data(), d.below.data(), d.above.data(),
                   direct, s.values.data());
        double *matrix = p.matrix.data();
        for (int k = 0; k < direct; ++k)
            matrix[d.target[std::size_t(k)]] = std::clamp(s.values[std::size_t(k)], m_floor, m_ceiling);
    }
    if (m_columnCells == 0)
        return;
    const Cells &d = m_drawn;
    double *values = s.values.data() + direct;
    triangular(s.bits.data() + direct, d.low.data(), d.high.data(), d.split.data(), d.below.data(),
               d.above.data(), m_columnCells, values);
    for (const Column &column : m_columns) {
        s.x.assign(column.base.cbegin(), column.base.cend());
        for (int k = 0; k < column.options.size(); ++k)
            s.x[std::size_t(column.options[k])] = values[column.first + k];
        scoring::redrawColumn(p, column.definition, m_normalization, column.criterion, s.x.data(), s.scratch,
                              column.worstFilled);
    }
}

QVector<QVector<double>> firstShares(const Comparison &c, const EngineOptions &options,
                                     const QVector<QVector<double>> &weightings, int samples, quint64 seed,
                                     int stream, int threads, const std::atomic<bool> *cancel, int *drawn)
{
    const int n = c.optionCount();
    const int m = c.criterionCount();
    const int k = int(weightings.size());
    QVector<QVector<double>> out(k, QVector<double>(n, 0.0));
    if (drawn)
        *drawn = 0;
    if (n == 0 || m == 0 || k == 0 || samples <= 0)
        return out;
    const scoring::Prepared prepared = scoring::prepare(c, options);
    const ScoreDraws draws(c, options);
    QVector<double> w(qsizetype(k) * m, 0.0); // the weightings, m values each
    for (int i = 0; i < k; ++i) {
        for (int j = 0; j < m; ++j)
            w[qsizetype(i) * m + j] = weightings[i].value(j);
    }
    const int chunks = draws.empty() ? 1 : (samples + kChunk - 1) / kChunk;
    QVector<qint64> total(qsizetype(k) * n, 0);
    std::atomic<int> done{0};
    std::mutex mutex;
    struct Worker
    {
        scoring::Prepared local;
        ScoreDraws::State state;
        std::vector<double> scores;
        std::vector<double> scratch;
        QVector<qint64> counts;
    };
    auto finish = [&](Worker &worker) {
        const std::lock_guard<std::mutex> lock(mutex);
        for (qsizetype i = 0; i < total.size(); ++i)
            total[i] += worker.counts[i];
    };
    runChunks(
        chunks, threads,
        [&] {
            // Each worker adds its counts when it is done: a shared pointer's deleter.
            auto worker = std::shared_ptr<Worker>(
                new Worker{
                    prepared, {}, std::vector<double>(std::size_t(n)), {}, QVector<qint64>(total.size(), 0)},
                [&finish](Worker *x) {
                    finish(*x);
                    delete x;
                });
            return worker;
        },
        [&](const std::shared_ptr<Worker> &worker, int chunk) {
            Worker &x = *worker;
            x.state.lanes.reseed(ScoreDraws::chunkSeed(seed, stream, chunk));
            // Without ranges one draw is every draw.
            const int count = draws.empty() ? 1 : std::min(kChunk, samples - chunk * kChunk);
            int here = 0;
            for (; here < count && !(cancel && cancel->load(std::memory_order_relaxed)); ++here) {
                draws.draw(x.state, x.local);
                for (int i = 0; i < k; ++i) {
                    drawnScores(x.local, w.constData() + qsizetype(i) * m, x.scores.data(), x.scratch);
                    const double best = *std::max_element(x.scores.cbegin(), x.scores.cend());
                    for (int o = 0; o < n; ++o)
                        x.counts[qsizetype(i) * n + o] +=
                            best > prepared.ties.ceiling(x.scores[std::size_t(o)]) ? 0 : 1;
                }
            }
            done.fetch_add(here);
        });
    const int divisor = done.load();
    if (drawn)
        *drawn = draws.empty() ? 0 : divisor; // 0: the scores are fixed
    for (int i = 0; i < k && divisor > 0; ++i) {
        for (int o = 0; o < n; ++o)
            out[i][o] = double(total[qsizetype(i) * n + o]) / double(divisor);
    }
    return out;
}

ScoreUncertainty scoreUncertainty(const Comparison &c, const QVector<double> &weights,
                                  const EngineOptions &options, int samples, quint64 seed, int threads)
{
    ScoreUncertainty out;
    out.ranges = rangeCount(c);
    out.seed = seed;
    const int n = c.optionCount();
    if (out.ranges == 0 || n == 0 || c.criterionCount() == 0)
        return out;
    const scoring::Prepared prepared = scoring::prepare(c, options);
    QVector<double> scores;
    std::vector<double> scratch;
    scoring::resultScores(prepared, weights, scores, scratch);
    out.winner = scoring::soleWinner(scores, prepared.resultTies);
    QVector<double> raw = weights;
    raw.resize(c.criterionCount());
    const QVector<double> w = normalizeWeights(raw);
    out.first = firstShares(c, options, {w}, samples, seed, 2, threads, nullptr, &out.samples).value(0);
    for (int o = 0; o < n; ++o) {
        if (o != out.winner && out.first[o] > 0 &&
            (out.challenger < 0 || out.first[o] > out.first[out.challenger]))
            out.challenger = o;
    }
    // Without a sole winner on the most likely scores there is none to change.
    // As a count over the draws (1 - share would print 0.00649999999999995).
    if (out.winner >= 0 && out.samples > 0) {
        const qint64 others = out.samples - qRound64(out.first.value(out.winner) * out.samples);
        out.otherWins = double(others) / double(out.samples);
    }
    return out;
}

void centralWeightsAndConfidence(Acceptability &a, const Comparison &c, const EngineOptions &options,
                                 const MonteCarloOptions &mc, const QVector<qint64> &winnerWeights,
                                 const QVector<qint64> &firstCounts, const std::atomic<bool> *cancel)
{
    const int n = c.optionCount();
    const int m = c.criterionCount();
    a.uncertainScores = rangeCount(c);
    a.centralWeights = QVector<QVector<double>>(n);
    a.confidence = QVector<double>(n, 0.0);
    QVector<QVector<double>> weightings;
    QVector<int> owners;
    for (int o = 0; o < n && m > 0; ++o) {
        const qint64 wins = firstCounts.value(o);
        if (wins <= 0)
            continue;
        QVector<double> w(m);
        for (int j = 0; j < m; ++j)
            w[j] = double(winnerWeights[qsizetype(o) * m + j]) / kWinnerWeightScale / double(wins);
        a.centralWeights[o] = w;
        weightings.append(normalizeWeights(w));
        owners.append(o);
    }
    if (weightings.isEmpty())
        return;
    const int samples = std::max(1, std::min(mc.samples, mc.confidenceSamples));
    int drawn = 0;
    const QVector<QVector<double>> shares =
        firstShares(c, options, weightings, samples, mc.seed, 1, mc.threads, cancel, &drawn);
    a.confidenceSamples = drawn;
    for (int i = 0; i < owners.size(); ++i)
        a.confidence[owners[i]] = shares[i][owners[i]];
}

} // namespace core
