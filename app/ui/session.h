#pragma once

#include "comparison.h"
#include "engine.h"
#include "expected.h"
#include "montecarlo.h"
#include "sensitivity.h"
#include "verdict.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <memory>

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

    // Editing: every change goes through the undo stack.
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    // Sets a score (empty: not scored) as an undoable edit.
    void setScore(int option, int criterion, std::optional<double> value);
    // Applied by the undo commands; views follow through cellChanged().
    void applyScore(int comparison, int option, int criterion, std::optional<double> value);
    // Writes every comparison to `path` atomically and marks the document clean.
    core::Expected<void> saveTo(const QString &path);

    // Analysis views ask for extra results only while they are shown: every
    // method's ranking and the score-against-weight sweep of one criterion.
    void setAnalysisEnabled(bool enabled);
    bool analysisEnabled() const { return m_analysis; }
    int sweepCriterion() const { return m_sweepCriterion; }
    const core::Sweep &sweep() const { return m_sweep; }
    const QVector<core::Result> &methodResults() const
    {
        return m_methodResults;
    } // wsm, wpm, topsis, promethee2

    // Monte Carlo rank acceptability, run off the UI thread.
    void startAcceptability(const core::MonteCarloOptions &options);
    void cancelAcceptability();
    bool acceptabilityRunning() const { return m_job != nullptr; }
    const core::Acceptability &acceptability() const { return m_acceptability; }
    // False once weights, method or comparison changed after the run.
    bool acceptabilityCurrent() const { return m_acceptabilityCurrent; }

public Q_SLOTS:
    void selectComparison(int index);
    void selectProfile(int index);
    void resetToProfile();
    void setWeight(int criterion, double weight);
    void setWeights(const QVector<double> &weights);
    void setEngineOptions(const core::EngineOptions &options);
    void setSweepCriterion(int criterion);

Q_SIGNALS:
    // A different comparison (or file): views rebuild their structure.
    void comparisonChanged();
    void profileChanged(int index);
    // Raw weights changed; the Result follows with resultChanged().
    void weightsChanged();
    void resultChanged();
    void acceptabilityProgress(int done, int total);
    // A score of the current comparison changed (edit, undo, redo).
    void cellChanged(int option, int criterion);
    void modifiedChanged(bool modified);
    void acceptabilityFinished();

public:
    ~Session() override;

private:
    struct Job;
    void scheduleRecompute();
    void recompute();
    void computeAnalysis();
    void invalidateAcceptability();
    void finishJob(const std::shared_ptr<Job> &job, const core::Acceptability &result);

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
    QUndoStack m_undo;
    bool m_analysis = false;
    int m_sweepCriterion = 0;
    core::Sweep m_sweep;
    QVector<core::Result> m_methodResults;
    core::Acceptability m_acceptability;
    bool m_acceptabilityCurrent = false;
    std::shared_ptr<Job> m_job;
    QTimer m_progressTimer;
    // Comparing every method costs several evaluations; on large
    // comparisons it runs once a drag pauses instead of on every frame.
    QTimer m_methodTimer;
    QVector<std::pair<core::Method, int>> m_dissent;
    QThreadPool m_pool; // one background job at a time
};

} // namespace ui
