#include "ui/snapshotpanel.h"

#include "core/verdict.h"
#include "ui/flowlayout.h"
#include "ui/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

namespace {
QString percent(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}
QString rank(std::optional<int> r)
{
    return r ? QString::number(*r) : QStringLiteral("–");
}
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

SnapshotPanel::SnapshotPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("snapshotPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 4, 2, 2);
    auto *row = new QHBoxLayout;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Name (optional)"));
    m_name->setMaxLength(200);
    auto *take = new QPushButton(tr("Take Snapshot"));
    take->setObjectName(QStringLiteral("takeSnapshot"));
    take->setToolTip(tr("Keep the weights and results shown now (S in presentation mode)"));
    auto *remove = new QPushButton(tr("Delete"));
    row->addWidget(m_name, 1);
    row->addWidget(take);
    row->addWidget(remove);
    layout->addLayout(row);

    auto *split = new QSplitter(Qt::Horizontal);
    m_list = new QTableWidget(0, 3);
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setHorizontalHeaderLabels({tr("Snapshot"), tr("Taken"), tr("Winner")});
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    split->addWidget(m_list);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new FlowLayout;
    m_before = new QComboBox;
    m_before->setObjectName(QStringLiteral("snapshotBefore"));
    m_after = new QComboBox;
    m_after->setObjectName(QStringLiteral("snapshotAfter"));
    for (QComboBox *box : {m_before, m_after}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    pick->addWidget(new QLabel(tr("Compare")));
    pick->addWidget(m_before);
    pick->addWidget(new QLabel(tr("with")));
    pick->addWidget(m_after);
    rightLayout->addLayout(pick);
    m_view = new QTextBrowser;
    m_view->setObjectName(QStringLiteral("snapshotComparison"));
    rightLayout->addWidget(m_view, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(take, &QPushButton::clicked, this, [this] {
        if (this->take(m_name->text()))
            m_name->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, take, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, &SnapshotPanel::removeSelected);
    connect(m_before, &QComboBox::currentIndexChanged, this, &SnapshotPanel::refresh);
    connect(m_after, &QComboBox::currentIndexChanged, this, &SnapshotPanel::refresh);
    connect(m_session, &Session::comparisonChanged, this, &SnapshotPanel::rebuild);
    // "Now" follows the weights while the tab is shown.
    connect(m_session, &Session::resultChanged, this, [this] {
        if (isVisible() && m_after->currentIndex() == m_after->count() - 1)
            refresh();
    });
    rebuild();
}

bool SnapshotPanel::take(const QString &name)
{
    return m_session->takeSnapshot(name);
}

bool SnapshotPanel::removeSelected()
{
    const int row = m_list->currentRow();
    const core::Comparison &c = m_session->comparison();
    if (row < 0 || row >= c.snapshots.size())
        return false;
    core::Comparison after = c;
    const QString name = after.snapshots.takeAt(row).name;
    return m_session->editComparison(after, tr("Delete the snapshot %1").arg(name));
}

void SnapshotPanel::compare(int before, int after)
{
    m_before->setCurrentIndex(before);
    m_after->setCurrentIndex(after);
    refresh();
}

void SnapshotPanel::rebuild()
{
    const core::Comparison &c = m_session->comparison();
    m_list->setRowCount(int(c.snapshots.size()));
    for (int i = 0; i < c.snapshots.size(); ++i) {
        const core::Snapshot &s = c.snapshots[i];
        m_list->setItem(i, 0, new QTableWidgetItem(s.name));
        m_list->setItem(
            i, 1, new QTableWidgetItem(QLocale().toString(s.taken.toLocalTime(), QLocale::ShortFormat)));
        m_list->setItem(i, 2,
                        new QTableWidgetItem(core::workshop::winnerNames(s).join(QLatin1String(" = "))));
        m_list->item(i, 0)->setToolTip(s.verdict);
    }
    m_list->resizeColumnsToContents();
    // Keep the choice where it still exists; new snapshots compare with now.
    const int before = m_before->currentIndex();
    const int after = m_after->currentIndex();
    const bool afterWasNow = after < 0 || after == m_after->count() - 1;
    const QSignalBlocker b1(m_before);
    const QSignalBlocker b2(m_after);
    m_before->clear();
    m_after->clear();
    for (const core::Snapshot &s : c.snapshots) {
        m_before->addItem(s.name);
        m_after->addItem(s.name);
    }
    m_after->addItem(tr("Now"));
    const int count = int(c.snapshots.size());
    m_before->setCurrentIndex(count == 0 ? -1 : std::clamp(before < 0 ? count - 1 : before, 0, count - 1));
    m_after->setCurrentIndex(afterWasNow ? count : std::clamp(after, 0, count));
    refresh();
}

void SnapshotPanel::refresh()
{
    const core::Comparison &c = m_session->comparison();
    const int before = m_before->currentIndex();
    const int after = m_after->currentIndex();
    if (before < 0 || before >= c.snapshots.size() || after < 0) {
        m_diff = {};
        m_view->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Take a snapshot (here, or with S in presentation mode) to compare the "
                            "weights and results of two moments of the discussion."))));
        return;
    }
    const core::Snapshot &a = c.snapshots[before];
    const core::Snapshot now = core::workshop::takeSnapshot(
        c, m_session->weights(), m_session->result(),
        core::VerdictText::headline(c, m_session->verdict(), m_session->result()), tr("Now"),
        QDateTime::currentDateTimeUtc());
    const core::Snapshot &b = after < c.snapshots.size() ? c.snapshots[after] : now;
    m_diff = core::workshop::compare(a, b);
    m_view->setHtml(html(m_diff, a, b));
}

namespace {
// "TOPSIS · Vector · Worst value", in the interface language.
QString engineName(const core::Snapshot &s)
{
    core::EngineOptions options;
    options.method = s.method;
    options.vikorV = s.vikorV;
    // The comparison may have changed since: no per-criterion variant here.
    const QString method =
        s.method == core::Method::Vikor ? core::methodLabel({}, options) : core::methodTitle(s.method);
    return QStringList{method, core::normalizationName(s.normalization), core::missingPolicyName(s.missing)}
        .join(QStringLiteral(" · "));
}
} // namespace

QString SnapshotPanel::html(const core::workshop::SnapshotDiff &d, const core::Snapshot &a,
                            const core::Snapshot &b)
{
    QString out;
    const QString before = d.winnersBefore.join(QLatin1String(" = "));
    const QString after = d.winnersAfter.join(QLatin1String(" = "));
    out += QStringLiteral("<p style='font-size:large'><b>%1</b></p>")
               .arg(esc(d.winnerChanged ? tr("The verdict flipped: %1 → %2").arg(before, after)
                                        : tr("Same winner: %1").arg(after)));
    if (d.methodChanged)
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("The method changed too: %1 → %2").arg(engineName(a), engineName(b))));
    // The weights that moved, largest change first.
    QVector<core::workshop::SnapshotDiff::Weight> moved;
    for (const auto &w : d.weights) {
        if (!w.before || !w.after || std::abs(w.change()) > 0.0005)
            moved.append(w);
    }
    std::sort(moved.begin(), moved.end(),
              [](const auto &x, const auto &y) { return std::abs(x.change()) > std::abs(y.change()); });
    if (moved.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No weight moved.")));
    } else {
        out += QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='3'>")
                   .arg(esc(tr("Weights that moved")));
        out += QStringLiteral("<tr><th align='left'>%1</th><th align='right'>%2</th><th align='right'>%3</th>"
                              "<th align='right'>%4</th></tr>")
                   .arg(esc(tr("Criterion")), esc(a.name), esc(b.name), esc(tr("Change")));
        for (const auto &w : std::as_const(moved)) {
            const double change = w.change() * 100.0;
            out += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                                  "<td align='right'>%4%5</td></tr>")
                       .arg(esc(w.criterion), percent(w.before), percent(w.after),
                            change > 0 ? QStringLiteral("+") : QString(), QLocale().toString(change, 'f', 1));
        }
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='3'>").arg(esc(tr("Ranking")));
    out += QStringLiteral("<tr><th align='left'>%1</th><th align='right'>%2</th><th align='right'>%3</th>"
                          "<th align='left'></th></tr>")
               .arg(esc(tr("Option")), esc(a.name), esc(b.name));
    for (const auto &r : d.ranks) {
        QString note;
        if (r.before && r.after && *r.after < *r.before)
            note = tr("up %n", nullptr, *r.before - *r.after);
        else if (r.before && r.after && *r.after > *r.before)
            note = tr("down %n", nullptr, *r.after - *r.before);
        out += QStringLiteral(
                   "<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                   .arg(esc(r.option), rank(r.before), rank(r.after), esc(note));
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p style='color:gray'>%1<br>%2</p>")
               .arg(esc(a.name + QStringLiteral(": ") + a.verdict),
                    esc(b.name + QStringLiteral(": ") + b.verdict));
    return out;
}

void SnapshotPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace ui
