#include "ui/session.h"

#include "core/editing.h"
#include "core/store.h"
#include "core/workshop.h"
#include "ui/sessioncommands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QUndoCommand>
#include <atomic>
#include <cmath>

namespace ui {

namespace {
const core::Comparison &emptyComparison()
{
    static const core::Comparison empty;
    return empty;
}
} // namespace

struct Session::Job
{
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    int total = 0;
};

Session::Session(QObject *parent)
    : QObject(parent)
{
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(0);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &Session::recompute);
    m_pool.setMaxThreadCount(1);
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    m_methodTimer.setSingleShot(true);
    m_methodTimer.setInterval(150);
    connect(&m_methodTimer, &QTimer::timeout, this, [this] {
        compareMethods();
        Q_EMIT resultChanged();
    });
    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job)
            Q_EMIT acceptabilityProgress(m_job->done.load(), m_job->total);
    });
}

Session::~Session()
{
    if (m_job)
        m_job->cancel = true;
    m_pool.waitForDone();
}

void Session::startAcceptability(const core::MonteCarloOptions &options)
{
    cancelAcceptability();
    auto job = std::make_shared<Job>();
    job->total = options.samples;
    m_job = job;
    // The worker gets copies: the session may change while it runs.
    const core::Comparison comparison = this->comparison();
    const QVector<double> weights = m_weights;
    const core::EngineOptions engine = m_options;
    QPointer<Session> self(this);
    m_pool.start([=] {
        const core::Acceptability result = core::rankAcceptability(
            comparison, weights, engine, options, &job->cancel, [job](int done) { job->done = done; });
        QMetaObject::invokeMethod(
            self,
            [self, job, result] {
                if (self)
                    self->finishJob(job, result);
            },
            Qt::QueuedConnection);
    });
    m_progressTimer.start();
    Q_EMIT acceptabilityProgress(0, job->total);
}

void Session::cancelAcceptability()
{
    if (m_job)
        m_job->cancel = true;
}

void Session::finishJob(const std::shared_ptr<Job> &job, const core::Acceptability &result)
{
    if (job != m_job)
        return; // superseded by a newer run
    m_job.reset();
    m_progressTimer.stop();
    if (!result.cancelled) {
        m_acceptability = result;
        m_acceptabilityCurrent = true;
        core::applyAcceptability(m_analysis.verdict, m_acceptability);
        Q_EMIT resultChanged();
    }
    Q_EMIT acceptabilityFinished();
}

void Session::invalidateAcceptability()
{
    m_acceptabilityCurrent = false;
    cancelAcceptability();
}

void Session::setAnalysisEnabled(bool enabled)
{
    if (enabled == m_analysisShown)
        return;
    m_analysisShown = enabled;
    if (enabled) {
        recompute();
        Q_EMIT resultChanged();
    }
}

void Session::setSweepCriterion(int criterion)
{
    if (criterion == m_sweepCriterion)
        return;
    m_sweepCriterion = criterion;
    if (m_analysisShown) {
        m_analysis.sweep = core::weightSweep(comparison(), m_analysis.result, m_sweepCriterion);
        Q_EMIT resultChanged();
    }
}

const core::Comparison &Session::comparison() const
{
    return m_comparison >= 0 ? m_comparisons[m_comparison] : emptyComparison();
}

bool Session::setScore(int option, int criterion, std::optional<double> value, std::optional<double> low,
                       std::optional<double> high)
{
    const core::Comparison &c = comparison();
    if (option < 0 || option >= c.optionCount() || criterion < 0 || criterion >= c.criterionCount())
        return false;
    if (value && !std::isfinite(*value))
        return false;
    // A range is both ends around a value, in order.
    const bool range = low && high && value;
    if ((low || high) &&
        !(range && std::isfinite(*low) && std::isfinite(*high) && *low <= *value && *value <= *high))
        return refuse(tr("A range needs low <= most likely <= high."));
    core::Cell cell = c.cell(option, criterion);
    cell.value = value;
    cell.low = range ? low : std::nullopt;
    cell.high = range ? high : std::nullopt;
    const QString text =
        range ? tr("Score %1 on %2: %3")
                    .arg(c.options[option].name, c.criteria[criterion].name,
                         core::edit::scoreDisplay(cell, QLocale()))
        : value
            ? tr("Score %1 on %2: %3")
                  .arg(c.options[option].name, c.criteria[criterion].name, QLocale().toString(*value, 'g', 6))
            : tr("Clear the score of %1 on %2").arg(c.options[option].name, c.criteria[criterion].name);
    return setCell(option, criterion, cell, text);
}

bool Session::setCell(int option, int criterion, const core::Cell &cell, const QString &text)
{
    m_refusal.clear();
    const core::Comparison &c = comparison();
    if (m_readOnly || option < 0 || option >= c.optionCount() || criterion < 0 ||
        criterion >= c.criterionCount())
        return false;
    if (cell.value && !std::isfinite(*cell.value))
        return false;
    const core::Cell &before = c.cell(option, criterion);
    if (before == cell)
        return false;
    m_refusal.clear();
    qsizetype longest = cell.rationale.size();
    for (const core::Evidence &e : cell.evidence)
        longest = std::max({longest, e.claim.size(), e.correction.size()});
    if (longest > core::store::kMaxTextLength)
        return refuse(tr("A rationale, claim or correction can have at most %1 characters.")
                          .arg(core::store::kMaxTextLength));
    for (const core::Evidence &e : cell.evidence) {
        if (e.source < -1 || e.source >= c.sources.size())
            return refuse(tr("A claim cites a source that does not exist."));
    }
    m_undo.push(new SetCellCommand(
        this, m_comparison, option, criterion, before, cell,
        text.isEmpty()
            ? tr("Edit the evidence of %1 on %2").arg(c.options[option].name, c.criteria[criterion].name)
            : text));
    return true;
}

void Session::applyCell(int comparisonIndex, int option, int criterion, const core::Cell &cell)
{
    if (comparisonIndex < 0 || comparisonIndex >= m_comparisons.size())
        return;
    core::Comparison &c = m_comparisons[comparisonIndex];
    if (option < 0 || option >= c.optionCount() || criterion < 0 || criterion >= c.criterionCount())
        return;
    const core::Cell &was = c.cell(option, criterion);
    const bool scoreChanged = was.value != cell.value || was.low != cell.low || was.high != cell.high;
    c.cell(option, criterion) = cell;
    if (comparisonIndex != m_comparison) {
        // Undoing an edit made in another comparison shows that comparison.
        selectComparison(comparisonIndex);
        return;
    }
    Q_EMIT cellChanged(option, criterion);
    if (scoreChanged) {
        invalidateAcceptability();
        scheduleRecompute();
    }
}

bool Session::editComparison(const core::Comparison &after, const QString &text, const Remap &remap)
{
    m_refusal.clear();
    if (m_readOnly || m_comparison < 0)
        return false;
    const core::Comparison &before = comparison();
    if (after == before)
        return false;
    m_refusal.clear();
    // Only problems the edit brings in count: a file loaded with a doubtful
    // value can still be edited elsewhere.
    const QStringList known = core::store::checkValues(before);
    for (const QString &problem : core::store::checkValues(after)) {
        if (!known.contains(problem))
            return refuse(problem);
    }
    Remap forward = remap;
    if (forward.criteria.isEmpty())
        forward.criteria = core::edit::identity(int(after.criteria.size()));
    if (forward.profiles.isEmpty())
        forward.profiles = core::edit::identity(int(after.profiles.size()));
    if (forward.criteria.size() != after.criteria.size() || forward.profiles.size() != after.profiles.size())
        return false; // a caller bug; refusing keeps the document consistent
    m_undo.push(new EditComparisonCommand(this, m_comparison, before, after, forward, text));
    return true;
}

void Session::applyComparison(int index, const core::Comparison &c, const Remap &remap)
{
    if (index < 0 || index >= m_comparisons.size())
        return;
    m_comparisons[index] = c;
    if (index != m_comparison) {
        selectComparison(index);
        return;
    }
    // The weights being explored follow their criteria; a new criterion
    // counts like an average one.
    const double mean = core::edit::meanWeight(m_weights);
    QVector<double> weights(c.criterionCount(), mean);
    for (int j = 0; j < c.criterionCount() && j < remap.criteria.size(); ++j) {
        const int old = remap.criteria[j];
        if (old >= 0 && old < m_weights.size())
            weights[j] = m_weights[old];
    }
    m_weights = weights;
    int profile = -1;
    if (remap.selectProfile) {
        profile = *remap.selectProfile;
    } else if (m_profile >= 0) {
        profile = int(remap.profiles.indexOf(m_profile));
    }
    // Selecting a profile here does not move the weights being explored.
    m_profile = profile >= 0 && profile < c.profiles.size() ? profile : -1;
    m_sweepCriterion = std::clamp(m_sweepCriterion, 0, std::max(0, c.criterionCount() - 1));
    m_dissent.clear();
    m_reversal = {};
    invalidateAcceptability();
    m_acceptability = {};
    recompute();
    Q_EMIT comparisonChanged();
    Q_EMIT profileChanged(m_profile);
    Q_EMIT weightsChanged();
    Q_EMIT resultChanged();
}

bool Session::takeSnapshot(const QString &name)
{
    m_refusal.clear();
    if (m_comparison < 0)
        return false;
    if (m_readOnly)
        return refuse(tr("Snapshots cannot be taken in a read-only file."));
    if (name.trimmed().size() > core::store::kMaxNameLength)
        return refuse(tr("A snapshot name can have at most %1 characters.").arg(core::store::kMaxNameLength));
    flush();
    core::Comparison after = comparison();
    QStringList taken;
    for (const core::Snapshot &each : after.snapshots)
        taken.append(each.name);
    const QString chosen = core::edit::uniqueName(
        taken, name.trimmed().isEmpty() ? tr("Snapshot %1").arg(after.snapshots.size() + 1) : name.trimmed());
    after.snapshots.append(core::workshop::takeSnapshot(
        after, m_weights, result(), core::VerdictText::headline(after, verdict(), result()), chosen,
        QDateTime::currentDateTimeUtc()));
    return editComparison(after, tr("Take the snapshot %1").arg(chosen));
}

bool Session::insertComparison(int at, const core::Comparison &c, const QString &text)
{
    if (m_readOnly)
        return false;
    QVector<core::Comparison> after = m_comparisons;
    at = at < 0 || at > after.size() ? int(after.size()) : at;
    after.insert(at, c);
    m_undo.push(new EditDocumentCommand(this, m_comparisons, m_comparison, after, at, text));
    return true;
}

bool Session::removeComparison(int index)
{
    if (m_readOnly || index < 0 || index >= m_comparisons.size())
        return false;
    QVector<core::Comparison> after = m_comparisons;
    const QString name = after.takeAt(index).name;
    const int select = after.isEmpty() ? -1 : std::min(index, int(after.size()) - 1);
    m_undo.push(new EditDocumentCommand(this, m_comparisons, m_comparison, after, select,
                                        tr("Delete the comparison %1").arg(name)));
    return true;
}

bool Session::replaceDocument(const QVector<core::Comparison> &comparisons, const QString &text)
{
    if (comparisons == m_comparisons)
        return false;
    m_undo.push(new EditDocumentCommand(this, m_comparisons, m_comparison, comparisons,
                                        comparisons.isEmpty() ? -1 : 0, text));
    return true;
}

bool Session::mergeDocument(const QVector<core::Comparison> &comparisons, const QString &text)
{
    if (comparisons == m_comparisons)
        return false;
    m_undo.push(new MergeDocumentCommand(this, m_comparisons, comparisons, text));
    return true;
}

void Session::applyMerged(const QVector<core::Comparison> &comparisons)
{
    const QString shown = m_comparison >= 0 ? comparison().name : QString();
    int index = -1;
    for (int i = 0; i < comparisons.size(); ++i) {
        if (comparisons[i].name == shown)
            index = i;
    }
    if (index < 0) {
        applyDocument(comparisons, 0);
        return;
    }
    // The weights being explored follow their criteria by name.
    const core::Comparison before = comparison();
    const core::Comparison &after = comparisons[index];
    Remap remap;
    for (const core::Criterion &k : after.criteria)
        remap.criteria.append(before.criterionIndex(k.name));
    for (const core::Profile &p : after.profiles)
        remap.profiles.append(before.profileIndex(p.name));
    m_comparisons = comparisons;
    m_comparisons[index] = before;
    m_comparison = index;
    applyComparison(index, after, remap);
}

void Session::applyDocument(const QVector<core::Comparison> &comparisons, int select)
{
    m_comparisons = comparisons;
    m_comparison = -1;
    selectComparison(select >= 0 && select < comparisons.size() ? select : (comparisons.isEmpty() ? -1 : 0));
}

bool Session::applyWeights(const QVector<double> &weights, const QString &text)
{
    if (m_comparison < 0)
        return false;
    QVector<double> after = weights;
    after.resize(comparison().criterionCount());
    for (double &x : after)
        x = std::isfinite(x) ? std::max(0.0, x) : 0.0;
    if (after == m_weights)
        return false;
    // A read-only file has no undo stack to speak of: explore all the same.
    if (m_readOnly) {
        setWeights(after);
        return true;
    }
    m_undo.push(new SetWeightsCommand(this, m_comparison, m_weights, after, text));
    return true;
}

bool Session::refuse(const QString &reason)
{
    m_refusal = reason;
    Q_EMIT editRefused(reason);
    return false;
}

void Session::markModified()
{
    m_undo.resetClean(); // emits cleanChanged(false), hence modifiedChanged(true)
}

void Session::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void Session::setLiveStakeholders(const QVector<core::Profile> &stakeholders)
{
    if (stakeholders == m_live)
        return;
    m_live = stakeholders;
    Q_EMIT liveStakeholdersChanged();
}

void Session::markSaved(const QString &path)
{
    m_path = path;
    m_undo.setClean();
}

void Session::setComparisons(const QVector<core::Comparison> &comparisons, const QString &path)
{
    m_undo.clear();
    setReadOnly(false);
    m_comparisons = comparisons;
    m_path = path;
    m_comparison = -1;
    selectComparison(comparisons.isEmpty() ? -1 : 0);
}

void Session::selectComparison(int index)
{
    if (index >= m_comparisons.size())
        return;
    m_comparison = index;
    m_dissent.clear();
    m_reversal = {};
    invalidateAcceptability();
    m_acceptability = {};
    m_sweepCriterion = 0;
    const core::Comparison &c = comparison();
    m_profile = c.profiles.isEmpty() ? -1 : 0;
    m_weights = m_profile >= 0 ? c.profiles[m_profile].weights : c.equalWeights();
    recompute();
    Q_EMIT comparisonChanged();
    Q_EMIT profileChanged(m_profile);
    Q_EMIT weightsChanged();
    Q_EMIT resultChanged();
}

void Session::selectProfile(int index)
{
    const core::Comparison &c = comparison();
    if (index < 0 || index >= c.profiles.size())
        return;
    m_profile = index;
    Q_EMIT profileChanged(index);
    setWeights(c.profiles[index].weights);
}

void Session::resetToProfile()
{
    if (m_profile >= 0)
        setWeights(comparison().profiles[m_profile].weights);
    else
        setWeights(comparison().equalWeights());
}

void Session::setWeight(int criterion, double weight)
{
    if (criterion < 0 || criterion >= m_weights.size() || !std::isfinite(weight))
        return;
    weight = std::max(0.0, weight);
    if (m_weights[criterion] == weight)
        return;
    m_weights[criterion] = weight;
    invalidateAcceptability();
    Q_EMIT weightsChanged();
    scheduleRecompute();
}

void Session::setWeights(const QVector<double> &weights)
{
    QVector<double> w = weights;
    w.resize(comparison().criterionCount());
    for (double &x : w)
        x = std::isfinite(x) ? std::max(0.0, x) : 0.0;
    if (w == m_weights)
        return;
    m_weights = w;
    invalidateAcceptability();
    Q_EMIT weightsChanged();
    scheduleRecompute();
}

void Session::setEngineOptions(const core::EngineOptions &options)
{
    m_options = options;
    invalidateAcceptability();
    scheduleRecompute();
}

void Session::flush()
{
    if (m_recomputeTimer.isActive()) {
        m_recomputeTimer.stop();
        recompute();
        Q_EMIT resultChanged();
    }
}

void Session::compareMethods()
{
    m_methodTimer.stop();
    m_analysis.byMethod = core::rankWithEveryMethod(comparison(), m_weights, m_options, m_analysis.result);
    core::applyMethodComparison(m_analysis.verdict, m_analysis.byMethod);
    m_dissent = m_analysis.verdict.dissentingMethods;
    // The check runs on the UI thread: here it stays within about 40 ms (a
    // 50 x 200 comparison), a quarter of what the commands allow.
    const core::Comparison &c = comparison();
    constexpr double kWindowVisits = 500'000;
    if (double(c.optionCount()) * c.optionCount() * c.criterionCount() <= kWindowVisits) {
        m_analysis.verdict.rankReversal = core::checkRankReversal(c, m_weights, m_options, m_analysis.result);
    } else {
        m_analysis.verdict.rankReversal = {};
        m_analysis.verdict.rankReversal.tooLarge = true;
    }
    m_reversal = m_analysis.verdict.rankReversal;
}

void Session::completeAnalysis()
{
    flush();
    if (m_methodTimer.isActive()) {
        compareMethods();
        Q_EMIT resultChanged();
    }
}

void Session::scheduleRecompute()
{
    if (!m_recomputeTimer.isActive())
        m_recomputeTimer.start();
}

void Session::recompute()
{
    const core::Comparison &c = comparison();
    // Comparing every method costs one evaluation per method: on large
    // comparisons it waits until a drag pauses, unless an analysis view
    // shows every method's ranking anyway.
    constexpr qint64 kImmediateCells = 5'000;
    core::AnalysisScope scope;
    const qint64 cells = qint64(c.optionCount()) * c.criterionCount();
    scope.everyMethod = m_analysisShown || cells <= kImmediateCells;
    // The rank-reversal check ranks once per option, so it waits on smaller sizes.
    scope.rankReversal = scope.everyMethod && cells * c.optionCount() <= kImmediateCells * 8;
    if (m_analysisShown)
        scope.sweepCriterion = m_sweepCriterion;
    if (m_acceptabilityCurrent)
        scope.acceptability = &m_acceptability;
    m_analysis = core::analyse(c, m_weights, m_options, scope);
    if (!scope.everyMethod || !scope.rankReversal) {
        // Keep the last answers until the deferred comparison replaces them.
        if (!scope.everyMethod)
            m_analysis.verdict.dissentingMethods = m_dissent;
        m_analysis.verdict.rankReversal = m_reversal;
        m_methodTimer.start();
    } else {
        m_dissent = m_analysis.verdict.dissentingMethods;
        m_reversal = m_analysis.verdict.rankReversal;
    }
    if (sender() == &m_recomputeTimer)
        Q_EMIT resultChanged();
}

} // namespace ui
