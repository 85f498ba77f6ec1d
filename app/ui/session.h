#pragma once

#include "core/analysis.h"
#include "core/comparison.h"
#include "core/editing.h"
#include "core/engine.h"
#include "core/expected.h"
#include "core/montecarlo.h"
#include "core/sensitivity.h"
#include "core/verdict.h"

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
    // Participants of a live workshop, as stakeholder profiles of the
    // comparison shown (not part of the document: nothing to save or undo).
    const QVector<core::Profile> &liveStakeholders() const { return m_live; }
    void setLiveStakeholders(const QVector<core::Profile> &stakeholders);
    const core::EngineOptions &engineOptions() const { return m_options; }

    // The analysis of the weights shown, computed once per change (one
    // core::analyse per recompute) and read by every view.
    const core::Analysis &analysis() const { return m_analysis; }
    const core::Result &result() const { return m_analysis.result; }
    const core::Verdict &verdict() const { return m_analysis.verdict; }
    const QVector<core::StabilityInterval> &stability() const { return m_analysis.stability; }

    // Runs a pending recompute now (tests, benchmarks, screenshots).
    void flush();
    // Runs a pending recompute and the deferred comparison of every method,
    // so that analysis() is complete (reports, which must say it all).
    void completeAnalysis();

    // Editing: every change goes through the undo stack.  Edits return false
    // (and change nothing) when refused: read-only, out of range, no change.
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    // Marks the document as differing from its file although no edit is on
    // the stack (the user kept their version of a file changed on disk).
    void markModified();
    // A file the user may not write opens read-only until they choose to edit.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    // Sets a score (empty: not scored) as an undoable edit.
    // A value alone clears a range; low and high (both or neither) set one.
    bool setScore(int option, int criterion, std::optional<double> value, std::optional<double> low = {},
                  std::optional<double> high = {});
    // Sets a whole cell: score, rationale and evidence.
    bool setCell(int option, int criterion, const core::Cell &cell, const QString &text = {});

    // How a structural edit moved criteria and profiles, so the weights being
    // explored and the profile shown follow them.  Empty maps: unchanged.
    struct Remap
    {
        core::edit::IndexMap criteria;
        core::edit::IndexMap profiles;
        std::optional<int> selectProfile; // show this profile afterwards
    };
    // Replaces the current comparison by `after` (built with core::edit) as
    // one undoable edit named `text`.
    // An edit that would make the comparison invalid (a score outside a new
    // scale, a name used twice, a text over the limits) is refused with
    // editRefused(reason).
    bool editComparison(const core::Comparison &after, const QString &text, const Remap &remap = {});
    // Sets the working weights as one undoable step (swing weighting): undo
    // puts back the weights that were explored before.  The weights are not
    // part of the file, but the step marks the window modified like any.
    bool applyWeights(const QVector<double> &weights, const QString &text);
    QString lastRefusal() const { return m_refusal; }
    // Freezes the weights and results shown now as a named snapshot of the
    // comparison (an undoable edit); an empty name picks "Snapshot N".
    bool takeSnapshot(const QString &name = {});
    // Comparisons of the file: add (and show), delete, replace them all.
    bool insertComparison(int at, const core::Comparison &comparison, const QString &text);
    bool removeComparison(int index);
    bool replaceDocument(const QVector<core::Comparison> &comparisons, const QString &text);
    // Shows what others changed in a shared store (merged into this user's
    // version): one undoable step named `text`, so the undo stack stays the
    // story of what is shown.  The comparison shown stays selected and its
    // weights stay as they are for the criteria it still has.  Not refused
    // when read-only: a participant sees the owners' edits.
    bool mergeDocument(const QVector<core::Comparison> &comparisons, const QString &text);

    // The document was written to `path` (by its store): it is clean now.
    void markSaved(const QString &path);

    // Analysis views ask for extra results only while they are shown: every
    // method's ranking and the score-against-weight sweep of one criterion.
    void setAnalysisEnabled(bool enabled);
    bool analysisEnabled() const { return m_analysisShown; }
    int sweepCriterion() const { return m_sweepCriterion; }
    const core::Sweep &sweep() const { return m_analysis.sweep; }
    // Indexed like core::methods(); empty while no analysis view is shown.
    const QVector<core::Result> &methodResults() const { return m_analysis.byMethod; }

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
    void liveStakeholdersChanged();
    void resultChanged();
    void acceptabilityProgress(int done, int total);
    // A score of the current comparison changed (edit, undo, redo).
    void cellChanged(int option, int criterion);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    void editRefused(const QString &reason);
    void acceptabilityFinished();

public:
    ~Session() override;

private:
    // The undo commands, the only callers of the apply functions: every edit
    // goes through the undo stack and the read-only check.
    class SetCellCommand;
    class EditComparisonCommand;
    class EditDocumentCommand;
    class MergeDocumentCommand;
    class SetWeightsCommand;
    // Views follow through the signals.
    void applyCell(int comparison, int option, int criterion, const core::Cell &cell);
    void applyComparison(int index, const core::Comparison &comparison, const Remap &remap);
    void applyDocument(const QVector<core::Comparison> &comparisons, int select);
    void applyMerged(const QVector<core::Comparison> &comparisons);

    struct Job;
    void scheduleRecompute();
    void compareMethods();
    void recompute();
    void invalidateAcceptability();
    void finishJob(const std::shared_ptr<Job> &job, const core::Acceptability &result);

    QVector<core::Comparison> m_comparisons;
    QString m_path;
    int m_comparison = -1;
    int m_profile = -1;
    QVector<double> m_weights;
    QVector<core::Profile> m_live;
    core::EngineOptions m_options;
    core::Analysis m_analysis;
    QTimer m_recomputeTimer;
    QUndoStack m_undo;
    bool m_readOnly = false;
    QString m_refusal;
    bool refuse(const QString &reason);
    bool m_analysisShown = false;
    int m_sweepCriterion = 0;
    core::Acceptability m_acceptability;
    bool m_acceptabilityCurrent = false;
    std::shared_ptr<Job> m_job;
    QTimer m_progressTimer;
    // Comparing every method costs several evaluations; on large
    // comparisons it runs once a drag pauses instead of on every frame.
    QTimer m_methodTimer;
    QVector<std::pair<core::Method, int>> m_dissent;
    core::RankReversalCheck m_reversal;
    QThreadPool m_pool; // one background job at a time
};

} // namespace ui
