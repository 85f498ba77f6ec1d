#include "core/engine.h"
#include "core/sensitivity.h"
#include "core/verdict.h"
#include "testsupport.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace core;
using testsupport::matrix;

Q_DECLARE_METATYPE(core::Comparison)

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
    {Method::Vikor, Normalization::MinMax, MissingPolicy::Worst, 1e-9},
    {Method::Vikor, Normalization::MinMax, MissingPolicy::Mean, 1e-9, 0.0},
};

EngineOptions vikor(double v = kDefaultVikorV)
{
    EngineOptions o{Method::Vikor, Normalization::MinMax};
    o.vikorV = v;
    return o;
}

// Within 1e-9 of each expected value, with the difference in the message.
void verifyNear(const QVector<double> &actual, const QVector<double> &expected, const char *what)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) <= 1e-9,
                 qPrintable(QStringLiteral("%1 of A%2: %3, expected %4")
                                .arg(QLatin1String(what))
                                .arg(i + 1)
                                .arg(actual[i], 0, 'g', 17)
                                .arg(expected[i], 0, 'g', 17)));
}

QStringList names(const Comparison &c, const QVector<int> &options)
{
    QStringList out;
    for (int o : options)
        out.append(c.options[o].name);
    return out;
}

// Five options on a cost and three benefit criteria, the VIKOR example of
// pyDecision (github.com/Valdecy/pyDecision, examples); S, R and Q below
// were computed by hand in exact fractions from Opricovic & Tzeng's
// formulas, not copied from a program's output.
Comparison fiveOptions()
{
    return matrix({{250, 16, 12, 5}, {200, 16, 8, 3}, {300, 32, 16, 4}, {275, 32, 8, 4}, {225, 16, 16, 2}},
                  {false, true, true, true});
}
const QVector<double> kFiveWeights{0.35, 0.30, 0.20, 0.15};

// True when |a - b| is within half a unit of the printed last digit.
bool printedAs(double value, double printed, int decimals)
{
    return std::abs(value - printed) <= 0.5 * std::pow(10.0, -decimals) + 1e-12;
}
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

    // Scores that do not tie never print alike: the table, the verdict and
    // the reports take as many decimals as the closest two need.
    void closeScoresPrintApart_data()
    {
        QTest::addColumn<QVector<double>>("values");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("ending");
        QTest::newRow("ordinary") << QVector<double>{0.665, 0.647} << 3 << QStringLiteral("by 2.7%.");
        QTest::newRow("small and apart")
            << QVector<double>{0.0001000005, 0.0001} << 10 << QStringLiteral("(0.0001000000) by 0.0005%.");
        QTest::newRow("large") << QVector<double>{123456.5, 123456.25} << 3
                               << QStringLiteral("(123,456.250) by 0.0002%.");
        QTest::newRow("tie below 1e-9") << QVector<double>{0.0001, 0.0001 * (1 + 1e-12), 0.00005} << 5
                                        << QStringLiteral("tie for first place at 0.00010.");
        QTest::newRow("huge") << QVector<double>{1e300, -1e300} << 3 << QStringLiteral("by 200%.");
    }

    void closeScoresPrintApart()
    {
        QFETCH(QVector<double>, values);
        QFETCH(int, decimals);
        QFETCH(QString, ending);
        const QLocale english(QLocale::English);
        const QLocale before;
        QLocale::setDefault(english);
        Comparison c;
        Criterion x;
        x.name = QStringLiteral("X");
        c.criteria = {x};
        for (qsizetype i = 0; i < values.size(); ++i)
            c.options.append({QStringLiteral("O%1").arg(i), {}, {}});
        c.resizeCells();
        for (qsizetype i = 0; i < values.size(); ++i)
            c.cell(int(i), 0).value = values[i];
        EngineOptions options;
        options.normalization = Normalization::None;
        const Result r = evaluate(c, {1}, options);
        QCOMPARE(r.scoreDecimals(3), decimals);
        QVERIFY(r.scoreDecimals(decimals + 2) == decimals + 2);
        for (qsizetype k = 1; k < r.order.size(); ++k) {
            const int a = r.order[k - 1];
            const int b = r.order[k];
            const QString ta = QString::number(r.perOption[a].score, 'f', decimals);
            const QString tb = QString::number(r.perOption[b].score, 'f', decimals);
            QCOMPARE(ta == tb, r.isTie(a, b));
        }
        const Verdict verdict = makeVerdict(c, r, stabilityIntervals(c, {1}, options, r));
        const QString headline = VerdictText::headline(c, verdict, r);
        QVERIFY2(headline.endsWith(ending), qPrintable(headline));
        QLocale::setDefault(before);
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

    void publishedExamples_data()
    {
        QTest::addColumn<Comparison>("comparison");
        QTest::addColumn<QVector<double>>("weights");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("normalization");
        QTest::addColumn<QVector<double>>("printed");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QVector<int>>("ranks");

        // Tzeng & Huang (2011), Multiple Attribute Decision Making: Methods and
        // Applications, CRC Press: TOPSIS with vector normalisation
        // (as quoted in scikit-criteria's tests/agg/test_topsis.py).
        QTest::newRow("TOPSIS, Tzeng & Huang 2011")
            << matrix({{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}}, {true, true, true})
            << QVector<double>{0.3, 0.4, 0.3} << int(Method::Topsis) << int(Normalization::Vector)
            << QVector<double>{0.5037, 0.6581, 0.7482, 0.3340} << 4 << QVector<int>{3, 2, 1, 4};
        // Hodgett, "TOPSIS in Excel" (hodgett.co.uk/topsis-in-excel), cars
        // Corsa, Clio, Fiesta; price is a cost criterion (as in the R MCDA
        // package's tests/TOPSIS.R).
        QTest::newRow("TOPSIS with a cost criterion, Hodgett")
            << matrix({{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}},
                      {false, true, true, true})
            << QVector<double>{0.35, 0.25, 0.25, 0.15} << int(Method::Topsis) << int(Normalization::Vector)
            << QVector<double>{0.4817, 0.5182, 0.1780} << 4 << QVector<int>{2, 1, 3};
        // Opricovic & Tzeng (2004), EJOR 156(2): TOPSIS with min-max
        // normalisation, first criterion a cost; A1 and A3 tie (as in
        // pymcdm's test/test_mcdm.py).
        QTest::newRow("TOPSIS tie, Opricovic & Tzeng 2004")
            << matrix({{1, 3000}, {2, 3750}, {5, 4500}}, {false, true}) << QVector<double>{0.5, 0.5}
            << int(Method::Topsis) << int(Normalization::MinMax) << QVector<double>{0.500, 0.617, 0.500} << 3
            << QVector<int>{2, 1, 2};
        // Zhao, Peng & Li (2013), Procedia Computer Science 17, 181-188:
        // PROMETHEE II with the usual preference function, net flows
        // divided by m - 1 (as in pymcdm's test/test_mcdm.py).
        QTest::newRow("PROMETHEE II, Zhao, Peng & Li 2013")
            << matrix({{4, 3, 2}, {3, 2, 4}, {5, 1, 3}}, {true, true, true}) << QVector<double>{0.5, 0.3, 0.2}
            << int(Method::Promethee2) << int(Normalization::None) << QVector<double>{0.1, -0.3, 0.2} << 2
            << QVector<int>{2, 3, 1};
        // Wikipedia, "Weighted sum model": raw values times weights, which
        // ends in a tie between A2 and A3 (21.50, 22.00, 22.00).
        QTest::newRow("Weighted sum tie, Wikipedia WSM")
            << matrix({{25, 20, 15, 30}, {10, 30, 20, 30}, {30, 10, 30, 10}}, {true, true, true, true})
            << QVector<double>{0.20, 0.15, 0.40, 0.25} << int(Method::WeightedSum) << int(Normalization::None)
            << QVector<double>{21.50, 22.00, 22.00} << 2 << QVector<int>{3, 1, 1};
        // Chakraborty et al. (2015), Economic Computation and Economic
        // Cybernetics Studies and Research 49(1), Example 2: WASPAS with
        // lambda = 1, i.e. a weighted sum with cost = min/x, benefit = x/max,
        // three cost criteria (as in scikit-criteria's tests/agg/test_simple.py).
        // The source prints 0.8194 for A2, which computes to 0.819454: its
        // rounding, so this row is checked to 1e-4 plus that half digit.
        QTest::newRow("Weighted sum with cost criteria, Chakraborty et al. 2015")
            << matrix({{581818, 54.49, 3, 5500},
                       {595454, 49.73, 3, 4500},
                       {586060, 51.24, 3, 5000},
                       {522727, 45.71, 3, 5800},
                       {561818, 52.66, 3, 5200},
                       {543030, 74.46, 4, 5600},
                       {522727, 75.42, 4, 5800},
                       {486970, 62.62, 4, 5600},
                       {509394, 65.87, 4, 6400},
                       {513333, 70.67, 4, 6000}},
                      {false, false, false, true})
            << QVector<double>{0.467, 0.160, 0.095, 0.278} << int(Method::WeightedSum)
            << int(Normalization::Max)
            << QVector<double>{0.8590, 0.8195, 0.8430, 0.9420, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784}
            << 4 << QVector<int>{6, 10, 8, 1, 5, 9, 7, 3, 2, 4};
    }
    void publishedExamples()
    {
        QFETCH(Comparison, comparison);
        QFETCH(QVector<double>, weights);
        QFETCH(int, method);
        QFETCH(int, normalization);
        QFETCH(QVector<double>, printed);
        QFETCH(int, decimals);
        QFETCH(QVector<int>, ranks);
        EngineOptions o;
        o.method = Method(method);
        o.normalization = Normalization(normalization);
        o.tieTolerance = 1e-9;
        const Result r = evaluate(comparison, weights, o);
        for (int i = 0; i < printed.size(); ++i)
            QVERIFY2(printedAs(r.perOption[i].score, printed[i], decimals),
                     qPrintable(QStringLiteral("A%1: %2, printed %3")
                                    .arg(i + 1)
                                    .arg(r.perOption[i].score, 0, 'f', 6)
                                    .arg(printed[i])));
        QCOMPARE(::ranks(r), ranks);
    }

    void prometheePreferenceFunctions()
    {
        // Worked by hand.  One benefit criterion, values 0, 4, 10; weight 1.
        // Differences: B-A 4, C-A 10, C-B 6.
        Comparison c = matrix({{0}, {4}, {10}}, {true});
        EngineOptions o;
        o.method = Method::Promethee2;
        o.normalization = Normalization::None;
        auto flows = [&] {
            QVector<double> out;
            for (const OptionResult &r : evaluate(c, {1.0}, o).perOption)
                out.append(r.score);
            return out;
        };
        auto near = [](const QVector<double> &a, const QVector<double> &b) {
            for (int i = 0; i < a.size(); ++i) {
                if (std::abs(a[i] - b[i]) > 1e-12)
                    return false;
            }
            return true;
        };
        // Usual: A loses both, B wins one loses one, C wins both; / (n - 1).
        QVERIFY(near(flows(), {-1.0, 0.0, 1.0}));
        // V-shape, p = 8: P(4) = 0.5, P(10) = 1, P(6) = 0.75.
        c.criteria[0].preference = Preference::VShape;
        c.criteria[0].preferenceThreshold = 8.0;
        // A: -(0.5 + 1) / 2 = -0.75; B: (0.5 - 0.75) / 2 = -0.125; C: (1 + 0.75) / 2 = 0.875.
        QVERIFY(near(flows(), {-0.75, -0.125, 0.875}));
        // Linear, q = 4, p = 8: P(4) = 0, P(6) = 0.5, P(10) = 1.
        c.criteria[0].preference = Preference::Linear;
        c.criteria[0].indifference = 4.0;
        // A: -(0 + 1) / 2 = -0.5; B: (0 - 0.5) / 2 = -0.25; C: (1 + 0.5) / 2 = 0.75.
        QVERIFY(near(flows(), {-0.5, -0.25, 0.75}));
        // As a cost criterion A's 0 is best: A over B by 4 (P = 0), A over C
        // by 10 (P = 1), B over C by 6 (P = 0.5).
        c.criteria[0].direction = Direction::Cost;
        QVERIFY(near(flows(), {0.5, 0.25, -0.75}));
    }

    void productNeverTiesADominatedOption()
    {
        // Margins 12.5, -4 and -20: a product cannot weigh a negative value,
        // yet -4 must still rank above -20, and the verdict says what was done.
        const Comparison margins = matrix({{12.5}, {-4}, {-20}}, {true});
        // Zeros: both A and B score 0 on C1, but A is better on C2.
        const Comparison zeros = matrix({{0, 5}, {0, 3}, {2, 1}}, {true, true});
        for (const QString &key : normalizationKeys()) {
            const EngineOptions o{Method::WeightedProduct, *normalizationFromKey(key)};
            const Result r = evaluate(margins, {1.0}, o);
            QVERIFY2(ranks(r) == (QVector<int>{1, 2, 3}), qPrintable(key));
            const QString text = VerdictText::plainText(margins, makeVerdict(margins, r, {}), r);
            QVERIFY2(text.contains(QStringLiteral("C1")) &&
                         text.contains(QStringLiteral("1 (worst) to 2 (best)")),
                     qPrintable(text));
            const Result z = evaluate(zeros, {1, 1}, o);
            QVERIFY2(z.perOption[0].rank < z.perOption[1].rank, qPrintable(key));
        }
    }

    void dominatedOptionRanksBelowItsDominator()
    {
        // Property: an option no better than another on any criterion and
        // worse on one never ranks level with it or above it, whatever the
        // method and normalisation, with zero and negative values, constant
        // columns and V-shape criteria (with and without p) about.
        QRandomGenerator rng(19);
        for (int trial = 0; trial < 150; ++trial) {
            const int n = int(rng.bounded(1, 6));
            const int m = int(rng.bounded(1, 6));
            QVector<QVector<double>> x(n + 1, QVector<double>(m));
            QVector<bool> benefit(m);
            for (int j = 0; j < m; ++j) {
                benefit[j] = rng.bounded(2) == 0;
                const bool constant = rng.bounded(4) == 0;
                for (int i = 0; i < n; ++i)
                    x[i][j] = constant ? 3.0 : double(rng.bounded(-5, 11));
            }
            const int strict = int(rng.bounded(m)); // the last option is worse than the first here
            for (int j = 0; j < m; ++j)
                x[n][j] =
                    x[0][j] + (benefit[j] ? -1 : 1) * (j == strict ? 1.0 + rng.bounded(3) : rng.bounded(3));
            Comparison c = matrix(x, benefit);
            for (Criterion &k : c.criteria) {
                if (trial % 3 == 0)
                    std::tie(k.scaleMin, k.scaleMax) = std::pair(-10.0, 15.0);
                if (rng.bounded(3) == 0) {
                    k.preference = Preference::VShape;
                    if (rng.bounded(2) == 0)
                        k.preferenceThreshold = 1.0 + rng.bounded(5);
                }
            }
            QVector<double> w(m);
            for (double &v : w)
                v = 0.05 + rng.generateDouble();
            for (const MethodInfo &method : methods()) {
                for (const QString &key : normalizationKeys()) {
                    const Result r = evaluate(c, w, {method.method, *normalizationFromKey(key)});
                    QVERIFY2(r.perOption[n].rank > r.perOption[0].rank,
                             qPrintable(QStringLiteral("trial %1, %2/%3")
                                            .arg(trial)
                                            .arg(QLatin1String(method.key), key)));
                }
            }
        }
    }

    void constantColumnIsNeutral()
    {
        // Every option scores 7 on C2: it decides nothing.  Min-max gives it the same
        // value in either direction, not a zero that makes every product 0.
        Comparison c = matrix({{1, 7}, {2, 7}, {3, 7}}, {true, true});
        for (const Direction d : {Direction::Benefit, Direction::Cost}) {
            c.criteria[1].direction = d;
            const Result sum = evaluate(c, {1, 1}, {Method::WeightedSum, Normalization::MinMax});
            for (int o = 0; o < 3; ++o)
                QCOMPARE(sum.normalized[o][1], 1.0);
            for (const QString &key : normalizationKeys()) {
                const Result r = evaluate(c, {1, 1}, {Method::WeightedProduct, *normalizationFromKey(key)});
                QVERIFY2(ranks(r) == (QVector<int>{3, 2, 1}), qPrintable(key));
            }
        }
    }

    void prometheeThresholdsWhenMissing()
    {
        // A V-shape criterion without p is not silently "usual": p is the
        // largest difference between the options (10 here), and the verdict
        // says so.  Values 0, 4, 10: P(4) = 0.4, P(6) = 0.6, P(10) = 1.
        Comparison c = matrix({{0}, {4}, {10}}, {true});
        c.criteria[0].preference = Preference::VShape;
        const EngineOptions o{Method::Promethee2, Normalization::None};
        auto flowsNear = [&](const QVector<double> &expected) {
            const QVector<OptionResult> r = evaluate(c, {1.0}, o).perOption;
            return std::equal(r.cbegin(), r.cend(), expected.cbegin(),
                              [](const OptionResult &a, double b) { return std::abs(a.score - b) < 1e-12; });
        };
        QVERIFY(flowsNear({-0.7, -0.1, 0.8}));
        const Result r = evaluate(c, {1.0}, o);
        const QString text = VerdictText::plainText(c, makeVerdict(c, r, {}), r);
        QVERIFY2(text.contains(QStringLiteral("preference threshold")) && text.contains(QStringLiteral("10")),
                 qPrintable(text));
        // Linear with q = 4 and no p: p = 10, so P(6) = 1/3 and P(10) = 1.
        c.criteria[0].preference = Preference::Linear;
        c.criteria[0].indifference = 4.0;
        QVERIFY(flowsNear({-0.5, -1.0 / 6.0, 2.0 / 3.0}));
    }

    void vikorPublishedExample()
    {
        // Opricovic & Tzeng (2004), "Compromise solution by MCDM methods: a
        // comparative analysis of VIKOR and TOPSIS", EJOR 156(2) 445-455,
        // section 5: f1 (a cost) and f2 weigh 0.5 each, v = 0.5.  By hand:
        // A1 regrets 0 and 0.5, A2 0.125 and 0.25, A3 0.5 and 0; so
        // S = (0.5, 0.375, 0.5), R = (0.5, 0.25, 0.5), Q = (1, 0, 1), and A2
        // is the compromise with both conditions holding (the paper's result).
        const Comparison c = matrix({{1, 3000}, {2, 3750}, {5, 4500}}, {false, true});
        const Result r = evaluate(c, {0.5, 0.5}, vikor());
        QVERIFY(r.vikor);
        verifyNear(r.vikor->s, {0.5, 0.375, 0.5}, "S");
        verifyNear(r.vikor->r, {0.5, 0.25, 0.5}, "R");
        verifyNear(r.vikor->q, {1.0, 0.0, 1.0}, "Q");
        QCOMPARE(ranks(r), (QVector<int>{2, 1, 2}));
        // score is 1 - Q: higher is better, as for every method.
        verifyNear({r.perOption[0].score, r.perOption[1].score, r.perOption[2].score}, {0.0, 1.0, 0.0},
                   "score");
        QCOMPARE(r.vikor->dq, 0.5);
        QVERIFY(r.vikor->acceptableAdvantage);
        QVERIFY(r.vikor->acceptableStability);
        QCOMPARE(r.vikor->compromise, (QVector<int>{1}));
        QVERIFY(!evaluate(c, {0.5, 0.5}, {Method::Topsis, Normalization::MinMax}).vikor);
    }

    void vikorFiveOptionsAndTheEffectOfV()
    {
        const Comparison c = fiveOptions();
        // v = 0.5.  S = (23/40, 3/5, 2/5, 41/80, 43/80),
        // R = (3/10, 3/10, 7/20, 21/80, 3/10), Q = (73/112, 5/7, 1/2, 9/32, 125/224).
        const Result half = evaluate(c, kFiveWeights, vikor(0.5));
        verifyNear(half.vikor->s, {23.0 / 40, 3.0 / 5, 2.0 / 5, 41.0 / 80, 43.0 / 80}, "S");
        verifyNear(half.vikor->r, {0.3, 0.3, 0.35, 21.0 / 80, 0.3}, "R");
        verifyNear(half.vikor->q, {73.0 / 112, 5.0 / 7, 0.5, 9.0 / 32, 125.0 / 224}, "Q");
        QCOMPARE(half.order, (QVector<int>{3, 2, 4, 0, 1}));
        // C1 fails: Q(A3) - Q(A4) = 7/32 < DQ = 1/4; A4 is first by R, so C2
        // holds; the compromise set is every option within DQ of A4: A4, A3.
        QCOMPARE(half.vikor->dq, 0.25);
        QVERIFY(!half.vikor->acceptableAdvantage);
        QVERIFY(half.vikor->acceptableStability);
        QCOMPARE(names(c, half.vikor->compromise), (QStringList{QStringLiteral("A4"), QStringLiteral("A3")}));
        // v = 1 follows the group utility S alone: Q = (7/8, 1, 0, 9/16, 11/16), A3 first.
        const Result utility = evaluate(c, kFiveWeights, vikor(1.0));
        verifyNear(utility.vikor->q, {7.0 / 8, 1.0, 0.0, 9.0 / 16, 11.0 / 16}, "Q at v = 1");
        QCOMPARE(utility.order.first(), 2);
        QVERIFY(utility.vikor->acceptableAdvantage && utility.vikor->acceptableStability);
        QCOMPARE(utility.vikor->compromise, (QVector<int>{2}));
        QCOMPARE(utility.vikor->v, 1.0);
        // v = 0 follows the largest regret R alone: A1, A2 and A5 tie at 3/7.
        const Result regret = evaluate(c, kFiveWeights, vikor(0.0));
        verifyNear(regret.vikor->q, {3.0 / 7, 3.0 / 7, 1.0, 0.0, 3.0 / 7}, "Q at v = 0");
        QCOMPARE(ranks(regret), (QVector<int>{2, 2, 5, 1, 2}));
        // S and R do not depend on v.
        verifyNear(regret.vikor->s, half.vikor->s, "S at v = 0");
        // An invalid v never reaches the formula: the default is used.
        const Result nan = evaluate(c, kFiveWeights, vikor(std::numeric_limits<double>::quiet_NaN()));
        verifyNear(nan.vikor->q, half.vikor->q, "Q with v = NaN");
        QVERIFY(validVikorV(0.0) && validVikorV(1.0) && !validVikorV(1.0000001) && !validVikorV(-0.1));
        QVERIFY(!validVikorV(std::numeric_limits<double>::infinity()));
    }

    void vikorStabilityCanFail()
    {
        // Worked in exact fractions: A3 leads by Q (109/616) by more than
        // DQ = 1/4 over A1 (5/11), so C1 holds, but A2 has the lowest S
        // (4/11 < 13/33) and A1 the lowest R (8/33 < 3/11): C2 fails and the
        // compromise is A3 and A1.
        const Comparison c =
            matrix({{3, 6, 4}, {9, 3, 8}, {1, 9, 6}, {8, 4, 4}, {4, 7, 2}}, {true, true, true});
        const Result r = evaluate(c, {3, 4, 4}, vikor());
        verifyNear(r.vikor->q, {5.0 / 11, 0.5, 109.0 / 616, 191.0 / 308, 1.0}, "Q");
        verifyNear(r.vikor->s, {83.0 / 132, 4.0 / 11, 13.0 / 33, 51.0 / 88, 173.0 / 264}, "S");
        verifyNear(r.vikor->r, {8.0 / 33, 4.0 / 11, 3.0 / 11, 10.0 / 33, 4.0 / 11}, "R");
        QVERIFY(r.vikor->acceptableAdvantage);
        QVERIFY(!r.vikor->acceptableStability);
        QCOMPARE(names(c, r.vikor->compromise), (QStringList{QStringLiteral("A3"), QStringLiteral("A1")}));
        const QString text = VerdictText::plainText(c, makeVerdict(c, r, {}), r);
        QVERIFY2(text.contains(QStringLiteral("no acceptable stability")), qPrintable(text));
        const QString set = QLocale().createSeparatedList({QStringLiteral("A3"), QStringLiteral("A1")});
        QVERIFY2(text.contains(QStringLiteral("compromise solutions: ") + set), qPrintable(text));
    }

    void vikorConstantColumnAndMissingValues()
    {
        // A constant column regrets nothing: Q is that of the example alone,
        // S and R shrink by the weight it takes.
        Comparison c = matrix({{1, 3000, 7}, {2, 3750, 7}, {5, 4500, 7}}, {false, true, true});
        const Result r = evaluate(c, {0.5, 0.5, 1.0}, vikor());
        verifyFinite(r);
        verifyNear(r.vikor->q, {1.0, 0.0, 1.0}, "Q");
        verifyNear(r.vikor->s, {0.25, 0.1875, 0.25}, "S");
        // Every column constant: every option ties, nothing is NaN.
        const Comparison flat = matrix({{4, 4}, {4, 4}, {4, 4}}, {true, false});
        const Result f = evaluate(flat, {1, 1}, vikor());
        verifyFinite(f);
        QCOMPARE(ranks(f), (QVector<int>{1, 1, 1}));
        verifyNear(f.vikor->q, {0, 0, 0}, "Q of constant columns");
        QVERIFY(!f.vikor->acceptableAdvantage);
        QCOMPARE(f.vikor->compromise.size(), 3);
        // A missing score counts as the criterion's worst value (policy
        // "worst"): the same as writing that value in.
        Comparison gap = fiveOptions();
        gap.cell(1, 2).value.reset(); // A2 on C3, worst is 8 anyway
        gap.cell(3, 0).value.reset(); // A4 on C1 (a cost): counts as 300
        Comparison filled = fiveOptions();
        filled.cell(3, 0).value = 300;
        const Result missing = evaluate(gap, kFiveWeights, vikor());
        QCOMPARE(missing.missingScores, 2);
        verifyNear(missing.vikor->q, evaluate(filled, kFiveWeights, vikor()).vikor->q,
                   "Q with missing scores");
        // ... or as the mean of the others (policy "mean").
        EngineOptions mean = vikor();
        mean.missing = MissingPolicy::Mean;
        filled.cell(3, 0).value = (250.0 + 200 + 300 + 225) / 4;
        filled.cell(1, 2).value = (12.0 + 16 + 8 + 16) / 4;
        verifyNear(evaluate(gap, kFiveWeights, mean).vikor->q, evaluate(filled, kFiveWeights, mean).vikor->q,
                   "Q with mean-filled scores");
    }

    void vikorIsInTheOneMethodTable()
    {
        QCOMPARE(methodFromKey(QStringLiteral("vikor")), std::optional<Method>(Method::Vikor));
        QCOMPARE(defaultNormalization(Method::Vikor), Normalization::MinMax);
        QVERIFY(methodIndex(Method::Vikor) >= 0);
        QCOMPARE(methodTitle(Method::Vikor), QStringLiteral("VIKOR"));
    }

    void variantNames()
    {
        Comparison c = matrix({{1, 2, 3}, {3, 2, 1}}, {true, true, false});
        EngineOptions o{Method::Promethee2, Normalization::None};
        QCOMPARE(methodLabel(c, o), QStringLiteral("PROMETHEE II · usual"));
        c.criteria[1].preference = Preference::Linear;
        c.criteria[2].preference = Preference::VShape;
        QCOMPARE(methodLabel(c, o), QStringLiteral("PROMETHEE II · usual/linear/V-shape"));
        QCOMPARE(methodKeyLabel(c, o), QStringLiteral("promethee2 · usual/linear/V-shape"));
        QCOMPARE(methodLabel(c, vikor(0.25)), QStringLiteral("VIKOR · v = 0.25"));
        QCOMPARE(methodKeyLabel(c, vikor()), QStringLiteral("vikor · v = 0.50"));
        QCOMPARE(methodLabel(c, {Method::Topsis, Normalization::Vector}), QStringLiteral("TOPSIS"));
        QVERIFY(methodVariant(c, {Method::WeightedSum, Normalization::Scale}).isEmpty());
        QCOMPARE(ahpVariant(), QStringLiteral("principal eigenvector"));
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
