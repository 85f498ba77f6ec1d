#include "session.h"

#include <cmath>

namespace ui {

namespace {
const core::Comparison &emptyComparison()
{
    static const core::Comparison empty;
    return empty;
}
} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(0);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &Session::recompute);
}

const core::Comparison &Session::comparison() const
{
    return m_comparison >= 0 ? m_comparisons[m_comparison] : emptyComparison();
}

void Session::setComparisons(const QVector<core::Comparison> &comparisons, const QString &path)
{
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
    Q_EMIT weightsChanged();
    scheduleRecompute();
}

void Session::setEngineOptions(const core::EngineOptions &options)
{
    m_options = options;
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
    core::applyMethodComparison(m_verdict, c, m_weights, m_options);
    if (sender() == &m_recomputeTimer)
        Q_EMIT resultChanged();
}

} // namespace ui
