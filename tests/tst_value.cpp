// Value functions and swing weighting: evaluating a value function, the
// engine using it in place of the normalisation, and swing weights.
#include "core/engine.h"
#include "core/swing.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace core;
using testsupport::matrix;

namespace {

const Method kMethods[] = {Method::WeightedSum, Method::WeightedProduct, Method::Topsis, Method::Promethee2,
                           Method::Vikor};

// The definition, read off the points one by one.
double referenceValue(const ValueFunction &f, double x)
{
    const auto &p = f.points;
    if (x < p.front().x)
        return p.front().y;
    for (int i = 0; i + 1 < p.size(); ++i) {
        if (x >= p[i].x && x < p[i + 1].x) {
            if (f.shape == ValueShape::Step)
                return p[i].y;
            const double t = (x - p[i].x) / (p[i + 1].x - p[i].x);
            return p[i].y + t * (p[i + 1].y - p[i].y);
        }
    }
    return p.back().y;
}

// Random points: x strictly increasing in [-50, 50], y in [0, 1],
// non-decreasing when `monotone`.
ValueFunction randomFunction(QRandomGenerator &rng, ValueShape shape, bool monotone)
{
    ValueFunction f;
    f.shape = shape;
    const int count = int(rng.bounded(shape == ValueShape::Step ? 1 : 2, 9));
    QVector<double> xs;
    while (xs.size() < count) {
        const double x = rng.bounded(1001) / 10.0 - 50.0;
        if (!xs.contains(x))
            xs.append(x);
    }
    std::sort(xs.begin(), xs.end());
    QVector<double> ys;
    for (int i = 0; i < count; ++i)
        ys.append(rng.bounded(101) / 100.0);
    if (monotone)
        std::sort(ys.begin(), ys.end());
    for (int i = 0; i < count; ++i)
        f.points.append({xs[i], ys[i]});
    return f;
}

} // namespace

class TestValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAtMatchesTheDefinition()
    {
        QRandomGenerator rng(101);
        for (int round = 0; round < 500; ++round) {
            const ValueShape shape = round % 2 ? ValueShape::Step : ValueShape::Piecewise;
            const ValueFunction f = randomFunction(rng, shape, false);
            for (int i = 0; i < 40; ++i) {
                // Random points, the points themselves and beyond both ends.
                const double x = i < f.points.size() ? f.points[i].x : rng.generateDouble() * 140.0 - 70.0;
                const double expected = referenceValue(f, x);
                QVERIFY2(std::abs(valueAt(f, x) - expected) <= 1e-12,
                         qPrintable(QStringLiteral("%1 at %2: %3, expected %4")
                                        .arg(valueShapeKey(shape))
                                        .arg(x)
                                        .arg(valueAt(f, x))
                                        .arg(expected)));
            }
        }
    }

    void valueAtByHand()
    {
        const ValueFunction piecewise{ValueShape::Piecewise, {{0, 0}, {3, 0.8}, {10, 1}}};
        QCOMPARE(valueAt(piecewise, -5), 0.0);
        QCOMPARE(valueAt(piecewise, 1.5), 0.4);
        QCOMPARE(valueAt(piecewise, 3), 0.8);
        QVERIFY(std::abs(valueAt(piecewise, 6.5) - 0.9) < 1e-15);
        QCOMPARE(valueAt(piecewise, 12), 1.0);
        const ValueFunction step{ValueShape::Step, {{2, 0.25}, {5, 1}}};
        QCOMPARE(valueAt(step, 0), 0.25);
        QCOMPARE(valueAt(step, 2), 0.25);
        QCOMPARE(valueAt(step, 4.999), 0.25);
        QCOMPARE(valueAt(step, 5), 1.0);
        QCOMPARE(valueAt(step, 50), 1.0);
    }

    // The engine's normalised value is v(x), whatever the direction and
    // the normalisation asked for.
    void normalisedValueIsTheFunctionsValue()
    {
        Comparison c = matrix({{0, 1}, {1.5, 2}, {6.5, 3}, {12, 4}}, {false, true});
        c.criteria[0].valueFunction = {ValueShape::Piecewise, {{0, 0}, {3, 0.8}, {10, 1}}};
        for (const Normalization norm : {Normalization::Scale, Normalization::MinMax, Normalization::Vector,
                                         Normalization::Sum, Normalization::Max, Normalization::None}) {
            const Result r = evaluate(c, {1, 1}, {Method::WeightedSum, norm});
            const double expected[] = {0.0, 0.4, 0.9, 1.0};
            for (int o = 0; o < 4; ++o)
                QVERIFY(std::abs(r.normalized[o][0] - expected[o]) < 1e-12);
        }
        // A cost criterion is given by falling points: less is better.
        c.criteria[0].valueFunction = {ValueShape::Piecewise, {{0, 1}, {12, 0}}};
        const Result r = evaluate(c, {1, 0});
        QCOMPARE(r.order.first(), 0);
        QCOMPARE(r.order.last(), 3);
    }

    // A function whose y never falls gives values that never fall, and an
    // option with the larger x never ranks below one with the smaller, for
    // every method.
    void nonDecreasingFunctionRespectsOrder()
    {
        QRandomGenerator rng(202);
        for (int round = 0; round < 300; ++round) {
            const ValueShape shape = round % 2 ? ValueShape::Step : ValueShape::Piecewise;
            const ValueFunction f = randomFunction(rng, shape, true);
            QVector<double> xs;
            for (int i = 0; i < 6; ++i)
                xs.append(rng.generateDouble() * 140.0 - 70.0);
            QVector<double> sorted = xs;
            std::sort(sorted.begin(), sorted.end());
            for (int i = 1; i < sorted.size(); ++i)
                QVERIFY(valueAt(f, sorted[i]) >= valueAt(f, sorted[i - 1]));
            QVector<QVector<double>> rows;
            for (double x : xs)
                rows.append({x, 5.0});
            Comparison c = matrix(rows, {round % 3 != 0, true}); // direction does not matter
            c.criteria[0].valueFunction = f;
            for (const Method method : kMethods) {
                const Result r = evaluate(c, {1, 0}, {method, defaultNormalization(method)});
                for (int a = 0; a < xs.size(); ++a) {
                    for (int b = 0; b < xs.size(); ++b) {
                        if (xs[a] > xs[b])
                            QVERIFY2(r.perOption[a].rank <= r.perOption[b].rank,
                                     qPrintable(QStringLiteral("%1: x %2 ranks %3, x %4 ranks %5")
                                                    .arg(methodKey(method))
                                                    .arg(xs[a])
                                                    .arg(r.perOption[a].rank)
                                                    .arg(xs[b])
                                                    .arg(r.perOption[b].rank)));
                    }
                }
            }
        }
    }

    // A piecewise function through the column's least and largest value,
    // from 0 to 1, is min-max normalisation: every method that reads
    // normalised values gives the same scores.
    void piecewiseThroughTheEndsIsMinMax()
    {
        QRandomGenerator rng(303);
        for (int round = 0; round < 50; ++round) {
            const Comparison plain = testsupport::generated(7, 4, 2, 1000 + round);
            Comparison valued = plain;
            for (int j = 0; j < plain.criterionCount(); ++j) {
                double lo = 0;
                double hi = 0;
                for (int o = 0; o < plain.optionCount(); ++o) {
                    const double v = *plain.value(o, j);
                    lo = o == 0 ? v : std::min(lo, v);
                    hi = o == 0 ? v : std::max(hi, v);
                }
                if (hi > lo) {
                    const bool benefit = plain.criteria[j].direction == Direction::Benefit;
                    valued.criteria[j].valueFunction = {
                        ValueShape::Piecewise, {{lo, benefit ? 0.0 : 1.0}, {hi, benefit ? 1.0 : 0.0}}};
                }
            }
            QVector<double> w;
            for (int j = 0; j < plain.criterionCount(); ++j)
                w.append(rng.bounded(1, 11));
            for (const Method method : {Method::WeightedSum, Method::Topsis, Method::Vikor}) {
                const Result a = evaluate(plain, w, {method, Normalization::MinMax});
                const Result b = evaluate(valued, w, {method, Normalization::Scale});
                for (int o = 0; o < plain.optionCount(); ++o)
                    QVERIFY2(std::abs(a.perOption[o].score - b.perOption[o].score) < 1e-12,
                             qPrintable(methodKey(method)));
            }
        }
    }

    // A criterion without a value function keeps every number it had:
    // adding a function to one criterion leaves the others' normalised
    // values bit for bit.
    void linearCriteriaAreUntouched()
    {
        const Comparison plain = testsupport::generated(9, 6, 3, 77);
        Comparison valued = plain;
        valued.criteria[2].valueFunction = {ValueShape::Step, {{3, 0.2}, {7, 0.9}}};
        for (const Method method : kMethods) {
            for (const Normalization norm :
                 {Normalization::Scale, Normalization::MinMax, Normalization::Vector}) {
                const Result a = evaluate(plain, plain.profiles[0].weights, {method, norm});
                const Result b = evaluate(valued, plain.profiles[0].weights, {method, norm});
                for (int o = 0; o < plain.optionCount(); ++o) {
                    for (int j = 0; j < plain.criterionCount(); ++j) {
                        if (j != 2)
                            QCOMPARE(b.normalized[o][j], a.normalized[o][j]);
                    }
                }
            }
        }
        // And by hand, as before value functions: the weighted sum of the
        // small comparison on the implied scale 0..largest (Speed 8 / 8,
        // Cost 1 - 6 / 6, Ecosystem 9 / 9), summed in criterion order.
        const Comparison s = testsupport::small();
        const Result r = evaluate(s, s.profiles[0].weights);
        QCOMPARE(r.perOption[0].score, 0.5 * 1.0 + 0.2 * 0.0 + 0.3 * 1.0 + 0.0 * (5.0 / 9.0));
    }

    void productAndPrometheeOnValues()
    {
        Comparison c = matrix({{1}, {4}, {10}}, {true});
        c.criteria[0].valueFunction = {ValueShape::Step, {{0, 0}, {3, 0.5}, {8, 1}}};
        c.criteria[0].preference = Preference::VShape;
        c.criteria[0].preferenceThreshold = 100.0; // in units: would flatten everything
        // The product cannot multiply the zero value: the values are shifted.
        const Result product = evaluate(c, {1}, {Method::WeightedProduct, Normalization::Scale});
        QCOMPARE(product.order, (QVector<int>{2, 1, 0}));
        QVERIFY(product.notes.contains(EngineNote{EngineNote::Kind::ProductShift, 0, 0.0}));
        // PROMETHEE compares values: p defaults to their largest difference.
        const Result promethee = evaluate(c, {1}, {Method::Promethee2, Normalization::None});
        QCOMPARE(promethee.order, (QVector<int>{2, 1, 0}));
        QVERIFY(promethee.notes.contains(EngineNote{EngineNote::Kind::DefaultPreference, 0, 1.0}));
        // (1 - 0) / 1 + (1 - 0.5) / 1, over n - 1 = 2
        QVERIFY(std::abs(promethee.perOption[2].score - 0.75) < 1e-12);
    }

    void swingsRunFromWorstToBest()
    {
        Comparison c = matrix({{200, 3}, {50, 9}, {120, 9}}, {false, true});
        c.criteria[0].unit = QStringLiteral("ms");
        QVector<swing::Swing> s = swing::swings(c);
        QCOMPARE(*s[0].worst, 200.0);
        QCOMPARE(*s[0].best, 50.0);
        QCOMPARE(s[0].worstValue, 0.0);
        QCOMPARE(s[0].bestValue, 1.0);
        QCOMPARE(*s[1].worst, 3.0);
        QCOMPARE(*s[1].best, 9.0);
        // Through a value function: the best is where the value peaks.
        c.criteria[0].valueFunction = {ValueShape::Piecewise, {{50, 0.3}, {120, 1}, {200, 0}}};
        s = swing::swings(c);
        QCOMPARE(*s[0].best, 120.0);
        QCOMPARE(*s[0].worst, 200.0);
        QCOMPARE(s[0].bestValue, 1.0);
        // A constant criterion does not move.
        c = matrix({{4}, {4}}, {true});
        QVERIFY(!swing::swings(c)[0].moves());
    }

    void ratingsGiveWeights()
    {
        const QVector<double> w = swing::weightsFromRatings({100, 80, 20, 0});
        QCOMPARE(w, (QVector<double>{0.5, 0.4, 0.1, 0.0}));
        QCOMPARE(swing::weightsFromRatings({0, 0}), (QVector<double>{0, 0}));
        const Comparison c = testsupport::small();
        const auto r = swing::parseRatings(c, QStringLiteral("Speed=100, cost=50"));
        QVERIFY(r);
        QCOMPARE(*r, (QVector<double>{100, 50, 0, 0}));
        for (const char *bad :
             {"", "Speed", "Nope=10", "Speed=100,Speed=20", "Speed=120", "Speed=-1", "Speed=x", "Speed=0"}) {
            const auto e = swing::parseRatings(c, QString::fromLatin1(bad));
            QVERIFY2(!e, bad);
            QVERIFY(e.error().startsWith(QStringLiteral("--swing")));
        }
    }
};

QTEST_GUILESS_MAIN(TestValue)
#include "tst_value.moc"
