#include "engine.h"
#include "sensitivity.h"
#include "testsupport.h"
#include "verdict.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <limits>

using namespace core;

namespace {
void verifyFinite(const Result &r)
{
    for (const OptionResult &o : r.perOption) {
        QVERIFY2(std::isfinite(o.score), "score is not finite");
        for (double c : o.contributions)
            QVERIFY2(std::isfinite(c), "contribution is not finite");
    }
    for (double w : r.weights)
        QVERIFY(std::isfinite(w));
}

QVector<int> ranks(const Result &r)
{
    QVector<int> out;
    for (const OptionResult &o : r.perOption)
        out.append(o.rank);
    return out;
}

const EngineOptions kAllMethods[] = {
    {Method::WeightedSum, Normalization::Scale, MissingPolicy::Worst, 1e-9},
    {Method::WeightedSum, Normalization::MinMax, MissingPolicy::Mean, 1e-9},
    {Method::WeightedSum, Normalization::Vector, MissingPolicy::Exclude, 1e-9},
    {Method::WeightedProduct, Normalization::Max, MissingPolicy::Worst, 1e-9},
    {Method::Topsis, Normalization::Vector, MissingPolicy::Worst, 1e-9},
    {Method::Promethee2, Normalization::None, MissingPolicy::Worst, 1e-9},
    {Method::WeightedSum, Normalization::Sum, MissingPolicy::Worst, 1e-9},
    {Method::WeightedSum, Normalization::None, MissingPolicy::Worst, 1e-9},
};
} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weightedSumScaleByHand()
    {
        // Worked by hand: scale normalisation with no declared scale runs
        // from 0 to the largest value; Cost is a cost criterion.
        const Comparison c = testsupport::small();
        const Result r = evaluate(c, c.profiles.first().weights);
        QCOMPARE(r.weights, (QVector<double>{0.5, 0.2, 0.3, 0.0}));
        QVERIFY(qFuzzyCompare(r.perOption[0].score, 0.8));
        QVERIFY(qFuzzyCompare(r.perOption[1].score, 0.375 + 0.2 / 6.0 + 0.3));
        QVERIFY(qFuzzyCompare(r.perOption[2].score, 0.25 + 0.2 * (2.0 / 3.0) + 0.1));
        QCOMPARE(ranks(r), (QVector<int>{1, 2, 3}));
        QCOMPARE(r.order, (QVector<int>{0, 1, 2}));
        // Contributions add up to the score.
        for (const OptionResult &o : r.perOption) {
            double sum = 0;
            for (double x : o.contributions)
                sum += x;
            QVERIFY(qFuzzyCompare(sum, o.score));
        }
    }

    void weightedSumMinMaxByHand()
    {
        const Comparison c = testsupport::small();
        const Result r =
            evaluate(c, c.profiles.first().weights, {Method::WeightedSum, Normalization::MinMax});
        QVERIFY(qFuzzyCompare(r.perOption[0].score, 0.8));
        QVERIFY(qFuzzyCompare(r.perOption[1].score, 0.6));
        QVERIFY(qFuzzyCompare(r.perOption[2].score, 0.2));
    }

    void costCriterionIsInvertedForEveryNormalization_data()
    {
        QTest::addColumn<int>("normalization");
        for (const QString &key : normalizationKeys())
            QTest::newRow(qPrintable(key)) << int(*normalizationFromKey(key));
    }
    void costCriterionIsInvertedForEveryNormalization()
    {
        // One cost criterion: the option with the smaller value must win.
        QFETCH(int, normalization);
        Comparison c;
        c.options = {{QStringLiteral("Heavy"), {}, {}}, {QStringLiteral("Light"), {}, {}}};
        Criterion k;
        k.name = QStringLiteral("Memory");
        k.direction = Direction::Cost;
        c.criteria = {k};
        c.resizeCells();
        c.cell(0, 0).value = 300;
        c.cell(1, 0).value = 120;
        for (Method m : {Method::WeightedSum, Method::WeightedProduct, Method::Topsis, Method::Promethee2}) {
            const Result r = evaluate(c, {1.0}, {m, Normalization(normalization)});
            verifyFinite(r);
            QVERIFY2(
                r.perOption[1].rank == 1 && r.perOption[0].rank == 2,
                qPrintable(methodKey(m) + QLatin1Char('/') + normalizationKey(Normalization(normalization))));
        }
    }

    void tieSharesRank()
    {
        Comparison c;
        c.options = {
            {QStringLiteral("A"), {}, {}}, {QStringLiteral("B"), {}, {}}, {QStringLiteral("C"), {}, {}}};
        Criterion x;
        x.name = QStringLiteral("X");
        x.scaleMin = 0;
        x.scaleMax = 10;
        Criterion y = x;
        y.name = QStringLiteral("Y");
        c.criteria = {x, y};
        c.resizeCells();
        const double v[3][2] = {{10, 0}, {0, 10}, {2, 2}};
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 2; ++j)
                c.cell(i, j).value = v[i][j];
        const Result r = evaluate(c, {1, 1});
        QCOMPARE(ranks(r), (QVector<int>{1, 1, 3}));
        const Verdict verdict = makeVerdict(c, r, stabilityIntervals(c, {1, 1}, {}, r));
        QCOMPARE(verdict.winners.size(), 2);
        QCOMPARE(verdict.runnerUp, 2);
        QVERIFY(VerdictText::headline(c, verdict, r).contains(QStringLiteral("tie")));
    }

    void degenerateInputStaysFinite_data()
    {
        QTest::addColumn<int>("options");
        QTest::addColumn<int>("criteria");
        QTest::addColumn<int>("kind");
        // kind: 0 constant columns, 1 all zero, 2 all missing, 3 NaN/inf in cells, 4 zero weights, 5 NaN
        // weights
        for (int kind = 0; kind < 6; ++kind) {
            QTest::addRow("1x3 kind %d", kind) << 1 << 3 << kind;
            QTest::addRow("4x3 kind %d", kind) << 4 << 3 << kind;
            QTest::addRow("3x1 kind %d", kind) << 3 << 1 << kind;
        }
        QTest::newRow("no options") << 0 << 3 << 0;
        QTest::newRow("no criteria") << 3 << 0 << 0;
    }
    void degenerateInputStaysFinite()
    {
        QFETCH(int, options);
        QFETCH(int, criteria);
        QFETCH(int, kind);
        Comparison c = testsupport::generated(options, criteria, 2);
        QVector<double> w(criteria, 1.0);
        for (Cell &cell : c.cells) {
            switch (kind) {
            case 0:
                cell.value = 5.0;
                break;
            case 1:
                cell.value = 0.0;
                break;
            case 2:
                cell.value.reset();
                break;
            case 3:
                cell.value = (&cell - c.cells.data()) % 2 ? std::numeric_limits<double>::quiet_NaN()
                                                          : std::numeric_limits<double>::infinity();
                break;
            default:
                break;
            }
        }
        if (kind == 4)
            w.fill(0.0);
        if (kind == 5)
            w.fill(std::numeric_limits<double>::quiet_NaN());
        for (const EngineOptions &o : kAllMethods) {
            const Result r = evaluate(c, w, o);
            verifyFinite(r);
            QCOMPARE(r.perOption.size(), options);
            const auto s = stabilityIntervals(c, w, o, r);
            const Verdict v = makeVerdict(c, r, s);
            QVERIFY(!VerdictText::plainText(c, v, r).isEmpty());
            if (options > 1 && (kind <= 2 || kind >= 4)) {
                // Nothing separates the options: they all tie.
                for (const OptionResult &x : r.perOption)
                    QCOMPARE(x.rank, 1);
            }
        }
    }

    void missingPolicies()
    {
        Comparison c = testsupport::small();
        c.cell(0, 0).value.reset(); // A has no Speed score
        const QVector<double> w{1, 0, 0, 0};
        // Worst: A counts as the lowest Speed (4) -> 0.5 on the 0..8 scale.
        QVERIFY(
            qFuzzyCompare(evaluate(c, w, {Method::WeightedSum, Normalization::Scale, MissingPolicy::Worst})
                              .perOption[0]
                              .score,
                          4.0 / 6.0));
        // Mean of B and C (5) on the 0..6 scale.
        QVERIFY(qFuzzyCompare(evaluate(c, w, {Method::WeightedSum, Normalization::Scale, MissingPolicy::Mean})
                                  .perOption[0]
                                  .score,
                              5.0 / 6.0));
        // Exclude: A has no scored criterion with weight, so it scores 0.
        const Result ex = evaluate(c, w, {Method::WeightedSum, Normalization::Scale, MissingPolicy::Exclude});
        QCOMPARE(ex.perOption[0].score, 0.0);
        QCOMPARE(ex.missingScores, 1);
    }

    void scalingWeightsKeepsRanks()
    {
        // Property: multiplying every weight by k > 0 changes no rank.
        QRandomGenerator rng(7);
        for (int trial = 0; trial < 60; ++trial) {
            const Comparison c =
                testsupport::generated(int(rng.bounded(2, 9)), int(rng.bounded(1, 12)), 3, rng.generate());
            const QVector<double> w = c.profiles.first().weights;
            const double k = 0.01 + rng.generateDouble() * 100.0;
            QVector<double> scaled = w;
            for (double &x : scaled)
                x *= k;
            for (const EngineOptions &o : kAllMethods)
                QCOMPARE(ranks(evaluate(c, scaled, o)), ranks(evaluate(c, w, o)));
        }
    }

    void dominatedOptionNeverChangesWinner()
    {
        // Property: adding an option that is no better than the winner on any
        // criterion keeps the weighted-sum winner (declared scales, so the
        // normalisation does not depend on the set of options).
        QRandomGenerator rng(11);
        for (int trial = 0; trial < 100; ++trial) {
            Comparison c =
                testsupport::generated(int(rng.bounded(2, 7)), int(rng.bounded(1, 10)), 3, rng.generate());
            const QVector<double> w = c.profiles.first().weights;
            const Result before = evaluate(c, w);
            const int winner = before.order.first();
            c.options.append({QStringLiteral("Dominated"), {}, {}});
            QVector<Cell> cells;
            for (int i = 0; i < c.optionCount() - 1; ++i)
                for (int j = 0; j < c.criterionCount(); ++j)
                    cells.append(c.cell(i, j));
            for (int j = 0; j < c.criterionCount(); ++j) {
                const double v = *c.cell(winner, j).value;
                const bool cost = c.criteria[j].direction == Direction::Cost;
                Cell cell;
                cell.value = cost ? std::min(10.0, v + rng.bounded(3)) : std::max(0.0, v - rng.bounded(3));
                cells.append(cell);
            }
            c.cells = cells;
            const Result after = evaluate(c, w);
            QCOMPARE(after.perOption[winner].rank, before.perOption[winner].rank);
        }
    }

    void stabilityEndpointsFlipTheWinner_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("wsm") << int(Method::WeightedSum);
        QTest::newRow("topsis") << int(Method::Topsis);
        QTest::newRow("wpm") << int(Method::WeightedProduct);
    }
    void stabilityEndpointsFlipTheWinner()
    {
        // Property: just inside an interval the winner holds; just past an
        // endpoint with a challenger, first place changes hands.
        QFETCH(int, method);
        EngineOptions o;
        o.method = Method(method);
        o.normalization = defaultNormalization(o.method);
        const double eps = o.method == Method::WeightedSum ? 1e-7 : 1e-4;
        QRandomGenerator rng(3);
        int checked = 0;
        for (int trial = 0; trial < 40; ++trial) {
            const Comparison c =
                testsupport::generated(int(rng.bounded(2, 5)), int(rng.bounded(2, 7)), 2, rng.generate());
            const QVector<double> w = c.profiles.first().weights;
            const Result r = evaluate(c, w, o);
            if (r.winners().size() != 1)
                continue;
            const int winner = r.winners().first();
            for (const StabilityInterval &s : stabilityIntervals(c, w, o, r)) {
                QVERIFY(s.lower <= s.current + 1e-12 && s.current <= s.upper + 1e-12);
                auto leader = [&](double share) {
                    return evaluate(c, weightsWithShare(r.weights, s.criterion, share), o).order.first();
                };
                if (s.challengerAbove >= 0 && s.upper + eps < 1.0) {
                    QCOMPARE(leader(s.upper - eps), winner);
                    QVERIFY(leader(s.upper + eps) != winner);
                    ++checked;
                }
                if (s.challengerBelow >= 0 && s.lower - eps > 0.0) {
                    QCOMPARE(leader(s.lower + eps), winner);
                    QVERIFY(leader(s.lower - eps) != winner);
                    ++checked;
                }
            }
        }
        QVERIFY2(checked > 10, "too few crossings exercised");
    }

    void verdictNamesDriversAndFlips()
    {
        const Comparison c = testsupport::small();
        const QVector<double> w{5, 2, 3, 1};
        const Result r = evaluate(c, w);
        const Verdict v = makeVerdict(c, r, stabilityIntervals(c, w, {}, r));
        QCOMPARE(v.winners, QVector<int>{0});
        QCOMPARE(v.runnerUp, 1);
        QVERIFY(!v.drivers.isEmpty());
        QCOMPARE(c.criteria[v.drivers.first().criterion].name, QStringLiteral("Speed"));
        QVERIFY(!v.flips.isEmpty());
        const QString text = VerdictText::plainText(c, v, r);
        QVERIFY(text.contains(QStringLiteral("A ranks first")));
        QVERIFY(text.contains(QStringLiteral("would win if")));
    }

    void keysRoundTrip()
    {
        for (const QString &k : methodKeys())
            QCOMPARE(methodKey(*methodFromKey(k)), k);
        for (const QString &k : normalizationKeys())
            QCOMPARE(normalizationKey(*normalizationFromKey(k)), k);
        QVERIFY(!methodFromKey(QStringLiteral("ahp")));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
