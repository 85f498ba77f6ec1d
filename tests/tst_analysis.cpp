// AHP, Monte Carlo rank acceptability and rank correlation.
#include "core/ahp.h"
#include "core/analysis.h"
#include "core/engine.h"
#include "core/montecarlo.h"
#include "core/verdict.h"
#include "testsupport.h"

#include <QTest>
#include <cmath>

using namespace core;

class TestAnalysis final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ahpConsistentMatrixIsExact()
    {
        // A perfectly consistent matrix built from w = (0.5, 0.3, 0.2):
        // a_ij = w_i / w_j, so the eigenvector is w, lambda_max = n, CR = 0.
        const QVector<double> w{0.5, 0.3, 0.2};
        QVector<QVector<double>> a(3, QVector<double>(3));
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                a[i][j] = w[i] / w[j];
        auto r = ahp::analyse({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, a);
        QVERIFY(r.ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(std::abs(r->priorities[i] - w[i]) < 1e-12);
        QVERIFY(std::abs(r->lambdaMax - 3.0) < 1e-12);
        QVERIFY(r->consistencyRatio < 1e-12);
        QVERIFY(r->mostInconsistent.isEmpty());
    }

    void ahpRandomIndexTable()
    {
        QCOMPARE(ahp::randomIndex(2), 0.0);
        QCOMPARE(ahp::randomIndex(3), 0.58);
        QCOMPARE(ahp::randomIndex(4), 0.90);
        QCOMPARE(ahp::randomIndex(10), 1.49);
    }

    void ahpFlagsTheInconsistentJudgement()
    {
        // Consistent except C vs D, which contradicts the rest badly.
        const QByteArray csv = ",A,B,C,D\nA,1,2,4,8\nB,,1,2,4\nC,,,1,1/9\nD,,,,1\n";
        auto r = ahp::analyseCsv(csv);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
        QVERIFY(!r->consistent());
        QVERIFY(!r->mostInconsistent.isEmpty());
        QVERIFY(r->mostInconsistent.size() <= 3);
        const ahp::Judgement &worst = r->mostInconsistent.first();
        QCOMPARE(r->names[worst.row], QStringLiteral("C"));
        QCOMPARE(r->names[worst.column], QStringLiteral("D"));
        double sum = 0;
        for (double p : r->priorities)
            sum += p;
        QVERIFY(std::abs(sum - 1.0) < 1e-12);
    }

    void ahpRefusesBadMatrices_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("transposed half")
            << QByteArray(",A,B\nA,1,3\nB,3,1\n") << QStringLiteral("reciprocals");
        QTest::newRow("off scale") << QByteArray(",A,B\nA,1,12\nB,1/12,1\n") << QStringLiteral("scale");
        QTest::newRow("diagonal") << QByteArray(",A,B\nA,2,3\nB,1/3,1\n") << QStringLiteral("itself");
        QTest::newRow("not square") << QByteArray(",A,B,C\nA,1,3,2\nB,1/3,1,2\n") << QStringLiteral("square");
        QTest::newRow("order") << QByteArray(",A,B\nB,1,3\nA,1/3,1\n") << QStringLiteral("same order");
        QTest::newRow("text") << QByteArray(",A,B\nA,1,lots\nB,1/3,1\n") << QStringLiteral("not a number");
        QTest::newRow("zero") << QByteArray(",A,B\nA,1,0\nB,,1\n") << QStringLiteral("positive");
        QTest::newRow("nan") << QByteArray(",A,B\nA,1,nan\nB,1,1\n") << QStringLiteral("positive");
        QTest::newRow("both empty") << QByteArray(",A,B\nA,1,\nB,,1\n") << QStringLiteral("empty");
        QTest::newRow("one item") << QByteArray(",A\nA,1\n") << QStringLiteral("header");
    }
    void ahpRefusesBadMatrices()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        auto r = ahp::analyseCsv(csv);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    }

    void acceptabilityIsReproducibleAcrossThreadCounts()
    {
        const Comparison c = testsupport::generated(6, 8);
        const QVector<double> w = c.profiles.first().weights;
        MonteCarloOptions one;
        one.samples = 5000;
        one.seed = 42;
        one.threads = 1;
        MonteCarloOptions many = one;
        many.threads = 4;
        const Acceptability a = rankAcceptability(c, w, {}, one);
        const Acceptability b = rankAcceptability(c, w, {}, many);
        QCOMPARE(a.samples, 5000);
        QCOMPARE(a.shares, b.shares);
        for (const QVector<double> &row : a.shares) {
            double sum = 0;
            for (double x : row)
                sum += x;
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
        }
        MonteCarloOptions other = one;
        other.seed = 43;
        QVERIFY(rankAcceptability(c, w, {}, other).shares != a.shares);
    }

    void acceptabilityOfASymmetricChoiceIsHalf()
    {
        // Two options, each best on one of two equal criteria: over weights
        // drawn uniformly from the simplex each wins half the time.
        Comparison c;
        c.options = {{QStringLiteral("A"), {}, {}}, {QStringLiteral("B"), {}, {}}};
        Criterion x;
        x.name = QStringLiteral("X");
        x.scaleMin = 0;
        x.scaleMax = 10;
        Criterion y = x;
        y.name = QStringLiteral("Y");
        c.criteria = {x, y};
        c.resizeCells();
        c.cell(0, 0).value = 10;
        c.cell(0, 1).value = 0;
        c.cell(1, 0).value = 0;
        c.cell(1, 1).value = 10;
        MonteCarloOptions mc;
        mc.samples = 40000;
        const Acceptability a = rankAcceptability(c, {1, 1}, {}, mc);
        QVERIFY2(std::abs(a.firstRank(0) - 0.5) < 0.01, qPrintable(QString::number(a.firstRank(0))));
        // Concentrated around weights that favour A, A wins almost always.
        mc.concentration = 50;
        const Acceptability around = rankAcceptability(c, {3, 1}, {}, mc);
        QVERIFY(around.firstRank(0) > 0.99);
        // The other methods go through the general path and agree here.
        EngineOptions topsis;
        topsis.method = Method::Topsis;
        topsis.normalization = Normalization::Vector;
        mc.concentration = 0;
        mc.samples = 4000;
        QVERIFY(std::abs(rankAcceptability(c, {1, 1}, topsis, mc).firstRank(0) - 0.5) < 0.05);
    }

    void acceptabilityCanBeCancelled()
    {
        const Comparison c = testsupport::generated(5, 5);
        std::atomic<bool> cancel{true};
        MonteCarloOptions mc;
        mc.samples = 100000;
        const Acceptability a = rankAcceptability(c, c.profiles.first().weights, {}, mc, &cancel);
        QVERIFY(a.cancelled);
        QVERIFY(a.samples < mc.samples);
    }

    void kendall()
    {
        QCOMPARE(kendallTau({1, 2, 3, 4}, {1, 2, 3, 4}), 1.0);
        QCOMPARE(kendallTau({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
        // One swapped pair of four: (6 - 2 * 1) / 6.
        QVERIFY(qFuzzyCompare(kendallTau({1, 2, 3, 4}, {2, 1, 3, 4}), 4.0 / 6.0));
        // Tau-b with a tie: concordant 5, discordant 0, one pair tied in b.
        QVERIFY(qFuzzyCompare(kendallTau({1, 2, 3, 4}, {1, 1, 3, 4}), 5.0 / std::sqrt(6.0 * 5.0)));
    }

    void verdictCarriesAcceptabilityAndMethodDissent()
    {
        const Comparison c = testsupport::small();
        const QVector<double> w = c.profiles.first().weights;
        const Result r = evaluate(c, w);
        Verdict v = makeVerdict(c, r, stabilityIntervals(c, w, {}, r));
        MonteCarloOptions mc;
        mc.samples = 2000;
        applyAcceptability(v, rankAcceptability(c, w, {}, mc));
        QVERIFY(v.acceptability.has_value());
        QVERIFY(VerdictText::plainText(c, v, r).contains(QStringLiteral("random weightings")));
        applyMethodComparison(v, rankWithEveryMethod(c, w, {}, r));
        for (const auto &[method, winner] : v.dissentingMethods)
            QVERIFY(winner != v.winners.first());
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
