#include "ui/presentationview.h"

#include "core/engine.h"
#include "core/verdict.h"
#include "core/workshop.h"
#include "ui/livetext.h"
#include "ui/palette.h"
#include "ui/session.h"
#include "ui/weightpanel.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace ui {

PresentationView::PresentationView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("presentationView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Every number on screen changes with a key: see livetext.h.
    preferNoShaping(this);
    setWindowTitle(tr("Tradeoff — Presentation"));
    connect(m_session, &Session::resultChanged, this, &PresentationView::resultChanged);
    connect(m_session, &Session::weightsChanged, this, &PresentationView::resultChanged);
    connect(m_session, &Session::profileChanged, this, qOverload<>(&QWidget::update));
    // Participants drag their own weights: only the room's line changes.
    connect(m_session, &Session::liveStakeholdersChanged, this, [this] {
        if (m_room.isValid())
            update(m_room);
        else
            update();
    });
    connect(m_session, &Session::comparisonChanged, this, [this] {
        setCurrentCriterion(m_current);
        update();
    });
}

void PresentationView::setCurrentCriterion(int criterion)
{
    const int n = m_session->comparison().criterionCount();
    m_current = n == 0 ? 0 : std::clamp(criterion, 0, n - 1);
    update();
}

double PresentationView::maximumWeight() const
{
    // The sliders' range, stretched if a weight was set above it.
    double top = WeightPanel::scaleMaximum(m_session->comparison());
    for (double w : m_session->weights())
        top = std::max(top, std::ceil(w));
    return top;
}

double PresentationView::step() const
{
    return maximumWeight() / 20.0;
}

void PresentationView::changeWeight(int steps)
{
    const QVector<double> &w = m_session->weights();
    if (m_current < 0 || m_current >= w.size())
        return;
    const double s = step();
    // Snap to the step grid so that the numbers read cleanly.
    const double next = std::clamp(std::round(w[m_current] / s + steps) * s, 0.0, maximumWeight());
    m_session->setWeight(m_current, next);
    if (!m_message.isEmpty()) {
        m_message.clear();
        update(); // the footer too
    }
}

std::pair<double, int> PresentationView::headlineFit(const QString &headline) const
{
    // It shrinks (down to body size) rather than lose its last words.
    const int H = height();
    const int margin = std::max(12, H / 36);
    const double unit = std::max(10.0, H / 30.0);
    const int headlineWidth = width() - 2 * margin;
    const int headlineRoom = int(unit * 4.2);
    QFont f = font();
    f.setBold(true);
    double scale = 1.6;
    QRect needed;
    for (;; scale -= 0.1) {
        f.setPixelSize(std::max(9, int(unit * scale)));
        needed = QFontMetrics(f).boundingRect(QRect(0, 0, headlineWidth, 100000), Qt::TextWordWrap, headline);
        if (needed.height() <= headlineRoom || scale <= 1.0)
            break;
    }
    return {scale, std::max(headlineRoom, needed.height())};
}

QString PresentationView::roomText() const
{
    const QVector<core::Profile> &live = m_session->liveStakeholders();
    const core::Comparison &c = m_session->comparison();
    if (live.isEmpty() || c.optionCount() == 0)
        return {};
    QVector<QVector<double>> weights;
    QStringList winners;
    const core::EngineOptions options = m_session->engineOptions();
    for (const core::Profile &p : live) {
        weights.append(p.weights);
        winners.append(
            core::workshop::winnerNames(c, core::evaluate(c, p.weights, options)).join(QLatin1String(" = ")));
    }
    const auto consensus = core::workshop::consensus(weights, core::workshop::Mean::Arithmetic);
    const QString winner = core::workshop::winnerNames(c, core::evaluate(c, consensus.weights, options))
                               .join(QLatin1String(" = "));
    return tr("Live: %n participant(s) · the room's consensus: %1 · %2 of them pick it", nullptr,
              int(live.size()))
        .arg(winner)
        .arg(winners.count(winner));
}

QStringList PresentationView::rowSignatures() const
{
    const core::Comparison &c = m_session->comparison();
    const QVector<double> &shares = m_session->result().weights;
    const QVector<double> &weights = m_session->weights();
    const double top = maximumWeight();
    QStringList rows;
    for (int j = 0; j < c.criterionCount(); ++j) {
        const double raw = weights.value(j);
        rows.append(QStringLiteral("%1|%2|%3|%4")
                        .arg(rowValueText(raw, shares.value(j)))
                        .arg(std::clamp(raw / top, 0.0, 1.0), 0, 'g', 17)
                        .arg(j == m_current)
                        .arg(top));
    }
    return rows;
}

QString PresentationView::rowValueText(double raw, double share)
{
    return QStringLiteral("%1 · %2%")
        .arg(QLocale().toString(raw, 'f', 1), QLocale().toString(share * 100.0, 'f', 0));
}

void PresentationView::resultChanged()
{
    if (m_dynamic.isEmpty() || m_paintedSize != size()) {
        update();
        return;
    }
    const core::Comparison &c = m_session->comparison();
    const QString headline = core::VerdictText::headline(c, m_session->verdict(), m_session->result());
    if (headlineFit(headline).second != m_headlineHeight) {
        update();
        return;
    }
    // The rows whose weight, share or bar did not change keep their pixels:
    // most of a key's repaint was drawing the same text again.
    QRegion region = m_dynamic;
    const QStringList rows = rowSignatures();
    if (rows.size() != m_rowsPainted.size() || rows.size() != m_rowRects.size()) {
        update();
        return;
    }
    for (qsizetype j = 0; j < rows.size(); ++j) {
        if (rows[j] != m_rowsPainted[j])
            region += m_rowRects[j];
    }
    update(region);
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    const core::Comparison &c = m_session->comparison();
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        setCurrentCriterion(m_current - 1);
        return;
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        setCurrentCriterion(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Minus:
        changeWeight(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        changeWeight(1);
        return;
    case Qt::Key_R:
        m_session->resetToProfile();
        m_message = tr("Weights reset");
        update();
        return;
    case Qt::Key_S:
        m_message = m_session->takeSnapshot()
                        ? tr("Saved %1").arg(m_session->comparison().snapshots.last().name)
                        : m_session->lastRefusal();
        update();
        return;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        Q_EMIT leaveRequested();
        return;
    default:
        break;
    }
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
        const int profile = event->key() - Qt::Key_1;
        if (profile < c.profiles.size()) {
            m_session->selectProfile(profile);
            m_message.clear();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationView::paintEvent(QPaintEvent *event)
{
    const QRegion dirty = event->region();
    const bool full = dirty.contains(rect());
    QRegion dynamic;
    QVector<QRect> rowRects;
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Window));
    p.setRenderHint(QPainter::Antialiasing);
    const core::Comparison &c = m_session->comparison();
    const core::Result &r = m_session->result();
    const QVector<double> &weights = m_session->weights();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QColor accent = pal.color(QPalette::Highlight);

    // Type scales with the screen: about 30 lines of body text fit its height.
    const int W = width();
    const int H = height();
    const int margin = std::max(12, H / 36);
    const double unit = std::max(10.0, H / 30.0);
    QFont base = font();
    auto fontOf = [&](double scale, bool bold = false) {
        QFont f = base;
        f.setPixelSize(std::max(9, int(unit * scale)));
        f.setBold(bold);
        return f;
    };

    // Header: comparison and profile.
    int y = margin;
    p.setPen(text);
    p.setFont(fontOf(1.1, true));
    const int profile = m_session->profileIndex();
    QString profileName =
        profile >= 0 && profile < c.profiles.size() ? c.profiles[profile].name : tr("Custom weights");
    if (profile >= 0 && profile < c.profiles.size() && c.profiles[profile].weights != weights)
        profileName = tr("%1, changed").arg(profileName);
    const QFontMetrics header(p.font());
    const QRect nameBox(margin, y, W / 2, header.height());
    if (dirty.intersects(nameBox))
        p.drawText(nameBox, Qt::AlignLeft | Qt::AlignVCenter,
                   header.elidedText(c.name, Qt::ElideRight, W / 2));
    p.setFont(fontOf(1.0));
    p.setPen(muted);
    const QRect profileBox(W / 2, y, W / 2 - margin, header.height());
    p.drawText(profileBox, Qt::AlignRight | Qt::AlignVCenter, tr("Profile: %1").arg(profileName));
    dynamic += profileBox;
    y += header.height() + margin / 2;

    // Verdict headline across the top, the largest type on screen.
    const QString headline = core::VerdictText::headline(c, m_session->verdict(), r);
    const auto [headlineScale, headlineHeight] = headlineFit(headline);
    p.setFont(fontOf(headlineScale, true));
    p.setPen(text);
    const QRect headlineBox(margin, y, W - 2 * margin, headlineHeight);
    p.drawText(headlineBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, headline);
    dynamic += headlineBox;
    y = headlineBox.bottom() + margin / 2;

    const int footer = int(unit * 1.6);
    const int bodyBottom = H - margin - footer;
    const int split = int(W * 0.55);

    // Left: the weights, the focused criterion outlined.
    const int n = c.criterionCount();
    if (n > 0) {
        const double rowHeight = std::max(4.0, double(bodyBottom - y) / n);
        const double scale = std::min(1.0, rowHeight / (unit * 1.5));
        QFont rowFont = fontOf(scale);
        p.setFont(rowFont);
        const QFontMetrics fm(rowFont);
        const int nameWidth = int((split - 2 * margin) * 0.45);
        const int barLeft = margin + nameWidth + margin / 2;
        const int valueWidth = fm.horizontalAdvance(QStringLiteral("00.0 · 100%")) + margin / 2;
        const int barWidth = std::max(10, split - barLeft - valueWidth - margin);
        const double top = maximumWeight();
        for (int j = 0; j < n; ++j) {
            const QRectF row(margin, y + j * rowHeight, split - margin - margin / 2, rowHeight);
            const double share = j < r.weights.size() ? r.weights[j] : 0.0;
            const double raw = j < weights.size() ? weights[j] : 0.0;
            if (j == m_current) {
                p.setPen(QPen(accent, std::max(2.0, unit / 8)));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(row.adjusted(-4, 1, 4, -1), 4, 4);
            }
            p.setPen(text);
            const QRectF nameRect(row.left() + 4, row.top(), nameWidth, row.height());
            if (dirty.intersects(nameRect.toAlignedRect())) {
                QString name = c.criteria[j].name;
                if (c.criteria[j].direction == core::Direction::Cost)
                    name += QStringLiteral(" ↓");
                p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(name, Qt::ElideRight, nameWidth - 4));
            }
            const QRect valueRow =
                QRectF(barLeft, row.top(), row.right() - barLeft + 4, row.height()).toAlignedRect();
            rowRects.append(valueRow);
            if (!dirty.intersects(valueRow))
                continue;
            const double barHeight = row.height() * 0.5;
            const QRectF track(barLeft, row.center().y() - barHeight / 2, barWidth, barHeight);
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::Mid));
            p.drawRect(track);
            QColor fill = pal.color(QPalette::Text);
            fill.setAlphaF(0.65);
            p.setBrush(j == m_current ? accent : fill);
            p.drawRect(QRectF(track.topLeft(),
                              QSizeF(track.width() * std::clamp(raw / top, 0.0, 1.0), track.height())));
            p.setPen(text);
            p.drawText(QRectF(track.right() + margin / 2, row.top(), valueWidth, row.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, rowValueText(raw, share));
        }
    }

    // Right: the ranking and what drives it.
    const int left = split + margin;
    dynamic += QRect(left, y, W - left, bodyBottom - y);
    const int options = int(r.order.size());
    if (options > 0) {
        p.setFont(fontOf(1.0, true));
        p.setPen(text);
        const QFontMetrics fm(p.font());
        p.drawText(QRect(left, y, W - left - margin, fm.height()), Qt::AlignLeft, tr("Ranking"));
        const int top = y + fm.height() + margin / 2;
        const double rowHeight = std::min(unit * 3.0, double(bodyBottom - top) / options);
        // Names keep their size unless the widest would not fit half the room.
        const int room = W - left - margin;
        double scale = std::min(1.3, rowHeight / (unit * 1.8));
        int widest = 0;
        for (;; scale -= 0.1) {
            p.setFont(fontOf(scale, true));
            widest = 0;
            for (int k = 0; k < options; ++k) {
                const int i = r.order[k];
                widest = std::max(
                    widest, p.fontMetrics().horizontalAdvance(
                                QStringLiteral("%1. %2").arg(r.perOption[i].rank).arg(c.options[i].name)));
            }
            if (widest + 12 <= room / 2 || scale <= 0.6)
                break;
        }
        const QFontMetrics rf(p.font());
        double best = 0;
        for (const core::OptionResult &o : r.perOption)
            best = std::max(best, o.score);
        const int labelWidth = std::min(widest + 12, room / 2);
        // Three decimals, more where two options that do not tie would read alike.
        const int decimals = r.scoreDecimals(3);
        int widestScore = rf.horizontalAdvance(QStringLiteral("0.000"));
        for (int k = 0; k < options; ++k)
            widestScore = std::max(widestScore, rf.horizontalAdvance(QLocale().toString(
                                                    r.perOption[r.order[k]].score, 'f', decimals)));
        const int scoreWidth = widestScore + margin / 2;
        const int barLeft = left + labelWidth;
        const int barWidth = std::max(10, W - margin - barLeft - scoreWidth);
        for (int k = 0; k < options; ++k) {
            const int i = r.order[k];
            const QRectF row(left, top + k * rowHeight, W - left - margin, rowHeight);
            p.setPen(text);
            p.drawText(QRectF(row.left(), row.top(), labelWidth - 4, row.height()),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       rf.elidedText(QStringLiteral("%1. %2").arg(r.perOption[i].rank).arg(c.options[i].name),
                                     Qt::ElideRight, labelWidth - 8));
            const double fraction = best > 0 ? std::clamp(r.perOption[i].score / best, 0.0, 1.0) : 0.0;
            const double barHeight = row.height() * 0.6;
            p.setPen(Qt::NoPen);
            p.setBrush(optionColor(c, i));
            p.drawRect(QRectF(barLeft, row.center().y() - barHeight / 2, barWidth * fraction, barHeight));
            p.setPen(text);
            p.drawText(QRectF(barLeft + barWidth * fraction + 6, row.top(), scoreWidth, row.height()),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QLocale().toString(r.perOption[i].score, 'f', decimals));
        }
        // Below the ranking, what drives it: the verdict's first points.
        const int detailsTop = int(top + options * rowHeight + margin);
        if (detailsTop < bodyBottom - unit * 2) {
            const QStringList details = core::VerdictText::details(c, m_session->verdict(), r);
            p.setFont(fontOf(0.85));
            p.setPen(text);
            // Whole points only: one that does not fit is left out, not cut.
            int at = detailsTop;
            for (int k = 0; k < details.size() && k < 4; ++k) {
                const QString line = QStringLiteral("• ") + details[k];
                const QRect box = p.fontMetrics().boundingRect(QRect(left, at, room, 100000),
                                                               Qt::AlignLeft | Qt::TextWordWrap, line);
                if (box.bottom() > bodyBottom)
                    break;
                p.drawText(QRect(left, at, room, box.height()), Qt::AlignLeft | Qt::TextWordWrap, line);
                at = box.bottom() + int(unit * 0.3);
            }
        }
    }

    // The rows just drawn now show the current weights.
    const QStringList signatures = rowSignatures();
    if (full || m_rowsPainted.size() != signatures.size()) {
        m_rowsPainted = signatures;
    } else {
        for (qsizetype j = 0; j < signatures.size() && j < rowRects.size(); ++j) {
            if (dirty.intersects(rowRects[j]))
                m_rowsPainted[j] = signatures[j];
        }
    }

    // Footer: the keys, or what the last key did.  Left alone (its text
    // not even laid out) when a change repaints only the dynamic parts.
    const QRect footerBox(margin, H - margin - footer, W - 2 * margin, footer);
    m_room = footerBox;
    if (!dirty.intersects(footerBox))
        return; // not a full paint, which always covers the footer
    p.setFont(fontOf(0.75));
    p.setPen(muted);
    const QString hint = m_message.isEmpty()
                             ? tr("↑↓ criterion   ←→ weight   1–9 profile   R reset   S snapshot   Esc leave")
                             : m_message;
    const QString room = roomText();
    if (room.isEmpty()) {
        p.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter, hint);
    } else {
        // The keys on the left, how the room leans on the right.
        const QFontMetrics fm(p.font());
        const int roomWidth = std::min(fm.horizontalAdvance(room) + 4, footerBox.width() * 3 / 5);
        p.drawText(footerBox.adjusted(0, 0, -roomWidth - margin, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(hint, Qt::ElideRight, footerBox.width() - roomWidth - margin));
        p.setPen(text);
        p.drawText(footerBox, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(room, Qt::ElideRight, roomWidth));
    }
    if (full) {
        m_dynamic = dynamic;
        m_rowRects = rowRects;
        m_headlineHeight = headlineHeight;
        m_paintedSize = size();
    }
}

} // namespace ui
