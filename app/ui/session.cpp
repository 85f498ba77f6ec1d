#include "session.h"

#include "store.h"

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

namespace {
class SetScoreCommand : public QUndoCommand
{
public:
    SetScoreCommand(Session *session, int comparison, int option, int criterion, std::optional<double> before,
                    std::optional<double> after, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_comparison(comparison)
        , m_option(option)
        , m_criterion(criterion)
        , m_before(before)
        , m_after(after)
    {
    }
    void undo() override { m_session->applyScore(m_comparison, m_option, m_criterion, m_before); }
    void redo() override { m_session->applyScore(m_comparison, m_option, m_criterion, m_after); }

private:
    Session *m_session;
    int m_comparison;
    int m_option;
    int m_criterion;
    std::optional<double> m_before;
    std::optional<double> m_after;
};
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
        core::applyMethodComparison(m_verdict, comparison(), m_weights, m_options);
        m_dissent = m_verdict.dissentingMethods;
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
        core::applyAcceptability(m_verdict, m_acceptability);
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
    if (enabled == m_analysis)
        return;
    m_analysis = enabled;
    if (enabled) {
        computeAnalysis();
        Q_EMIT resultChanged();
    }
}

void Session::setSweepCriterion(int criterion)
{
    if (criterion == m_sweepCriterion)
        return;
    m_sweepCriterion = criterion;
    if (m_analysis) {
        m_sweep = core::weightSweep(comparison(), m_result, m_sweepCriterion);
        Q_EMIT resultChanged();
    }
}

void Session::computeAnalysis()
{
    const core::Comparison &c = comparison();
    m_sweep = core::weightSweep(c, m_result, m_sweepCriterion);
    m_methodResults.clear();
    for (core::Method method : {core::Method::WeightedSum, core::Method::WeightedProduct,
                                core::Method::Topsis, core::Method::Promethee2}) {
        core::EngineOptions o = m_options;
        o.method = method;
        o.normalization =
            method == m_options.method ? m_options.normalization : core::defaultNormalization(method);
        m_methodResults.append(method == m_options.method ? m_result : core::evaluate(c, m_weights, o));
    }
}

const core::Comparison &Session::comparison() const
{
    return m_comparison >= 0 ? m_comparisons[m_comparison] : emptyComparison();
}

void Session::setScore(int option, int criterion, std::optional<double> value)
{
    const core::Comparison &c = comparison();
    if (option < 0 || option >= c.optionCount() || criterion < 0 || criterion >= c.criterionCount())
        return;
    if (value && !std::isfinite(*value))
        return;
    const std::optional<double> before = c.value(option, criterion);
    if (before == value)
        return;
    const QString text =
        value
            ? tr("Score %1 on %2: %3")
                  .arg(c.options[option].name, c.criteria[criterion].name, QLocale().toString(*value, 'g', 6))
            : tr("Clear the score of %1 on %2").arg(c.options[option].name, c.criteria[criterion].name);
    m_undo.push(new SetScoreCommand(this, m_comparison, option, criterion, before, value, text));
}

void Session::applyScore(int comparisonIndex, int option, int criterion, std::optional<double> value)
{
    if (comparisonIndex < 0 || comparisonIndex >= m_comparisons.size())
        return;
    core::Comparison &c = m_comparisons[comparisonIndex];
    if (option < 0 || option >= c.optionCount() || criterion < 0 || criterion >= c.criterionCount())
        return;
    c.cell(option, criterion).value = value;
    if (comparisonIndex != m_comparison) {
        // Undoing an edit made in another comparison shows that comparison.
        selectComparison(comparisonIndex);
        return;
    }
    invalidateAcceptability();
    Q_EMIT cellChanged(option, criterion);
    scheduleRecompute();
}

core::Expected<void> Session::saveTo(const QString &path)
{
    auto saved = core::store::save(path, m_comparisons);
    if (!saved)
        return saved;
    m_path = path;
    m_undo.setClean();
    return {};
}

void Session::setComparisons(const QVector<core::Comparison> &comparisons, const QString &path)
{
    m_undo.clear();
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

void Session::scheduleRecompute()
{
    if (!m_recomputeTimer.isActive())
        m_recomputeTimer.start();
}

void Session::recompute()
{
    const core::Comparison &c = comparison();
    m_result = core::evaluate(c, m_weights, m_options);
    m_stability = core::stabilityIntervals(c, m_weights, m_options, m_result);
    m_verdict = core::makeVerdict(c, m_result, m_stability);
    constexpr qint64 kImmediateCells = 5'000;
    if (qint64(c.optionCount()) * c.criterionCount() <= kImmediateCells) {
        core::applyMethodComparison(m_verdict, c, m_weights, m_options);
    } else {
        // Keep the last answer until the deferred comparison replaces it.
        m_verdict.dissentingMethods = m_dissent;
        m_methodTimer.start();
    }
    if (m_acceptabilityCurrent)
        core::applyAcceptability(m_verdict, m_acceptability);
    if (m_analysis)
        computeAnalysis();
    if (sender() == &m_recomputeTimer)
        Q_EMIT resultChanged();
}

} // namespace ui
