#include "ui/stakeholderpanel.h"

#include "core/editing.h"
#include "ui/flowlayout.h"
#include "ui/session.h"
#include "ui/weightpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

DisagreementChart::DisagreementChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("disagreementChart"));
    setMinimumHeight(120);
}

void DisagreementChart::setData(const QStringList &criteria, const QVector<QVector<double>> &shares,
                                const QVector<core::workshop::Spread> &spread,
                                const QVector<double> &consensus)
{
    m_criteria = criteria;
    m_shares = shares;
    m_spread = spread;
    m_consensus = consensus;
    setMinimumHeight(fontMetrics().height() * (int(criteria.size()) + 3));
    updateGeometry();
    update();
}

QSize DisagreementChart::sizeHint() const
{
    return {400, fontMetrics().height() * (int(m_criteria.size()) + 3)};
}

void DisagreementChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QFontMetrics fm = fontMetrics();
    const int n = int(std::min<qsizetype>(m_criteria.size(), m_spread.size()));
    if (n == 0 || m_shares.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("Choose at least one stakeholder profile to see how far apart their weights are."));
        return;
    }
    double top = 0;
    for (const core::workshop::Spread &s : m_spread)
        top = std::max(top, s.max);
    for (double c : m_consensus)
        top = std::max(top, c);
    top = top > 0 ? top : 1.0;
    const int labelWidth = std::min(width() / 3, 220);
    const int header = fm.height() + 4;
    const int axis = fm.height() + 4;
    const double row = std::max(6.0, double(height() - header - axis - 4) / n);
    const double left = labelWidth + 8;
    const double plot = std::max(20.0, width() - left - 16);
    p.setPen(text);
    p.drawText(QRectF(4, 0, width() - 8, header), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tr("Share of the weight: each dot a stakeholder, ◆ the consensus"),
                             Qt::ElideRight, width() - 8));
    // A scale underneath: 0% to the largest share.
    const double axisY = header + n * row + 2;
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(QPointF(left, axisY), QPointF(left + plot, axisY));
    p.setPen(text);
    for (int t = 0; t <= 2; ++t) {
        const double x = left + plot * t / 2.0;
        const QString label = QLocale().toString(top * 100.0 * t / 2.0, 'f', 0) + QLatin1Char('%');
        const double w = fm.horizontalAdvance(label);
        p.drawText(QRectF(std::clamp(x - w / 2, 0.0, width() - w), axisY + 2, w + 2, fm.height()),
                   Qt::AlignLeft, label);
    }
    QColor rangeColor = text;
    rangeColor.setAlpha(70);
    const QColor accent = pal.color(QPalette::Highlight);
    for (int j = 0; j < n; ++j) {
        const double y = header + (j + 0.5) * row;
        p.setPen(text);
        p.drawText(QRectF(0, y - row / 2, labelWidth, row), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_criteria[j], Qt::ElideRight, labelWidth));
        const auto &s = m_spread[j];
        auto x = [&](double share) {
            return left + plot * std::clamp(share / top, 0.0, 1.0);
        };
        p.setPen(Qt::NoPen);
        p.setBrush(rangeColor);
        const double h = std::min(row * 0.5, 12.0);
        p.drawRoundedRect(QRectF(x(s.min), y - h / 2, std::max(2.0, x(s.max) - x(s.min)), h), h / 2, h / 2);
        p.setBrush(text);
        const double dot = std::max(3.0, std::min(row * 0.35, 7.0));
        for (const QVector<double> &each : m_shares) {
            if (j < each.size())
                p.drawEllipse(QPointF(x(each[j]), y), dot / 2, dot / 2);
        }
        if (j < m_consensus.size()) {
            const double cx = x(m_consensus[j]);
            const double d = dot * 0.9;
            QPainterPath diamond;
            diamond.moveTo(cx, y - d);
            diamond.lineTo(cx + d, y);
            diamond.lineTo(cx, y + d);
            diamond.lineTo(cx - d, y);
            diamond.closeSubpath();
            p.setBrush(accent);
            p.setPen(QPen(pal.color(QPalette::Base), 1));
            p.drawPath(diamond);
        }
    }
}

StakeholderPanel::StakeholderPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("stakeholderPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 4, 2, 2);
    auto *row = new FlowLayout;
    row->addWidget(new QLabel(tr("Consensus:")));
    m_mean = new QComboBox;
    m_mean->setObjectName(QStringLiteral("consensusMean"));
    m_mean->addItem(tr("Arithmetic mean"), int(core::workshop::Mean::Arithmetic));
    m_mean->addItem(tr("Geometric mean"), int(core::workshop::Mean::Geometric));
    m_mean->setToolTip(
        tr("The geometric mean lets a stakeholder who gives a criterion no weight at all veto it"));
    row->addWidget(m_mean);
    auto *use = new QPushButton(tr("Use"));
    use->setToolTip(tr("Set the weights to the consensus"));
    auto *save = new QPushButton(tr("Save as Profile"));
    auto *import = new QPushButton(tr("Import…"));
    import->setToolTip(tr("Import profile files exported by participants"));
    auto *exportButton = new QPushButton(tr("Export My Weights…"));
    exportButton->setToolTip(tr("Save the current weights as a profile file for the facilitator"));
    for (QPushButton *b : {use, save, import, exportButton})
        row->addWidget(b);
    layout->addLayout(row);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("consensusSummary"));
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Horizontal);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("stakeholderTable"));
    m_table->setHorizontalHeaderLabels({tr("Profile"), tr("Winner"), tr("Weighs most")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    split->addWidget(m_table);
    m_chart = new DisagreementChart;
    // Many criteria scroll rather than squeeze their labels together.
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_mean, &QComboBox::currentIndexChanged, this, &StakeholderPanel::refresh);
    connect(use, &QPushButton::clicked, this, &StakeholderPanel::useConsensus);
    connect(save, &QPushButton::clicked, this, &StakeholderPanel::saveConsensus);
    connect(import, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Import Profiles"), QString(),
                                          tr("Tradeoff profiles (*.tradeoff-profile *.json);;All files (*)"));
        if (paths.isEmpty())
            return;
        QStringList problems;
        const int imported = importProfiles(paths, &problems);
        QString text = tr("Imported %n profile(s).", nullptr, imported);
        if (!problems.isEmpty())
            text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
        Q_EMIT message(text);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const core::Comparison &c = m_session->comparison();
        const int profile = m_session->profileIndex();
        const QString name = profile >= 0 ? c.profiles[profile].name : tr("My weights");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export My Weights"),
                                                          name + QStringLiteral(".tradeoff-profile"),
                                                          tr("Tradeoff profiles (*.tradeoff-profile)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportWeights(path, name, &error))
            Q_EMIT message(tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), error));
    });
    connect(m_session, &Session::comparisonChanged, this, &StakeholderPanel::rebuild);
    connect(m_session, &Session::liveStakeholdersChanged, this, &StakeholderPanel::onLiveStakeholders);
    // The winners depend on the method, not on the weights being dragged:
    // only a change of method, normalisation, missing-score policy or
    // VIKOR's v recomputes them.
    connect(m_session, &Session::resultChanged, this, [this] {
        const core::EngineOptions o = m_session->engineOptions();
        if (isVisible() && (o.method != m_options.method || o.normalization != m_options.normalization ||
                            o.missing != m_options.missing || o.vikorV != m_options.vikorV))
            refresh();
    });
    rebuild();
}

void StakeholderPanel::setMean(core::workshop::Mean mean)
{
    m_mean->setCurrentIndex(m_mean->findData(int(mean)));
    refresh();
}

QVector<int> StakeholderPanel::included() const
{
    QVector<int> out;
    for (int i = 0; i < m_included.size(); ++i) {
        if (m_included[i])
            out.append(i);
    }
    return out;
}

void StakeholderPanel::setIncluded(int profile, bool included)
{
    if (profile < 0 || profile >= m_included.size())
        return;
    m_included[profile] = included;
    if (auto *box = qobject_cast<QCheckBox *>(m_table->cellWidget(profile, 0)))
        box->setChecked(included);
    refresh();
}

QStringList StakeholderPanel::winners() const
{
    return m_winners;
}

void StakeholderPanel::rebuild()
{
    const QVector<core::Profile> profiles = stakeholders();
    bool anyStakeholder = false;
    for (const core::Profile &p : profiles)
        anyStakeholder = anyStakeholder || p.kind == core::ProfileKind::Stakeholder;
    m_included.clear();
    for (const core::Profile &p : profiles)
        m_included.append(!anyStakeholder || p.kind == core::ProfileKind::Stakeholder);
    m_table->setRowCount(int(profiles.size()));
    m_liveNames.clear();
    for (const core::Profile &p : m_session->liveStakeholders())
        m_liveNames.append(p.name);
    for (int i = 0; i < profiles.size(); ++i) {
        auto *box = new QCheckBox(QString(profiles[i].name).replace(QLatin1Char('&'), QStringLiteral("&&")));
        box->setChecked(m_included[i]);
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) {
            if (i < m_included.size()) {
                m_included[i] = on;
                refresh();
            }
        });
        m_table->setCellWidget(i, 0, box);
        m_table->setItem(i, 1, new QTableWidgetItem);
        m_table->setItem(i, 2, new QTableWidgetItem);
    }
    refresh();
}

void StakeholderPanel::refresh()
{
    const core::Comparison &c = m_session->comparison();
    const QVector<core::Profile> profiles = stakeholders();
    if (m_included.size() != profiles.size())
        return; // rebuild() follows
    QVector<QVector<double>> weights;
    QVector<QVector<double>> shares;
    m_winners.clear();
    const core::EngineOptions options = m_session->engineOptions();
    m_options = options;
    for (int i = 0; i < profiles.size(); ++i) {
        const core::Profile &p = profiles[i];
        QString winner, heaviest;
        if (m_included[i]) {
            winner = core::workshop::winnerNames(c, core::evaluate(c, p.weights, options))
                         .join(QLatin1String(" = "));
            m_winners.append(winner);
            weights.append(p.weights);
            shares.append(core::workshop::shares(p.weights));
            const auto top = std::max_element(p.weights.cbegin(), p.weights.cend());
            if (top != p.weights.cend())
                heaviest = c.criteria.value(int(top - p.weights.cbegin())).name;
        }
        m_table->item(i, 1)->setText(winner);
        m_table->item(i, 2)->setText(heaviest);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    const auto mean = core::workshop::Mean(m_mean->currentData().toInt());
    m_consensus = core::workshop::consensus(weights, mean);
    const QVector<core::workshop::Spread> spread = core::workshop::disagreement(weights);
    QStringList names;
    for (const core::Criterion &k : c.criteria)
        names.append(k.name);
    m_chart->setData(names, shares, spread, m_consensus.weights);

    if (weights.isEmpty()) {
        m_summary->setText(
            profiles.isEmpty()
                ? tr("This comparison has no profiles yet: import participants' profile files, "
                     "or add profiles in Comparison > Edit Comparison.")
                : tr("Tick the profiles that take part."));
        return;
    }
    const QString consensusWinner =
        core::workshop::winnerNames(c, core::evaluate(c, m_consensus.weights, options))
            .join(QLatin1String(" = "));
    const int agree = int(std::count(m_winners.cbegin(), m_winners.cend(), consensusWinner));
    // The criteria the group is furthest apart on.
    QVector<int> byDispute(spread.size());
    std::iota(byDispute.begin(), byDispute.end(), 0);
    std::sort(byDispute.begin(), byDispute.end(),
              [&](int a, int b) { return spread[a].stddev > spread[b].stddev; });
    QStringList disputed;
    for (int k = 0; k < byDispute.size() && k < 3; ++k) {
        if (spread[byDispute[k]].stddev > 1e-9)
            disputed.append(c.criteria[byDispute[k]].name);
    }
    QString text = tr("With the consensus weights %1 wins; %2 of %3 stakeholders pick it on their own.")
                       .arg(consensusWinner)
                       .arg(agree)
                       .arg(weights.size());
    if (!disputed.isEmpty())
        text += QLatin1Char(' ') + tr("Most disputed: %1.").arg(disputed.join(QLatin1String(", ")));
    if (m_consensus.fellBackToArithmetic)
        text += QLatin1Char(' ') +
                tr("Every criterion was given no weight by someone, so the arithmetic mean is used.");
    m_summary->setText(text);
}

QVector<core::Profile> StakeholderPanel::stakeholders() const
{
    return m_session->comparison().profiles + m_session->liveStakeholders();
}

void StakeholderPanel::onLiveStakeholders()
{
    QStringList names;
    for (const core::Profile &p : m_session->liveStakeholders())
        names.append(p.name);
    // Someone joined or left: new rows; otherwise only the values move.
    if (names != m_liveNames) {
        rebuild();
        // The people in the room are the rows the facilitator looks at.
        const int firstLive = int(m_session->comparison().profiles.size());
        if (!names.isEmpty() && firstLive < m_table->rowCount())
            m_table->scrollTo(m_table->model()->index(firstLive, 0), QAbstractItemView::PositionAtTop);
    } else {
        refresh();
    }
}

void StakeholderPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QVector<double> StakeholderPanel::consensusWeights() const
{
    // Shares in the sliders' units: the average weight becomes 1, unless
    // that would take the heaviest past the top of the scale.
    QVector<double> w = m_consensus.weights;
    if (w.isEmpty())
        return w;
    const double heaviest = *std::max_element(w.cbegin(), w.cend());
    const double top = WeightPanel::scaleMaximum(m_session->comparison());
    const double factor = heaviest > 0 ? std::min(double(w.size()), top / heaviest) : double(w.size());
    for (double &x : w)
        x *= factor;
    return w;
}

bool StakeholderPanel::useConsensus()
{
    if (m_consensus.weights.size() != m_session->comparison().criterionCount())
        return false;
    m_session->setWeights(consensusWeights());
    return true;
}

bool StakeholderPanel::saveConsensus()
{
    const core::Comparison &c = m_session->comparison();
    if (m_consensus.weights.size() != c.criterionCount())
        return false;
    core::Comparison after = c;
    core::Profile p;
    p.name = core::edit::uniqueName(core::edit::names(c.profiles), tr("Consensus"));
    p.kind = core::ProfileKind::Custom;
    p.description = m_mean->currentIndex() == 0 ? tr("Arithmetic mean of the stakeholders' weights")
                                                : tr("Geometric mean of the stakeholders' weights");
    p.weights = consensusWeights();
    const int at = int(after.profiles.size());
    const auto map = core::edit::insertProfile(after, at, p);
    return m_session->editComparison(after, tr("Save the consensus as %1").arg(p.name), {{}, map, at});
}

int StakeholderPanel::importProfiles(const QStringList &paths, QStringList *problems)
{
    const core::Comparison &c = m_session->comparison();
    core::Comparison after = c;
    int imported = 0;
    for (const QString &path : paths) {
        const QString file = QFileInfo(path).fileName();
        auto read = core::workshop::readProfileFile(path, c);
        if (!read) {
            problems->append(tr("%1: %2").arg(file, read.error()));
            continue;
        }
        core::Profile p = read->profile;
        p.name = core::edit::uniqueName(core::edit::names(after.profiles), p.name);
        p.kind = core::ProfileKind::Stakeholder;
        core::edit::insertProfile(after, -1, p);
        ++imported;
        if (!read->missingCriteria.isEmpty())
            problems->append(tr("%1: no weight for %2 (counted as 0)")
                                 .arg(file, read->missingCriteria.join(QLatin1String(", "))));
        if (!read->unknownCriteria.isEmpty())
            problems->append(tr("%1: ignored %2, not in this comparison")
                                 .arg(file, read->unknownCriteria.join(QLatin1String(", "))));
    }
    if (imported == 0)
        return 0;
    QVector<int> map = core::edit::identity(int(c.profiles.size()));
    map.resize(after.profiles.size(), -1);
    if (!m_session->editComparison(after, tr("Import %n profile(s)", nullptr, imported), {{}, map, {}})) {
        problems->append(m_session->lastRefusal());
        return 0;
    }
    return imported;
}

bool StakeholderPanel::exportWeights(const QString &path, const QString &name, QString *error)
{
    core::Profile p;
    p.name = name.trimmed().isEmpty() ? tr("My weights") : name.trimmed().left(200);
    p.kind = core::ProfileKind::Stakeholder;
    p.weights = m_session->weights();
    auto written = core::workshop::writeProfileFile(path, m_session->comparison(), p);
    if (!written) {
        *error = written.error();
        return false;
    }
    return true;
}

} // namespace ui
