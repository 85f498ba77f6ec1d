#pragma once

#include "comparison.h"
#include "engine.h"
#include "sensitivity.h"
#include "verdict.h"

#include <QObject>
#include <QTimer>

namespace ui {

// The application state a window shows: the loaded comparisons, the current
// weights and engine options, and the Result computed from them.  Edits are
// applied at once; recomputing is coalesced so that many changes within one
// frame (a fast drag, a profile switch) cost one evaluation.  Views connect to
// the signals and read the state; they never compute scores.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    void setComparisons(const QVector<core::Comparison> &comparisons, const QString &path);
    const QVector<core::Comparison> &comparisons() const { return m_comparisons; }
    const QString &path() const { return m_path; }
    int comparisonIndex() const { return m_comparison; }
    const core::Comparison &comparison() const;
    bool isEmpty() const { return m_comparisons.isEmpty(); }

    int profileIndex() const { return m_profile; } // -1: custom weights
    const QVector<double> &weights() const { return m_weights; }
    const core::EngineOptions &engineOptions() const { return m_options; }

    const core::Result &result() const { return m_result; }
    const core::Verdict &verdict() const { return m_verdict; }
    const QVector<core::StabilityInterval> &stability() const { return m_stability; }

    // Runs a pending recompute now (tests, benchmarks, screenshots).
    void flush();

public Q_SLOTS:
    void selectComparison(int index);
    void selectProfile(int index);
    void resetToProfile();
    void setWeight(int criterion, double weight);
    void setWeights(const QVector<double> &weights);
    void setEngineOptions(const core::EngineOptions &options);

Q_SIGNALS:
    // A different comparison (or file): views rebuild their structure.
    void comparisonChanged();
    void profileChanged(int index);
    // Raw weights changed; the Result follows with resultChanged().
    void weightsChanged();
    void resultChanged();

private:
    void scheduleRecompute();
    void recompute();

    QVector<core::Comparison> m_comparisons;
    QString m_path;
    int m_comparison = -1;
    int m_profile = -1;
    QVector<double> m_weights;
    core::EngineOptions m_options;
    core::Result m_result;
    core::Verdict m_verdict;
    QVector<core::StabilityInterval> m_stability;
    QTimer m_recomputeTimer;
};

} // namespace ui
