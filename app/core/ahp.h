#pragma once

#include "core/expected.h"

#include <QStringList>
#include <QVector>

namespace core::ahp {

// Analytic Hierarchy Process weight elicitation from a pairwise comparison
// matrix on Saaty's 1-9 scale: a[i][j] says how much more important item i
// is than item j, and a[j][i] must be its reciprocal.
struct Judgement
{
    int row = 0;
    int column = 0;
    double value = 1.0;
    // How far the judgement is from what the priorities imply:
    // |ln(a_ij * w_j / w_i)|, 0 for a perfectly consistent judgement.
    double deviation = 0.0;
};

struct Analysis
{
    QStringList names;
    QVector<QVector<double>> matrix;
    QVector<double> priorities; // principal eigenvector, sums to 1
    double lambdaMax = 0.0;
    double consistencyIndex = 0.0;       // (lambda_max - n) / (n - 1)
    double randomIndex = 0.0;            // Saaty's random index for n
    double consistencyRatio = 0.0;       // CI / RI; acceptable below 0.10
    QVector<Judgement> mostInconsistent; // up to three, worst first
    bool consistent() const { return consistencyRatio < 0.10; }
};

// The random consistency index: Saaty's table (1980) for n <= 15, and the
// regression of Alonso & Lamata (2006), RI = (1.7699 n - 4.3513) / (n - 1),
// beyond (it gives 1.59 at n = 15, matching the table).  0 for n <= 2.
double randomIndex(int n);
QString randomIndexSource(int n);
inline constexpr int kMaxItems = 30;

// Checks the matrix (square, positive, diagonal 1, reciprocal, on the 1/9..9
// scale) and computes priorities by power iteration.
Expected<Analysis> analyse(const QStringList &names, const QVector<QVector<double>> &matrix);

// CSV: a header ",A,B,C" and one row per item ("A,1,3,1/5").  Cells may be
// fractions; the lower triangle may be left empty (reciprocals are filled in).
Expected<Analysis> analyseCsv(const QByteArray &data);

} // namespace core::ahp
