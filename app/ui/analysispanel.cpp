#include "ui/analysispanel.h"

#include "core/criteriatree.h"
#include "core/keytable.h"
#include "core/montecarlo.h"
#include "core/verdict.h"
#include "ui/charts/chartpanel.h"
#include "ui/codepanel.h"
#include "ui/evidencepanel.h"
#include "ui/flowlayout.h"
#include "ui/session.h"
#include "ui/snapshotpanel.h"
#include "ui/stakeholderpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

AnalysisPanel::AnalysisPanel(Session *session, EvidencePanel *evidence, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("analysisPanel"));
    setDocumentMode(true);
    addTab(evidence, tr("Evidence"));
    // Empty pages until first shown (ensureTab fills them).
    for (const QString &title : {tr("Sensitivity"), tr("Acceptability"), tr("Methods"), tr("Code"),
                                 tr("Stakeholders"), tr("Snapshots")}) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        addTab(page, title);
    }
    m_built = QVector<bool>(count(), false);
    m_built[EvidenceTab] = true;
    // Speaking at a level of the criteria tree, beside the tabs.
    m_levelCorner = new QWidget(this);
    auto *corner = new QHBoxLayout(m_levelCorner);
    corner->setContentsMargins(4, 0, 4, 0);
    m_level = new QComboBox(m_levelCorner);
    m_level->setObjectName(QStringLiteral("treeLevel"));
    m_level->setToolTip(
        tr("The level of the criteria tree the charts speak at: each criterion, or the groups "
           "at a level"));
    m_levelLabel = new QLabel(tr("&Speak at:"), m_levelCorner);
    m_levelLabel->setBuddy(m_level);
    m_level->setAccessibleName(tr("Speak at"));
    corner->addWidget(m_levelLabel);
    corner->addWidget(m_level);
    setCornerWidget(m_levelCorner, Qt::TopRightCorner);
    m_levelCorner->hide();
    connect(m_level, &QComboBox::currentIndexChanged, this, [this](int level) {
        if (level >= 0)
            Q_EMIT treeLevelChanged(level);
    });
    m_autoRun = new QTimer(this);
    m_autoRun->setSingleShot(true);
    m_autoRun->setInterval(250); // the weights have settled
    connect(m_autoRun, &QTimer::timeout, this, &AnalysisPanel::maybeRunByItself);
    connect(m_session, &Session::weightsChanged, m_autoRun, qOverload<>(&QTimer::start));
    connect(m_session, &Session::comparisonChanged, m_autoRun, qOverload<>(&QTimer::start));
    connect(this, &QTabWidget::currentChanged, this, [this] {
        ensureTab(currentIndex());
        updateAnalysisDemand();
        onResultChanged();
        if (currentIndex() == AcceptabilityTab)
            maybeRunByItself();
    });
    connect(m_session, &Session::acceptabilityProgress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_session, &Session::acceptabilityFinished, this, [this] {
        if (!m_acceptability)
            return;
        if (m_session->acceptabilityCurrent())
            m_progress->setValue(m_progress->maximum());
        showAcceptability();
        updateAcceptabilityState();
    });
}

void AnalysisPanel::ensureTab(int tab)
{
    if (tab < 0 || tab >= m_built.size() || m_built[tab])
        return;
    m_built[tab] = true;
    QWidget *content = nullptr;
    switch (tab) {
    case SensitivityTab:
        content = buildSensitivityTab();
        break;
    case AcceptabilityTab:
        content = buildAcceptabilityTab();
        break;
    case MethodsTab:
        content = buildMethodsTab();
        break;
    case CodeTab:
        m_code = new CodePanel;
        connect(m_code, &CodePanel::editRequested, this, &AnalysisPanel::exampleEditRequested);
        content = m_code;
        break;
    case StakeholdersTab:
        m_stakeholders = new StakeholderPanel(m_session);
        connect(m_stakeholders, &StakeholderPanel::message, this, &AnalysisPanel::stakeholderMessage);
        content = m_stakeholders;
        break;
    case SnapshotsTab:
        m_snapshots = new SnapshotPanel(m_session);
        content = m_snapshots;
        break;
    default:
        return;
    }
    widget(tab)->layout()->addWidget(content);
    // Shown now, not on a queued event, so the tab's first paint is complete.
    content->show();
    loadComparison(tab);
    if (tab == AcceptabilityTab && m_session->acceptability().samples > 0)
        showAcceptability();
}

QTableWidget *AnalysisPanel::centralWeightsTable()
{
    ensureTab(AcceptabilityTab);
    return m_central;
}

void AnalysisPanel::showAcceptability()
{
    const core::Acceptability &a = m_session->acceptability();
    const core::Comparison &c = m_session->comparison();
    m_acceptability->setAcceptability(a);
    // Options ever first, by how often (at most six columns); a row for the
    // confidence factors, then one per criterion.
    QVector<int> shown;
    for (int o = 0; o < c.optionCount() && a.shares.size() == c.optionCount(); ++o) {
        if (!a.centralWeights.value(o).isEmpty())
            shown.append(o);
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [&a](int x, int y) { return a.firstRank(x) > a.firstRank(y); });
    shown.resize(std::min<qsizetype>(shown.size(), 6));
    m_central->clear();
    m_central->setColumnCount(int(shown.size()));
    m_central->setRowCount(shown.isEmpty() ? 0 : c.criterionCount() + 1);
    QStringList rows{tr("Confidence factor")};
    for (const core::Criterion &k : c.criteria)
        rows.append(k.name);
    m_central->setVerticalHeaderLabels(rows);
    auto cell = [](double share) {
        auto *item = new QTableWidgetItem(core::VerdictText::percent(share));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int col = 0; col < shown.size(); ++col) {
        const int o = shown[col];
        m_central->setHorizontalHeaderItem(col, new QTableWidgetItem(c.options[o].name));
        QTableWidgetItem *confidence = cell(a.confidence.value(o));
        QFont bold = confidence->font();
        bold.setBold(true);
        confidence->setFont(bold);
        m_central->setItem(0, col, confidence);
        for (int j = 0; j < c.criterionCount(); ++j)
            m_central->setItem(j + 1, col, cell(a.centralWeights[o].value(j)));
    }
    m_centralTitle->setText(shown.isEmpty() ? QString()
                            : a.uncertainScores > 0
                                ? tr("SMAA-2 central weights and confidence factors (%1 score draws):")
                                      .arg(QLocale().toString(a.confidenceSamples))
                                : tr("SMAA-2 central weights and confidence factors:"));
    m_centralTitle->setToolTip(tr("Central weights: the mean of the random weightings under which an option "
                                  "ranks first. Confidence factor: how often it stays first at those weights "
                                  "when the score ranges are drawn (with fixed scores, 100% or 0%)."));
    m_centralTitle->setVisible(!shown.isEmpty());
    m_central->setVisible(!shown.isEmpty());
}

TornadoChart *AnalysisPanel::tornadoChart()
{
    ensureTab(SensitivityTab);
    return m_tornado;
}

SweepChart *AnalysisPanel::sweepChart()
{
    ensureTab(SensitivityTab);
    return m_sweep;
}

QComboBox *AnalysisPanel::sweepCriterion()
{
    ensureTab(SensitivityTab);
    return m_criterion;
}

AcceptabilityChart *AnalysisPanel::acceptabilityChart()
{
    ensureTab(AcceptabilityTab);
    return m_acceptability;
}

QPushButton *AnalysisPanel::runButton()
{
    ensureTab(AcceptabilityTab);
    return m_run;
}

QTableWidget *AnalysisPanel::methodsTable()
{
    ensureTab(MethodsTab);
    return m_methods;
}

CodePanel *AnalysisPanel::codePanel()
{
    ensureTab(CodeTab);
    return m_code;
}

StakeholderPanel *AnalysisPanel::stakeholderPanel()
{
    ensureTab(StakeholdersTab);
    return m_stakeholders;
}

SnapshotPanel *AnalysisPanel::snapshotPanel()
{
    ensureTab(SnapshotsTab);
    return m_snapshots;
}

QWidget *AnalysisPanel::buildSensitivityTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 4, 2, 2);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Criterion:"), page));
    m_criterion = new QComboBox(page);
    m_criterion->setObjectName(QStringLiteral("sweepCriterion"));
    m_criterion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_criterion->setMinimumContentsLength(12);
    row->addWidget(m_criterion, 1);
    layout->addLayout(row);
    // Side by side: each chart keeps the full height for its rows and labels.
    auto *split = new QSplitter(Qt::Horizontal, page);
    m_sweep = createSweepChart(split);
    m_tornado = createTornadoChart(split);
    split->addWidget(m_sweep);
    split->addWidget(m_tornado);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_criterion, &QComboBox::currentIndexChanged, m_session, &Session::setSweepCriterion);
    return page;
}

QWidget *AnalysisPanel::buildAcceptabilityTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 4, 2, 2);
    // Controls wrap onto more rows when the panel is narrow.
    auto *controls = new FlowLayout;
    auto pair = [page](QWidget *label, QWidget *field) {
        auto *box = new QWidget(page);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(label);
        row->addWidget(field);
        return box;
    };
    m_samples = new QSpinBox(page);
    m_samples->setObjectName(QStringLiteral("mcSamples"));
    m_samples->setRange(1000, 1'000'000);
    m_samples->setSingleStep(10'000);
    m_samples->setValue(20'000);
    m_samples->setGroupSeparatorShown(true);
    controls->addWidget(pair(new QLabel(tr("Samples:"), page), m_samples));
    m_seed = new QSpinBox(page);
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setValue(1);
    controls->addWidget(pair(new QLabel(tr("Seed:"), page), m_seed));
    m_around = new QCheckBox(tr("Around current weights"), page);
    m_around->setToolTip(
        tr("Draw weights near the current ones (a Dirichlet distribution) instead of anywhere on "
           "the simplex"));
    m_concentration = new QDoubleSpinBox(page);
    m_concentration->setRange(1.0, 1000.0);
    m_concentration->setValue(20.0);
    m_concentration->setToolTip(tr("Concentration: higher keeps the draws closer to the current weights"));
    m_concentration->setEnabled(false);
    controls->addWidget(pair(m_around, m_concentration));
    layout->addLayout(controls);
    auto *runRow = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), page);
    m_run->setObjectName(QStringLiteral("mcRun"));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(page);
    m_progress->setTextVisible(true);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);
    m_acceptabilityStatus = new QLabel(page);
    m_acceptabilityStatus->setWordWrap(true);
    layout->addWidget(m_acceptabilityStatus);
    m_acceptability = createAcceptabilityChart(page);
    layout->addWidget(m_acceptability, 3);
    m_centralTitle = new QLabel(page);
    m_centralTitle->setWordWrap(true);
    m_centralTitle->setObjectName(QStringLiteral("centralWeightsTitle"));
    m_centralTitle->setVisible(false);
    layout->addWidget(m_centralTitle);
    m_central = new QTableWidget(page);
    m_central->setObjectName(QStringLiteral("centralWeightsTable"));
    m_central->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_central->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_central->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_central->setToolTip(tr("SMAA-2: each option's central weights (the mean of the random weightings "
                             "under which it ranks first) and its confidence factor"));
    m_central->setVisible(false);
    layout->addWidget(m_central, 2);
    connect(m_around, &QCheckBox::toggled, m_concentration, &QWidget::setEnabled);
    connect(m_run, &QPushButton::clicked, this, &AnalysisPanel::run);
    connect(m_cancel, &QPushButton::clicked, m_session, &Session::cancelAcceptability);
    updateAcceptabilityState();
    return page;
}

QWidget *AnalysisPanel::buildMethodsTab()
{
    m_methods = new QTableWidget;
    m_methods->setObjectName(QStringLiteral("methodsTable"));
    m_methods->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_methods->setColumnCount(3);
    m_methods->setHorizontalHeaderLabels({tr("Method"), tr("Kendall's tau"), tr("Ranking")});
    m_methods->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_methods->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_methods->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_methods->verticalHeader()->hide();
    m_methods->setWordWrap(true);
    m_methods->setToolTip(
        tr("Every method's ranking under the current weights; Kendall's tau compares each with the "
           "method in use (1: same order, -1: reversed)"));
    return m_methods;
}

void AnalysisPanel::run()
{
    core::MonteCarloOptions mc;
    mc.samples = m_samples->value();
    mc.seed = quint64(m_seed->value());
    mc.concentration = m_around->isChecked() ? m_concentration->value() : 0.0;
    m_session->startAcceptability(mc);
    updateAcceptabilityState();
}

void AnalysisPanel::maybeRunByItself()
{
    if (!m_built[AcceptabilityTab])
        return;
    // Cheap runs (the bundled comparison's 20,000 samples take milliseconds)
    // start by themselves while the tab is shown; large ones wait for Run.
    // A weight change cancels a run in progress (the session does) and this
    // starts the next once the drag pauses.
    constexpr double kCheapWork = 1e8; // samples x options x criteria
    const core::Comparison &c = m_session->comparison();
    const double work = double(m_samples->value()) * c.optionCount() * c.criterionCount();
    if (currentIndex() != AcceptabilityTab || !isVisible() || m_session->acceptabilityRunning() ||
        m_session->acceptabilityCurrent() || c.optionCount() < 2 || work > kCheapWork)
        return;
    run();
}

void AnalysisPanel::updateAcceptabilityState()
{
    if (!m_built[AcceptabilityTab])
        return;
    const bool running = m_session->acceptabilityRunning();
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    const core::Acceptability &a = m_session->acceptability();
    if (running)
        m_acceptabilityStatus->setText(tr("Drawing random weightings…"));
    else if (a.samples == 0)
        m_acceptabilityStatus->setText(
            tr("How often does each option take each rank when the weights are drawn at random? Press Run."));
    else if (!m_session->acceptabilityCurrent() && m_autoRun->isActive())
        m_acceptabilityStatus->setText(tr("Weights changed: drawing again once they settle…"));
    else if (!m_session->acceptabilityCurrent())
        m_acceptabilityStatus->setText(tr("Weights or method changed since this run: press Run again."));
    else
        m_acceptabilityStatus->setText(
            tr("%1 random weightings, seed %2%3.")
                .arg(QLocale().toString(a.samples))
                .arg(a.seed)
                .arg(a.concentration > 0 ? tr(", around the current weights") : QString()));
    if (!running && a.samples == 0)
        m_progress->setValue(0);
}

int AnalysisPanel::treeLevel() const
{
    return std::max(0, m_level->currentIndex());
}

void AnalysisPanel::loadLevels()
{
    const core::Comparison &c = m_session->comparison();
    const int levels = c.groups.isEmpty() ? 0 : core::CriteriaTree(c).groupLevels();
    const int before = treeLevel();
    {
        const QSignalBlocker block(m_level);
        m_level->clear();
        m_level->addItem(tr("Criteria"));
        for (int l = 1; l <= levels; ++l)
            m_level->addItem(tr("Level %1").arg(l));
        m_level->setCurrentIndex(std::min(before, levels));
    }
    m_levelCorner->setVisible(levels > 0);
    fitLevelLabel();
    if (treeLevel() != before)
        Q_EMIT treeLevelChanged(treeLevel());
}

void AnalysisPanel::onComparisonChanged()
{
    loadLevels();
    for (int tab = 0; tab < m_built.size(); ++tab) {
        if (m_built[tab])
            loadComparison(tab);
    }
}

void AnalysisPanel::loadComparison(int tab)
{
    const core::Comparison &c = m_session->comparison();
    switch (tab) {
    case SensitivityTab: {
        const QSignalBlocker block(m_criterion);
        m_criterion->clear();
        for (const core::Criterion &k : c.criteria)
            m_criterion->addItem(k.name);
        m_criterion->setCurrentIndex(m_session->sweepCriterion());
        m_sweep->setComparison(c);
        m_tornado->setComparison(c);
        break;
    }
    case AcceptabilityTab:
        m_acceptability->setComparison(c);
        updateAcceptabilityState();
        break;
    case CodeTab:
        m_code->setComparison(c);
        break;
    default:
        break;
    }
}

void AnalysisPanel::onResultChanged()
{
    if (!isVisible())
        return;
    const core::Result &r = m_session->result();
    switch (currentIndex()) {
    case SensitivityTab: {
        const int j = m_session->sweepCriterion();
        m_sweep->setSweep(m_session->sweep(), j >= 0 && j < r.weights.size() ? r.weights[j] : 0.0);
        m_tornado->setStability(m_session->stability());
        break;
    }
    case AcceptabilityTab:
        updateAcceptabilityState();
        break;
    case MethodsTab: {
        const core::Comparison &c = m_session->comparison();
        const QVector<core::Result> &results = m_session->methodResults();
        m_methods->setRowCount(int(results.size()));
        QVector<int> current;
        for (const core::OptionResult &o : r.perOption)
            current.append(o.rank);
        for (int row = 0; row < results.size(); ++row) {
            const core::Result &m = results[row];
            QVector<int> ranks;
            for (const core::OptionResult &o : m.perOption)
                ranks.append(o.rank);
            QStringList ranking;
            for (int o : m.order.mid(0, 8))
                ranking.append(QStringLiteral("%1. %2").arg(m.perOption[o].rank).arg(c.options[o].name));
            if (m.order.size() > 8)
                ranking.append(QStringLiteral("…"));
            const QString name = core::methodLabel(c, m.options) + QStringLiteral(" · ") +
                                 core::normalizationName(m.options.normalization);
            auto set = [&](int column, const QString &text) {
                QTableWidgetItem *item = m_methods->item(row, column);
                if (!item) {
                    item = new QTableWidgetItem;
                    m_methods->setItem(row, column, item);
                }
                if (item->text() != text)
                    item->setText(text);
                QFont f = item->font();
                f.setBold(m.options.method == r.options.method);
                item->setFont(f);
            };
            set(0, name);
            set(1, QLocale().toString(core::kendallTau(current, ranks), 'f', 2));
            set(2, ranking.join(QLatin1String(", ")));
        }
        break;
    }
    default:
        break;
    }
}

void AnalysisPanel::updateAnalysisDemand()
{
    m_session->setAnalysisEnabled(isVisible() &&
                                  (currentIndex() == SensitivityTab || currentIndex() == MethodsTab));
}

void AnalysisPanel::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    updateAnalysisDemand();
    onResultChanged();
}

void AnalysisPanel::hideEvent(QHideEvent *event)
{
    QTabWidget::hideEvent(event);
    updateAnalysisDemand();
}

namespace {
const std::pair<AnalysisPanel::Tab, const char *> kTabs[] = {
    {AnalysisPanel::EvidenceTab, "evidence"},
    {AnalysisPanel::SensitivityTab, "sensitivity"},
    {AnalysisPanel::AcceptabilityTab, "acceptability"},
    {AnalysisPanel::MethodsTab, "methods"},
    {AnalysisPanel::CodeTab, "code"},
    {AnalysisPanel::StakeholdersTab, "stakeholders"},
    {AnalysisPanel::SnapshotsTab, "snapshots"}};
} // namespace

std::optional<AnalysisPanel::Tab> AnalysisPanel::tabFromKey(const QString &key)
{
    return core::keyLookup(key, kTabs);
}

QStringList AnalysisPanel::tabKeys()
{
    return core::keyNames(kTabs);
}

void AnalysisPanel::fitLevelLabel()
{
    if (m_levelCorner->isHidden())
        return;
    const int withLabel = m_level->sizeHint().width() + m_levelLabel->sizeHint().width() +
                          3 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const bool room = width() - withLabel >= tabBar()->sizeHint().width() / 2;
    if (m_levelLabel->isHidden() == room)
        m_levelLabel->setVisible(room);
}

void AnalysisPanel::resizeEvent(QResizeEvent *event)
{
    QTabWidget::resizeEvent(event);
    fitLevelLabel();
}

} // namespace ui
