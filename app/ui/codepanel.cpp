#include "ui/codepanel.h"

#include "ui/codeview.h"
#include "ui/flowlayout.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

CodePanel::CodePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("codePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 4, 2, 2);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Task:"), this));
    m_task = new QComboBox(this);
    m_task->setObjectName(QStringLiteral("taskSelector"));
    m_task->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_task->setMinimumContentsLength(16);
    row->addWidget(m_task, 1);
    layout->addLayout(row);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    layout->addWidget(m_description);
    m_columns = new QHBoxLayout;
    layout->addLayout(m_columns, 1);
    connect(m_task, &QComboBox::currentIndexChanged, this, &CodePanel::showTask);
}

void CodePanel::setComparison(const core::Comparison &c)
{
    // After an edit the same task stays on screen.
    const int shown = m_task->currentIndex();
    m_comparison = c;
    qDeleteAll(m_columnWidgets);
    m_columnWidgets.clear();
    m_views.clear();
    const QSignalBlocker block(m_task);
    m_task->clear();
    for (const core::Task &t : c.tasks)
        m_task->addItem(t.name);
    m_task->setEnabled(!c.tasks.isEmpty());
    for (int o = 0; o < c.optionCount() && o < 4; ++o) {
        auto *column = new QWidget(this);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        auto *head = new FlowLayout; // the buttons wrap under a long name
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(c.options[o].name.toHtmlEscaped()), column);
        name->setObjectName(QStringLiteral("language"));
        head->addWidget(name);
        auto *copyButton = new QPushButton(tr("Copy"), column);
        copyButton->setToolTip(tr("Copy this example to the clipboard"));
        head->addWidget(copyButton);
        auto *editButton = new QPushButton(tr("Edit…"), column);
        editButton->setObjectName(QStringLiteral("editExample"));
        editButton->setToolTip(tr("Edit this example: its language, code and note"));
        editButton->setEnabled(!c.tasks.isEmpty());
        head->addWidget(editButton);
        connect(editButton, &QPushButton::clicked, this, [this, o] {
            if (currentTask() >= 0)
                Q_EMIT editRequested(currentTask(), o);
        });
        v->addLayout(head);
        auto *view = new CodeView(column);
        v->addWidget(view, 1);
        auto *note = new QLabel(column);
        note->setObjectName(QStringLiteral("note"));
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        v->addWidget(note);
        m_columns->addWidget(column, 1);
        m_columnWidgets.append(column);
        m_views.append(view);
        connect(copyButton, &QPushButton::clicked, this, [this, o] { copy(o); });
    }
    if (c.tasks.isEmpty())
        m_description->setText(tr(
            "This comparison has no code examples yet. Add a task in Comparison > Edit Comparison > Tasks."));
    const int task = c.tasks.isEmpty() ? -1 : std::clamp(shown, 0, int(c.tasks.size()) - 1);
    m_task->setCurrentIndex(task);
    showTask(task);
}

void CodePanel::showTask(int index)
{
    const bool valid = index >= 0 && index < m_comparison.tasks.size();
    if (valid)
        m_description->setText(m_comparison.tasks[index].description);
    for (int o = 0; o < m_views.size(); ++o) {
        const core::CodeExample *e = valid ? m_comparison.tasks[index].exampleFor(o) : nullptr;
        m_views[o]->setCode(e ? e->code : QString(), e ? e->language : QString());
        auto *name = m_columnWidgets[o]->findChild<QLabel *>(QStringLiteral("language"));
        name->setText(QStringLiteral("<b>%1</b> <small>%2</small>")
                          .arg(m_comparison.options[o].name.toHtmlEscaped(),
                               e ? e->language.toHtmlEscaped() : tr("no example").toHtmlEscaped()));
        m_columnWidgets[o]->findChild<QLabel *>(QStringLiteral("note"))->setText(e ? e->note : QString());
    }
}

int CodePanel::currentTask() const
{
    const int task = m_task->currentIndex();
    return task >= 0 && task < m_comparison.tasks.size() ? task : -1;
}

void CodePanel::copy(int column) const
{
    if (column >= 0 && column < m_views.size())
        QGuiApplication::clipboard()->setText(m_views[column]->toPlainText());
}

} // namespace ui
