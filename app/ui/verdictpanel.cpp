#include "verdictpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui {

VerdictPanel::VerdictPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont f = m_headline->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_headline->setFont(f);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verdictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_method = new QLabel(this);
    m_method->setObjectName(QStringLiteral("verdictMethod"));
    m_method->setWordWrap(true);
    m_method->setTextFormat(Qt::PlainText);
    m_method->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_method);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void VerdictPanel::setVerdict(const core::Comparison &c, const core::Verdict &v, const core::Result &r)
{
    m_headline->setText(core::VerdictText::headline(c, v, r));
    QString html;
    for (const QString &line : core::VerdictText::details(c, v, r))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_details->setText(html.isEmpty() ? QString() : QStringLiteral("<ul style='margin:0'>%1</ul>").arg(html));
    m_details->setVisible(!html.isEmpty());
    m_method->setText(tr("Method: %1 · normalisation: %2 · missing scores: %3")
                          .arg(core::methodKey(r.options.method), core::normalizationKey(r.options.normalization),
                               core::missingPolicyKey(r.options.missing)));
    setStyleSheet(v.fragile ? QStringLiteral("#verdictPanel { border: 2px solid #d55e00; border-radius: 4px; }")
                            : QString());
}

QString VerdictPanel::headline() const { return m_headline->text(); }
QString VerdictPanel::details() const { return m_details->text(); }

} // namespace ui
