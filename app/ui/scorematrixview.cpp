#include "ui/scorematrixview.h"

#include "ui/livetext.h"
#include "ui/scorematrixmodel.h"

#include <QApplication>
#include <QHash>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <algorithm>
#include <optional>

namespace ui {

namespace {

// The weight column's cells: a share, right-aligned, repainted on every
// weight change.  The standard delegate measures and lays out each text
// three times per paint (size, position, elision), which was a sixth of a
// weight change.  This one draws the same background, selection and focus
// through the style, and the text from laid-out texts kept per string (a
// share is one of a thousand strings at most, "0.0%" to "100.0%").
class ShareCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (option.direction == Qt::RightToLeft) {
            // Right to left, the style mirrors the alignment.
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QString text = index.data(Qt::DisplayRole).toString();
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect room = option.rect.adjusted(margin, 0, -margin, 0);
        const QStaticText &laidOut = staticText(text, option.font);
        const QSizeF size = laidOut.size();
        if (size.width() > room.width()) {
            // Narrower than its share (a squeezed column): cut as any cell is.
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The style draws the cell without its text (background, selection,
        // focus frame), then the text goes where the style would put it.
        QStyleOptionViewItem opt = option;
        opt.index = index;
        opt.features &= ~QStyleOptionViewItem::HasDisplay;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                                : QPalette::Inactive;
        painter->save();
        painter->setPen(opt.palette.color(
            group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        // Where QCommonStyle puts a right-aligned text: the laid-out line's
        // height in whole pixels centred in the cell, the text at the right
        // end of the line (a fraction of a pixel included).
        painter->drawStaticText(QPointF(room.left() + room.width() - size.width(),
                                        room.top() + (room.height() - m_lineHeight) / 2),
                                laidOut);
        painter->restore();
    }

private:
    const QStaticText &staticText(const QString &text, const QFont &font) const
    {
        if (!m_font || font != *m_font || m_texts.size() > 2048) {
            m_texts.clear();
            m_font = font;
            QTextLayout probe(QStringLiteral("0"), font);
            probe.beginLayout();
            probe.createLine();
            probe.endLayout();
            m_lineHeight = probe.boundingRect().size().toSize().height();
        }
        auto found = m_texts.find(text);
        if (found == m_texts.end()) {
            QStaticText laidOut(text);
            laidOut.setTextFormat(Qt::PlainText);
            laidOut.prepare(QTransform(), font);
            found = m_texts.insert(text, laidOut);
        }
        return *found;
    }

    mutable std::optional<QFont> m_font; // what the texts and the line height were laid out in
    mutable int m_lineHeight = 0;
    mutable QHash<QString, QStaticText> m_texts;
};

} // namespace

ScoreMatrixView::ScoreMatrixView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("scoreMatrix"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setWordWrap(false);
    // The weight column's shares change with every weight.
    preferNoShaping(this);
    setItemDelegateForColumn(ScoreMatrixModel::kShareColumn, new ShareCellDelegate(this));
    // The analysis tabs beside it must not squeeze the matrix away.
    setMinimumWidth(fontMetrics().averageCharWidth() * 30);
}

void ScoreMatrixView::fitColumns(int optionCount)
{
    horizontalHeader()->setSectionResizeMode(optionCount <= 6 ? QHeaderView::Stretch
                                                              : QHeaderView::Interactive);
    if (optionCount > 6)
        resizeColumnsToContents();
}

int ScoreMatrixView::wantedWidth(int columns) const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return minimumWidth();
    const QFontMetrics fm(font());
    const QFontMetrics header(horizontalHeader()->font());
    int names = 0;
    for (int row = 0; row < m->rowCount(); ++row)
        names = std::max(names, fm.horizontalAdvance(m->headerData(row, Qt::Vertical).toString()));
    // A score with its disputed flag, e.g. "10 ⚑", is the widest cell.
    const int cell = fm.horizontalAdvance(QStringLiteral("100.0% ⚑")) + 12;
    // A few columns stretch to equal widths: each as wide as the widest.
    int column = cell;
    for (int c = 0; c < std::min(m->columnCount(), columns + 1); ++c)
        column = std::max(column, header.horizontalAdvance(m->headerData(c, Qt::Horizontal).toString()) + 16);
    const int width = names + 16 + 2 * frameWidth() + verticalScrollBar()->sizeHint().width() +
                      column * std::min(m->columnCount(), columns + 1);
    return std::max(width, minimumWidth());
}

} // namespace ui
