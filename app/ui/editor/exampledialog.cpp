#include "ui/editor/exampledialog.h"

#include "ui/codeview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ui {

ExampleDialog::ExampleDialog(const core::Comparison &c, int task, int option, QWidget *parent)
    : QDialog(parent)
    , m_option(option)
{
    setObjectName(QStringLiteral("exampleDialog"));
    setWindowTitle(tr("%1 with %2").arg(c.tasks[task].name, c.options[option].name));
    const core::CodeExample *existing = c.tasks[task].exampleFor(option);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox;
    m_language->setEditable(true);
    // The languages the highlighter knows; any other name shows as plain text.
    m_language->addItems({QStringLiteral("javascript"), QStringLiteral("typescript"),
                          QStringLiteral("python"), QStringLiteral("text")});
    m_language->setCurrentText(existing ? existing->language : QStringLiteral("text"));
    form->addRow(tr("&Language:"), m_language);
    m_note = new QLineEdit(existing ? existing->note : QString());
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_code = new CodeView;
    m_code->setReadOnly(false);
    m_code->setTabChangesFocus(false);
    m_code->setCode(existing ? existing->code : QString(), m_language->currentText());
    layout->addWidget(m_code, 1);
    connect(m_language, &QComboBox::currentTextChanged, this, [this](const QString &language) {
        m_code->highlighter()->setLanguage(core::code::languageFromName(language));
    });
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(720, 520);
}

core::CodeExample ExampleDialog::example() const
{
    const QString language = m_language->currentText().trimmed().toLower();
    return {m_option, language.isEmpty() ? QStringLiteral("text") : language, m_code->toPlainText(),
            m_note->text().trimmed()};
}

} // namespace ui
