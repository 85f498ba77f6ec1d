// Uncertain scores in the Monte Carlo run and SMAA-2's central weights and
// confidence factors.
#include "core/analysis.h"
#include "core/engine.h"
#include "core/montecarlo.h"
#include "core/scoring.h"
#include "core/smaa.h"
#include "core/verdict.h"
#include "testsupport.h"

#include <QLocale>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace core;
using testsupport::matrix;

namespace {

// Every scored cell of `c` a range (value - below, value, value + above),
// kept on generated()'s 0..10 scale.
Comparison withRanges(Comparison c, double below, double above, int every = 1)
{
    for (int k = 0; k < c.cells.size(); ++k) {
        Cell &cell = c.cells[k];
        if (!cell.value || k % every != 0)
            continue;
        cell.low = std::max(0.0, *cell.value - below);
        cell.high = std::min(10.0, *cell.value + above);
    }
    return c;
}

// Brute-force central weights of the weighted sum (no normalisation): the
// centroid of each option's winning region, on a fine lattice of the simplex
// of 2 or 3 weights.  Empty where an option never wins.
QVector<QVector<double>> latticeCentroids(const QVector<QVector<double>> &x, int steps)
{
    const int n = int(x.size());
    const int m = int(x[0].size());
    QVector<QVector<double>> sum(n, QVector<double>(m, 0.0));
    QVector<double> count(n, 0.0);
    auto visit = [&](const QVector<double> &w) {
        int best = -1;
        double top = 0.0;
        for (int o = 0; o < n; ++o) {
            double s = 0.0;
            for (int j = 0; j < m; ++j)
                s += w[j] * x[o][j];
            if (best < 0 || s > top) {
                best = o;
                top = s;
            }
        }
        for (int j = 0; j < m; ++j)
            sum[best][j] += w[j];
        count[best] += 1.0;
    };
    // Cell centres of the lattice: each stands for the same area.
    if (m == 2) {
        for (int i = 0; i < steps; ++i) {
            const double a = (i + 0.5) / steps;
            visit({a, 1.0 - a});
        }
    } else {
        for (int i = 0; i < steps; ++i) {
            for (int j = 0; i + j < steps; ++j) {
                // The upward triangle's centroid, and the downward one's.
                visit({(i + 1.0 / 3) / steps, (j + 1.0 / 3) / steps, 1.0 - (i + j + 2.0 / 3) / steps});
                if (i + j + 1 < steps)
                    visit({(i + 2.0 / 3) / steps, (j + 2.0 / 3) / steps, 1.0 - (i + j + 4.0 / 3) / steps});
            }
        }
    }
    QVector<QVector<double>> out(n);
    for (int o = 0; o < n; ++o) {
        if (count[o] == 0)
            continue;
        for (int j = 0; j < m; ++j)
            out[o].append(sum[o][j] / count[o]);
    }
    return out;
}

} // namespace

class TestSmaa final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void redrawnColumnsAreThePreparedOnes_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("normalization");
        for (const MethodInfo &m : methods()) {
            for (const Normalization n : {Normalization::None, Normalization::Scale, Normalization::MinMax,
                                          Normalization::Vector, Normalization::Sum, Normalization::Max})
                QTest::addRow("%s %s", m.key, qPrintable(normalizationKey(n))) << int(m.method) << int(n);
        }
    }
    void redrawnColumnsAreThePreparedOnes()
    {
        // Redrawing a column from its most likely values gives back exactly
        // what prepare() made of it, for every method and normalisation.
        QFETCH(int, method);
        QFETCH(int, normalization);
        Comparison c = testsupport::generated(7, 6);
        c.cells[3].value.reset(); // a missing score, filled
        c.criteria[2].direction = Direction::Cost;
        c.criteria[4].preference = Preference::Linear;
        // Value functions are the normalisation of their criteria, a missing
        // score there taking the worst value.
        c.criteria[1].valueFunction = {ValueShape::Piecewise, {{0, 0}, {5, 0.8}, {10, 1}}};
        c.criteria[5].valueFunction = {ValueShape::Step, {{3, 0.2}, {7, 1}}};
        c.cell(2, 1).value.reset();
        const EngineOptions o{Method(method), Normalization(normalization)};
        const scoring::Prepared prepared = scoring::prepare(c, o);
        scoring::Prepared redrawn = prepared;
        std::fill(redrawn.matrix.begin(), redrawn.matrix.end(), -7.0);
        std::vector<double> scratch;
        for (int j = 0; j < c.criterionCount(); ++j) {
            const QVector<double> x = scoring::filledValues(c, j, o.missing);
            QVector<int> worstFilled;
            for (int i = 0; i < c.optionCount() && !c.criteria[j].valueFunction.isLinear(); ++i) {
                if (!c.value(i, j))
                    worstFilled.append(i);
            }
            scoring::redrawColumn(redrawn, c.criteria[j], o.normalization, j, x.constData(), scratch,
                                  worstFilled);
        }
        QVERIFY(redrawn.matrix == prepared.matrix);
        QVERIFY(redrawn.columnMin == prepared.columnMin);
        QVERIFY(redrawn.columnMax == prepared.columnMax);
    }

    void degenerateRangesAreTodaysAcceptability_data()
    {
        QTest::addColumn<int>("method");
        for (const MethodInfo &m : methods())
            QTest::addRow("%s", m.key) << int(m.method);
    }
    void degenerateRangesAreTodaysAcceptability()
    {
        // low = most likely = high on every cell: the same shares, central
        // weights and confidence factors as the plain comparison, to the bit.
        QFETCH(int, method);
        const Comparison plain = testsupport::generated(6, 8);
        const Comparison ranges = withRanges(plain, 0.0, 0.0);
        QCOMPARE(rangeCount(ranges), 48);
        EngineOptions o;
        o.method = Method(method);
        o.normalization = defaultNormalization(o.method);
        MonteCarloOptions mc;
        mc.samples = 3000;
        mc.seed = 7;
        const QVector<double> w = plain.profiles.first().weights;
        const Acceptability a = rankAcceptability(plain, w, o, mc);
        const Acceptability b = rankAcceptability(ranges, w, o, mc);
        QCOMPARE(b.shares, a.shares);
        QCOMPARE(b.centralWeights, a.centralWeights);
        QCOMPARE(b.confidence, a.confidence);
        QCOMPARE(a.uncertainScores, 0);
        QCOMPARE(a.confidenceSamples, 0); // fixed scores: one evaluation
        QCOMPARE(b.uncertainScores, 48);
    }

    void narrowRangesChangeOnlyTheRounding_data()
    {
        // Not PROMETHEE II: its usual criterion turns any nonzero draw between
        // two equal scores into a whole preference.
        QTest::addColumn<int>("method");
        for (const MethodInfo &m : methods()) {
            if (m.method != Method::Promethee2)
                QTest::addRow("%s", m.key) << int(m.method);
        }
    }
    void narrowRangesChangeOnlyTheRounding()
    {
        // Ranges a ten-millionth wide take the sampled path (every column
        // redrawn, or for the weighted sum on a scale every cell drawn
        // straight into the matrix; every sample scored on its own) and give
        // the same ranks but where two options nearly tie.
        QFETCH(int, method);
        const Comparison plain = testsupport::generated(6, 8);
        const Comparison ranges = withRanges(plain, 1e-7, 1e-7);
        EngineOptions o;
        o.method = Method(method);
        o.normalization = defaultNormalization(o.method);
        MonteCarloOptions mc;
        mc.samples = 4000;
        const QVector<double> w = plain.profiles.first().weights;
        const Acceptability a = rankAcceptability(plain, w, o, mc);
        const Acceptability b = rankAcceptability(ranges, w, o, mc);
        for (int i = 0; i < a.shares.size(); ++i) {
            for (int r = 0; r < a.shares.size(); ++r)
                QVERIFY2(std::abs(a.shares[i][r] - b.shares[i][r]) <= 0.002,
                         qPrintable(QStringLiteral("%1 %2").arg(i).arg(r)));
        }
    }

    void rangesAreReproducibleAcrossThreadCounts_data() { degenerateRangesAreTodaysAcceptability_data(); }
    void rangesAreReproducibleAcrossThreadCounts()
    {
        QFETCH(int, method);
        const Comparison c = withRanges(testsupport::generated(6, 8), 1.5, 2.0, 3);
        EngineOptions o;
        o.method = Method(method);
        o.normalization = defaultNormalization(o.method);
        MonteCarloOptions one;
        one.samples = 5000;
        one.seed = 42;
        one.threads = 1;
        const QVector<double> w = c.profiles.first().weights;
        const Acceptability a = rankAcceptability(c, w, o, one);
        QCOMPARE(a.samples, 5000);
        QCOMPARE(a.confidenceSamples, 5000);
        for (const int threads : {2, 4}) {
            MonteCarloOptions many = one;
            many.threads = threads;
            const Acceptability b = rankAcceptability(c, w, o, many);
            QCOMPARE(b.shares, a.shares);
            QCOMPARE(b.centralWeights, a.centralWeights);
            QCOMPARE(b.confidence, a.confidence);
        }
        MonteCarloOptions other = one;
        other.seed = 43;
        QVERIFY(rankAcceptability(c, w, o, other).shares != a.shares);
        // The ranges move the shares.
        QVERIFY(rankAcceptability(testsupport::generated(6, 8), w, o, one).shares != a.shares);
    }

    void triangularDrawsFollowTheDistribution()
    {
        // One criterion: A scores 5, B is drawn from the triangle (0, 4, 10).
        // B ranks first when it draws above 5: (10 - 5)^2 / ((10 - 0) (10 - 4))
        // = 25 / 60 of the time, whatever the weights.
        Comparison c = matrix({{5}, {4}}, {true});
        c.cell(1, 0).low = 0.0;
        c.cell(1, 0).high = 10.0;
        MonteCarloOptions mc;
        mc.samples = 200'000;
        const Acceptability a = rankAcceptability(c, {1}, {}, mc);
        const double p = 25.0 / 60.0;
        QVERIFY2(std::abs(a.firstRank(1) - p) < 0.004, qPrintable(QString::number(a.firstRank(1))));
        QVERIFY(std::abs(a.firstRank(0) - (1 - p)) < 0.004);
        // One weight is always 1: so are the central weights, and each
        // confidence factor is the first-rank share again (10,000 draws).
        QCOMPARE(a.centralWeights, (QVector<QVector<double>>{{1.0}, {1.0}}));
        QCOMPARE(a.confidenceSamples, 10'000);
        QVERIFY2(std::abs(a.confidence[1] - p) < 0.015, qPrintable(QString::number(a.confidence[1])));
        QVERIFY(std::abs(a.confidence[0] - (1 - p)) < 0.015);
        // A cost criterion turns the draw around: B first below 5, 35 / 60.
        c.criteria[0].direction = Direction::Cost;
        QVERIFY(std::abs(rankAcceptability(c, {1}, {}, mc).firstRank(1) - 35.0 / 60.0) < 0.004);
    }

    void centralWeightsMatchTheLattice_data()
    {
        QTest::addColumn<QVector<QVector<double>>>("x");
        QTest::newRow("3 x 2") << QVector<QVector<double>>{{0.9, 0.1}, {0.3, 0.8}, {0.55, 0.5}};
        QTest::newRow("4 x 3, one dominated")
            << QVector<QVector<double>>{{0.9, 0.1, 0.4}, {0.2, 0.8, 0.3}, {0.5, 0.5, 0.6}, {0.1, 0.1, 0.1}};
        QTest::newRow("3 x 3, thin region")
            << QVector<QVector<double>>{{1.0, 0.0, 0.0}, {0.0, 1.0, 0.0}, {0.0, 0.0, 1.0}};
    }
    void centralWeightsMatchTheLattice()
    {
        // SMAA-2's central weights against the centroids of the winning
        // regions on a fine lattice of the simplex; without score ranges each
        // option wins at its own centroid (the regions are convex), so its
        // confidence factor is 1.
        QFETCH(QVector<QVector<double>>, x);
        const int m = int(x[0].size());
        const Comparison c = matrix(x, QVector<bool>(m, true));
        MonteCarloOptions mc;
        mc.samples = 200'000;
        const Acceptability a =
            rankAcceptability(c, QVector<double>(m, 1.0), {Method::WeightedSum, Normalization::None}, mc);
        const QVector<QVector<double>> lattice = latticeCentroids(x, m == 2 ? 100'000 : 600);
        QCOMPARE(a.centralWeights.size(), x.size());
        for (int o = 0; o < x.size(); ++o) {
            QCOMPARE(a.centralWeights[o].isEmpty(), lattice[o].isEmpty());
            QCOMPARE(a.firstRank(o) == 0.0, lattice[o].isEmpty());
            for (int j = 0; j < lattice[o].size(); ++j)
                QVERIFY2(std::abs(a.centralWeights[o][j] - lattice[o][j]) < 0.005,
                         qPrintable(QStringLiteral("option %1 criterion %2: %3 vs %4")
                                        .arg(o)
                                        .arg(j)
                                        .arg(a.centralWeights[o][j])
                                        .arg(lattice[o][j])));
            QCOMPARE(a.confidence[o], lattice[o].isEmpty() ? 0.0 : 1.0);
        }
    }

    void scoreRangesCanChangeTheWinner()
    {
        Comparison c = matrix({{5}, {4}}, {true});
        QCOMPARE(scoreUncertainty(c, {1}, {}).ranges, 0);
        c.cell(1, 0).low = 0.0;
        c.cell(1, 0).high = 10.0;
        const ScoreUncertainty u = scoreUncertainty(c, {1}, {});
        QCOMPARE(u.ranges, 1);
        QCOMPARE(u.samples, kScoreUncertaintySamples);
        QCOMPARE(u.winner, 0);
        QCOMPARE(u.challenger, 1);
        QVERIFY(u.canChangeWinner());
        QVERIFY2(std::abs(u.otherWins - 25.0 / 60.0) < 0.015, qPrintable(QString::number(u.otherWins)));
        QCOMPARE(scoreUncertainty(c, {1}, {}, kScoreUncertaintySamples, 1, 3).first, u.first);
        // Ranges that never cross: the winner stays.
        c.cell(0, 0).value = 8.0;
        c.cell(1, 0).low = 1.0;
        c.cell(1, 0).high = 5.0;
        const ScoreUncertainty stays = scoreUncertainty(c, {1}, {});
        QVERIFY(!stays.canChangeWinner());
        QCOMPARE(stays.first, (QVector<double>{1.0, 0.0}));
        QCOMPARE(stays.challenger, -1);
    }

    void verdictSaysWhetherRangesCanChangeTheWinner()
    {
        Comparison c = matrix({{5, 5}, {4, 4}}, {true, true});
        const QVector<double> w{1, 1};
        const auto sentences = [](const Comparison &x, const QVector<double> &weights,
                                  const Acceptability *a = nullptr) {
            AnalysisScope scope;
            scope.acceptability = a;
            const Analysis an = analyse(x, weights, {}, scope);
            return VerdictText::details(x, an.verdict, an.result).filter(QStringLiteral("score"));
        };
        QVERIFY(sentences(c, w).isEmpty()); // no ranges: nothing said
        c.cell(1, 0).low = 1.0;
        c.cell(1, 0).high = 4.5;
        QCOMPARE(sentences(c, w),
                 QStringList{
                     QStringLiteral("The score ranges cannot change the winner: A1 ranks first in all 10,000 "
                                    "score draws.")});
        c.cell(1, 0).high = 9.0;
        const QStringList can = sentences(c, w);
        QCOMPARE(can.size(), 1);
        QVERIFY2(
            can.first().startsWith(QStringLiteral("The score ranges can change the winner: A2 wins in ")),
            qPrintable(can.first()));
        // After a Monte Carlo run: the winner's confidence factor too.
        MonteCarloOptions mc;
        mc.samples = 4000;
        const Acceptability a = rankAcceptability(c, w, {}, mc);
        const QStringList after = sentences(c, w, &a);
        QCOMPARE(after.size(), 2);
        QVERIFY2(after[1].startsWith(QStringLiteral("At its central weights (most on ")),
                 qPrintable(after[1]));
        QVERIFY(after[1].contains(QStringLiteral("SMAA-2 confidence factor")));
    }
};

QTEST_GUILESS_MAIN(TestSmaa)
#include "tst_smaa.moc"
