#include "core/engine.h"
#include "core/workshop.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace core::workshop;

// The arithmetic of group weighting and of comparing snapshots.
class TestWorkshop final : public QObject
{
    Q_OBJECT
private:
    static bool near(const QVector<double> &a, const QVector<double> &b, double eps = 1e-9)
    {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (std::abs(a[i] - b[i]) > eps)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void sharesAddUpToOne()
    {
        QVERIFY(near(shares({2, 2, 4}), {0.25, 0.25, 0.5}));
        QVERIFY(near(shares({0, 0}), {0.5, 0.5})); // no preference: equal say
        QVERIFY(near(shares({qQNaN(), 1, -3, qInf()}), {0, 1, 0, 0}));
        QVERIFY(shares({}).isEmpty());
    }

    void arithmeticConsensus()
    {
        const Consensus c = consensus({{1, 0, 1}, {0, 1, 1}}, Mean::Arithmetic);
        QVERIFY(near(c.weights, {0.25, 0.25, 0.5}));
        QVERIFY(!c.fellBackToArithmetic);
        // Scale does not matter: each stakeholder counts once.
        QVERIFY(near(consensus({{10, 0, 10}, {0, 0.1, 0.1}}, Mean::Arithmetic).weights, c.weights));
    }

    void geometricConsensus()
    {
        // Shares (.25, .25, .5) and (.5, .25, .25): geometric means
        // (sqrt(.125), .25, sqrt(.125)), renormalised.
        const Consensus c = consensus({{1, 1, 2}, {2, 1, 1}}, Mean::Geometric);
        const double g = std::sqrt(0.125);
        const double sum = 2 * g + 0.25;
        QVERIFY(near(c.weights, {g / sum, 0.25 / sum, g / sum}));
        // One zero vetoes a criterion...
        QVERIFY(near(consensus({{1, 1}, {0, 1}}, Mean::Geometric).weights, {0, 1}));
        // ... and when every criterion is vetoed the arithmetic mean is used.
        const Consensus vetoed = consensus({{1, 0}, {0, 1}}, Mean::Geometric);
        QVERIFY(vetoed.fellBackToArithmetic);
        QVERIFY(near(vetoed.weights, {0.5, 0.5}));
        QVERIFY(consensus({}, Mean::Geometric).weights.isEmpty());
    }

    void consensusProperties()
    {
        QRandomGenerator rng(11);
        for (int trial = 0; trial < 200; ++trial) {
            const int n = int(rng.bounded(1, 12));
            const int people = int(rng.bounded(1, 8));
            QVector<QVector<double>> w(people);
            for (auto &each : w) {
                for (int j = 0; j < n; ++j)
                    each.append(rng.bounded(4) == 0 ? 0.0 : rng.bounded(100.0));
            }
            const QVector<Spread> spread = disagreement(w);
            QCOMPARE(spread.size(), n);
            for (Mean mean : {Mean::Arithmetic, Mean::Geometric}) {
                const Consensus c = consensus(w, mean);
                QCOMPARE(c.weights.size(), n);
                double sum = 0;
                for (double x : c.weights) {
                    QVERIFY(std::isfinite(x) && x >= 0);
                    sum += x;
                }
                QVERIFY(std::abs(sum - 1.0) < 1e-9);
                if (mean == Mean::Arithmetic) {
                    for (int j = 0; j < n; ++j)
                        QVERIFY(c.weights[j] >= spread[j].min - 1e-12 &&
                                c.weights[j] <= spread[j].max + 1e-12);
                }
            }
            // Unanimity: every mean gives the stakeholders' own shares.
            const QVector<QVector<double>> same(people, w.first());
            QVERIFY(near(consensus(same, Mean::Arithmetic).weights, shares(w.first())));
            QVERIFY(near(consensus(same, Mean::Geometric).weights, shares(w.first())));
            for (const Spread &s : disagreement(same))
                QVERIFY(s.stddev < 1e-12 && s.max - s.min < 1e-12);
        }
    }

    void disagreementPerCriterion()
    {
        const QVector<Spread> s = disagreement({{1, 1}, {3, 1}});
        // Shares (.5, .5) and (.75, .25).
        QCOMPARE(s[0].min, 0.5);
        QCOMPARE(s[0].max, 0.75);
        QCOMPARE(s[0].mean, 0.625);
        QVERIFY(std::abs(s[0].stddev - 0.125) < 1e-12);
        QCOMPARE(s[1].min, 0.25);
        QVERIFY(disagreement({}).isEmpty());
    }

    void profileFilesTravelBetweenCopies()
    {
        const Comparison c = testsupport::small();
        Profile p;
        p.name = QStringLiteral("CTO");
        p.kind = ProfileKind::Stakeholder;
        p.weights = {4, 0, 2.5, 1};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cto.tradeoff-profile"));
        QVERIFY(writeProfileFile(path, c, p).ok());
        auto back = readProfileFile(path, c);
        QVERIFY(back.ok());
        QCOMPARE(back->profile, p);
        QCOMPARE(back->comparison, c.name);
        QVERIFY(back->unknownCriteria.isEmpty() && back->missingCriteria.isEmpty());

        // Another copy lists the criteria in another order, without one and
        // with one of its own: matched by name, the differences reported.
        Comparison other = c;
        other.criteria.move(0, 3);
        other.criteria.removeAt(1);
        other.criteria.append(c.criteria[0]);
        other.criteria.last().name = QStringLiteral("Only here");
        other.resizeCells();
        auto moved = readProfileFile(path, other);
        QVERIFY(moved.ok());
        for (int j = 0; j < other.criterionCount(); ++j) {
            const int k = c.criterionIndex(other.criteria[j].name);
            QCOMPARE(moved->profile.weights[j], k >= 0 ? p.weights[k] : 0.0);
        }
        QCOMPARE(moved->missingCriteria, QStringList{QStringLiteral("Only here")});
        QCOMPARE(moved->unknownCriteria.size(), 1);
    }

    void foreignProfileFilesAreRefused()
    {
        const Comparison c = testsupport::small();
        const QByteArray good =
            profileToJson(c, {QStringLiteral("Ops"), ProfileKind::Stakeholder, {}, -1, {1, 2, 3, 4}});
        QVERIFY(profileFromJson(good, c).ok());
        // A valid profile with one member changed.
        auto variant = [](const char *key, const QJsonValue &value) {
            QJsonObject o{{QStringLiteral("format"), QStringLiteral("tradeoff-profile")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("name"), QStringLiteral("x")},
                          {QStringLiteral("weights"), QJsonObject{{QStringLiteral("Speed"), 1}}}};
            if (value.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), value);
            return QJsonDocument(o).toJson();
        };
        auto weights = [](const QJsonValue &w) {
            return QJsonObject{{QStringLiteral("Speed"), w}};
        };
        const QList<QByteArray> bad{
            QByteArray(),
            QByteArray("\x00\x01\xff random bytes", 17),
            QByteArray("[1, 2, 3]"),
            variant("format", QStringLiteral("something-else")),
            variant("version", 99),
            variant("version", QJsonValue::Undefined),
            variant("name", QString()),
            variant("name", QString(300, QLatin1Char('n'))),
            variant("weights", weights(-1)),
            variant("weights", weights(QStringLiteral("high"))),
            variant("weights", weights(1e300)),
            variant("weights", QJsonObject{{QStringLiteral("Nothing here"), 1}}),
            variant("weights", QJsonArray{1, 2}),
            QByteArray(kMaxProfileFileSize + 10, ' '),
        };
        QVERIFY(profileFromJson(variant("kind", QStringLiteral("stakeholder")), c).ok());
        for (const QByteArray &data : bad) {
            auto r = profileFromJson(data, c);
            QVERIFY2(!r.ok(), data.left(80).constData());
            QVERIFY(!r.error().isEmpty() && !r.error().contains(QLatin1Char('\n')));
        }
        QTemporaryDir dir;
        QVERIFY(!readProfileFile(dir.path(), c).ok());
        QVERIFY(!readProfileFile(dir.filePath(QStringLiteral("missing")), c).ok());
    }

    void snapshotsCompareByName()
    {
        const Comparison c = testsupport::small();
        const QVector<double> w1 = c.equalWeights();
        const Result r1 = evaluate(c, w1);
        const QDateTime t = QDateTime::currentDateTimeUtc();
        const Snapshot a = takeSnapshot(c, w1, r1, QStringLiteral("first"), QStringLiteral("A"), t);
        QCOMPARE(a.options.size(), c.optionCount());
        QCOMPARE(a.weights, w1);
        QCOMPARE(a.method, Method::WeightedSum);

        // Put all the weight on the criterion the runner-up is best at.
        const int runnerUp = r1.order[1];
        int best = 0;
        for (int j = 0; j < c.criterionCount(); ++j) {
            if (r1.normalized[runnerUp][j] - r1.normalized[r1.order[0]][j] >
                r1.normalized[runnerUp][best] - r1.normalized[r1.order[0]][best])
                best = j;
        }
        QVector<double> w2(c.criterionCount(), 0.0);
        w2[best] = 5;
        const Result r2 = evaluate(c, w2);
        const Snapshot b = takeSnapshot(c, w2, r2, QStringLiteral("second"), QStringLiteral("B"), t);
        const SnapshotDiff d = compare(a, b);
        QCOMPARE(d.weights.size(), c.criterionCount());
        QCOMPARE(*d.weights[best].after, 1.0);
        QCOMPARE(*d.weights[best].before, 1.0 / c.criterionCount());
        QVERIFY(d.winnerChanged);
        QCOMPARE(d.winnersBefore, QStringList{c.options[r1.order[0]].name});
        QCOMPARE(d.ranks.first().option, c.options[r2.order[0]].name);
        QVERIFY(!d.methodChanged);
        QVERIFY(!compare(a, a).winnerChanged);

        // A criterion added between the snapshots has no "before".
        Snapshot later = b;
        later.criteria.append(QStringLiteral("New"));
        later.weights.append(5);
        later.method = Method::Topsis;
        const SnapshotDiff d2 = compare(a, later);
        QCOMPARE(d2.weights.last().criterion, QStringLiteral("New"));
        QVERIFY(!d2.weights.last().before);
        QVERIFY(d2.methodChanged);
    }
};

QTEST_GUILESS_MAIN(TestWorkshop)
#include "tst_workshop.moc"
