// Value functions and swing weighting: evaluating a value function, the
// engine using it in place of the normalisation, and swing weights.
#include "core/csvmatrix.h"
#include "core/engine.h"
#include "core/swing.h"
#include "core/verdict.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace core;
using testsupport::matrix;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(TRADEOFF_TEST_DATA "/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

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

    // A missing score is the worst value under the function, whatever the
    // criterion's direction says (here "benefit" while the points fall).
    void missingScoresTakeTheWorstValue()
    {
        Comparison c = matrix({{0, 1}, {5, 1}, {10, 1}, {0, 1}}, {true, true});
        c.cell(3, 0).value.reset();
        c.criteria[0].valueFunction = {ValueShape::Piecewise, {{0, 1}, {10, 0}}};
        for (const MissingPolicy policy : {MissingPolicy::Worst, MissingPolicy::Exclude}) {
            const Result r = evaluate(c, {1, 0}, {Method::WeightedSum, Normalization::Scale, policy});
            QCOMPARE(r.normalized[3][0], 0.0);
        }
        const Result worst =
            evaluate(c, {1, 0}, {Method::WeightedSum, Normalization::Scale, MissingPolicy::Worst});
        QCOMPARE(worst.order.first(), 0);
        QCOMPARE(worst.perOption[3].rank, worst.perOption[2].rank); // as bad as the worst scored
        // Mean: the value at the mean score, 5 -> 0.5.
        const Result mean =
            evaluate(c, {1, 0}, {Method::WeightedSum, Normalization::Scale, MissingPolicy::Mean});
        QCOMPARE(mean.normalized[3][0], 0.5);
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
        // The verdict says why the threshold in units was not used.
        QCOMPARE(VerdictText::engineNotes(c, promethee),
                 QStringList{
                     QStringLiteral("PROMETHEE II compares the values of C1's value function, so p is their "
                                    "largest difference between options, 1, and q is 0.")});
        c.criteria[0].preference = Preference::Linear;
        c.criteria[0].indifference = 50.0;
        QCOMPARE(
            VerdictText::engineNotes(c, evaluate(c, {1}, {Method::Promethee2, Normalization::None})).size(),
            1);
        // Without the function, the usual sentence.
        c.criteria[0].valueFunction = {};
        c.criteria[0].indifference.reset();
        c.criteria[0].preferenceThreshold.reset();
        QVERIFY(VerdictText::engineNotes(c, evaluate(c, {1}, {Method::Promethee2, Normalization::None}))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("PROMETHEE II: C1 has no preference threshold p")));
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
        for (const char *bad : {"", "Speed,Nope", "Speed,speed", "Nope=10", "Speed=100,Speed=20", "Speed=120",
                                "Speed=-1", "Speed=x", "Speed=0"}) {
            const auto e = swing::parseRatings(c, QString::fromLatin1(bad));
            QVERIFY2(!e, bad);
            QVERIFY(e.error().startsWith(QStringLiteral("--swing")));
        }
    }

    void csvValueRowRoundTrips()
    {
        const auto c = csv::read(dataFile("message-queues.csv"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error()));
        QCOMPARE(c->criteria[0].valueFunction,
                 (ValueFunction{ValueShape::Piecewise, {{2, 1}, {10, 0.8}, {50, 0.2}, {200, 0}}}));
        QVERIFY(c->criteria[1].valueFunction.isLinear());
        QCOMPARE(c->criteria[2].valueFunction, (ValueFunction{ValueShape::Step, {{1, 1}, {3, 0.5}, {5, 0}}}));
        const QByteArray written = csv::write(*c, c->profiles.first().weights);
        QVERIFY(written.contains("@value,piecewise 2:1 10:0.8 50:0.2 200:0,,step 1:1 3:0.5 5:0,\r\n"));
        const auto again = csv::parse(written, c->name);
        QVERIFY(again);
        for (int j = 0; j < c->criterionCount(); ++j)
            QCOMPARE(again->criteria[j].valueFunction, c->criteria[j].valueFunction);
        // "linear" is the empty cell; a matrix without functions has no row.
        const auto plain = csv::parse("option,A,B\n@value,linear,\nX,1,2\n", QStringLiteral("plain"));
        QVERIFY(plain);
        QVERIFY(plain->criteria[0].valueFunction.isLinear());
        QVERIFY(!csv::write(*plain, {1, 1}).contains("@value"));
        // Decimal commas in a semicolon file.
        const auto comma =
            csv::parse("option;A\n@value;piecewise 0:0 2,5:0,75 10:1\nX;3\n", QStringLiteral("c"));
        QVERIFY2(comma, qPrintable(comma ? QString() : comma.error()));
        QCOMPARE(comma->criteria[0].valueFunction.points[1], (ValuePoint{2.5, 0.75}));
    }

    void badValueCellsAreRefused_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("problem");
        QTest::newRow("shape") << "cubic 1:2"
                               << "is not 'linear', 'piecewise X:Y ...' or 'step X:Y ...'";
        QTest::newRow("point") << "piecewise 1-0 2:1"
                               << "has a point '1-0' that is not X:Y";
        QTest::newRow("number") << "piecewise 1:x 2:1"
                                << "has a point '1:x' that is not X:Y";
        QTest::newRow("one point") << "piecewise 1:0"
                                   << "a piecewise value function needs 2 to 50 points";
        QTest::newRow("order") << "piecewise 2:0 1:1"
                               << "strictly increasing x (1 after 2)";
        QTest::newRow("range") << "step 1:2"
                               << "values must lie from 0 to 1 (found 2)";
        QTest::newRow("linear points") << "linear 1:1"
                                       << "a linear value function takes no points";
    }

    void badValueCellsAreRefused()
    {
        QFETCH(QString, cell);
        QFETCH(QString, problem);
        const QByteArray data = "option,Speed,Cost\n@weight,1,1\n@value,," + cell.toUtf8() + "\nX,1,2\n";
        const auto c = csv::parse(data, QStringLiteral("bad"));
        QVERIFY(!c);
        QVERIFY2(c.error().startsWith(QStringLiteral("line 3, column 'Cost': '%1' ").arg(cell)),
                 qPrintable(c.error()));
        QVERIFY2(c.error().contains(problem), qPrintable(c.error()));
    }

    // Swing ratings through the CLI on a matrix with value functions, by
    // hand: weights 100, 60, 30, 10 over 200; values v(x) from the functions
    // (Latency: 18 ms -> 0.8 - 0.6 * 8 / 40 = 0.68, ...) and the implied
    // scale 0..largest for the linear criteria.
    void swingThroughTheCli()
    {
        const QString file = dataFile("message-queues.csv");
        const auto run = testsupport::tradeoff(
            {QStringLiteral("score"), file, QStringLiteral("--swing"),
             QStringLiteral("Latency p99=100,Throughput=60,operations effort=30,Licence=10"),
             QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.code, 0);
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        const QJsonObject weights = out.value(QStringLiteral("weights")).toObject();
        QCOMPARE(weights.value(QStringLiteral("Latency p99")).toDouble(), 0.5);
        QCOMPARE(weights.value(QStringLiteral("Throughput")).toDouble(), 0.3);
        QCOMPARE(weights.value(QStringLiteral("Operations effort")).toDouble(), 0.15);
        QCOMPARE(weights.value(QStringLiteral("Licence")).toDouble(), 0.05);
        const QJsonArray results = out.value(QStringLiteral("results")).toArray();
        const QStringList order{QStringLiteral("NATS"), QStringLiteral("Kafka"), QStringLiteral("RabbitMQ"),
                                QStringLiteral("Pulsar")};
        const double expected[] = {0.5 * 0.975 + 0.3 * 400.0 / 900.0 + 0.15 * 1.0 + 0.05 * 1.0,
                                   0.5 * 0.68 + 0.3 * 1.0 + 0.15 * 0.5 + 0.05 * 1.0,
                                   0.5 * 0.825 + 0.3 * 60.0 / 900.0 + 0.15 * 1.0 + 0.05 * 1.0,
                                   0.5 * 0.575 + 0.3 * 700.0 / 900.0 + 0.0 + 0.0};
        QCOMPARE(results.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject r = results[i].toObject();
            QCOMPARE(r.value(QStringLiteral("option")).toString(), order[i]);
            QVERIFY(std::abs(r.value(QStringLiteral("score")).toDouble() - expected[i]) < 1e-12);
        }
        // The value functions are listed, only the non-linear ones.
        const QJsonObject functions = out.value(QStringLiteral("value_functions")).toObject();
        QCOMPARE(functions.keys(),
                 (QStringList{QStringLiteral("Latency p99"), QStringLiteral("Operations effort")}));
        QCOMPARE(functions.value(QStringLiteral("Operations effort"))
                     .toObject()
                     .value(QStringLiteral("shape"))
                     .toString(),
                 QStringLiteral("step"));
        // Criteria not named weigh 0.
        const auto partial = testsupport::tradeoff({QStringLiteral("score"), file, QStringLiteral("--swing"),
                                                    QStringLiteral("Throughput=40"),
                                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(partial.code, 0);
        const QJsonObject w2 =
            QJsonDocument::fromJson(partial.out).object().value(QStringLiteral("weights")).toObject();
        QCOMPARE(w2.value(QStringLiteral("Throughput")).toDouble(), 1.0);
        QCOMPARE(w2.value(QStringLiteral("Latency p99")).toDouble(), 0.0);
    }

    // SMARTER: swings ranked without ratings take the rank-order centroid
    // weights (Barron 1992; Edwards & Barron 1994), printed to four places
    // for two to six attributes in that literature (e.g. Barron & Barrett
    // 1996, Management Science 42(11)): 2: .7500 .2500; 3: .6111 .2778 .1111;
    // 4: .5208 .2708 .1458 .0625; 5: .4567 .2567 .1567 .0900 .0400;
    // 6: .4083 .2417 .1583 .1028 .0611 .0278.
    void rankOrderCentroidAsPublished()
    {
        const QVector<QVector<double>> printed{{.7500, .2500},
                                               {.6111, .2778, .1111},
                                               {.5208, .2708, .1458, .0625},
                                               {.4567, .2567, .1567, .0900, .0400},
                                               {.4083, .2417, .1583, .1028, .0611, .0278}};
        QTemporaryDir dir;
        QString csv = QStringLiteral("option,C1,C2,C3,C4,C5,C6\n");
        csv += QStringLiteral("A,1,2,3,4,5,6\nB,6,5,4,3,2,1\n");
        const QString file = dir.filePath(QStringLiteral("roc.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv.toUtf8());
        out.close();
        for (const QVector<double> &row : printed) {
            const int n = int(row.size());
            // Ranked in reverse so the order given, not the columns', counts.
            QStringList ranking;
            for (int k = 0; k < n; ++k)
                ranking.append(QStringLiteral("C%1").arg(6 - k));
            const auto run = testsupport::tradeoff({QStringLiteral("score"), file, QStringLiteral("--swing"),
                                                    ranking.join(QLatin1Char(',')),
                                                    QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(run.code, 0);
            const QJsonObject weights =
                QJsonDocument::fromJson(run.out).object().value(QStringLiteral("weights")).toObject();
            double sum = 0;
            for (int k = 0; k < n; ++k) {
                const double w = weights.value(ranking[k]).toDouble();
                QVERIFY2(std::abs(w - row[k]) <= 0.00005 + 1e-12,
                         qPrintable(QStringLiteral("%1 of %2: %3").arg(k + 1).arg(n).arg(w)));
                sum += w;
            }
            QVERIFY(std::abs(sum - 1.0) < 1e-12);
            for (int k = n; k < 6; ++k)
                QCOMPARE(weights.value(QStringLiteral("C%1").arg(6 - k)).toDouble(), 0.0);
        }
        const QVector<double> four = swing::rankOrderCentroid(4);
        const double exact[] = {25.0 / 48, 13.0 / 48, 7.0 / 48, 3.0 / 48};
        for (int k = 0; k < 4; ++k)
            QVERIFY(std::abs(four[k] - exact[k]) < 1e-15);
        // A ranking and ratings cannot be mixed, and a name counts once.
        QVERIFY(!swing::parseRatings(testsupport::small(), QStringLiteral("x,y=3")).ok());
    }

    void badSwingIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--swing"), QStringLiteral("Speed=100")}
                                 << "--swing: no criterion 'Speed'";
        QTest::newRow("range") << QStringList{QStringLiteral("--swing"), QStringLiteral("Throughput=150")}
                               << "must be a number from 0 to 100";
        QTest::newRow("zero") << QStringList{QStringLiteral("--swing"), QStringLiteral("Throughput=0")}
                              << "at least one rating must be above 0";
        QTest::newRow("both") << QStringList{QStringLiteral("--swing"), QStringLiteral("Throughput=10"),
                                             QStringLiteral("--weights"), QStringLiteral("Throughput=1")}
                              << "give --swing without --profile or --weights";
    }

    void badSwingIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString file = dataFile("message-queues.csv");
        const QByteArray before = readAll(file);
        const auto run = testsupport::tradeoff(QStringList{QStringLiteral("score"), file} + args);
        QCOMPARE(run.code, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("message-queues.csv")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QCOMPARE(readAll(file), before);
    }

    void reportsStateValueFunctions()
    {
        QTemporaryDir dir;
        const QString file = dataFile("message-queues.csv");
        const QString line = QStringLiteral(
            "Value function of Latency p99 (ms): piecewise through (2, 1), (10, 0.8), (50, 0.2), (200, 0)");
        for (const char *suffix : {"md", "html"}) {
            const QString out = dir.filePath(QStringLiteral("r.") + QLatin1String(suffix));
            const auto run =
                testsupport::tradeoff({QStringLiteral("report"), file, QStringLiteral("-o"), out});
            QCOMPARE(run.code, 0);
            const QString text = QString::fromUtf8(readAll(out));
            QVERIFY2(text.contains(line), suffix);
            QVERIFY2(text.contains(
                         QStringLiteral("Value function of Operations effort (1-5): step from 1: 1, from 3: "
                                        "0.5, from 5: 0")),
                     suffix);
        }
        // The bundled comparison has none: no line, no JSON key.
        const QString md = dir.filePath(QStringLiteral("bundled.md"));
        QCOMPARE(testsupport::tradeoff({QStringLiteral("report"), QStringLiteral("-o"), md}).code, 0);
        QVERIFY(!readAll(md).contains("Value function"));
        const auto json = testsupport::tradeoff(
            {QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        QVERIFY(!QJsonDocument::fromJson(json.out).object().contains(QStringLiteral("value_functions")));
    }
};

QTEST_GUILESS_MAIN(TestValue)
#include "tst_value.moc"
