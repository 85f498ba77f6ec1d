#include "ui/editactions.h"

#include "core/editing.h"
#include "core/store.h"
#include "ui/ahpdialog.h"
#include "ui/editor/celldialog.h"
#include "ui/editor/exampledialog.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/swingdialog.h"

#include <QLocale>

namespace ui {

EditActions::EditActions(Session *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_prompts(std::make_shared<DialogPrompts>())
{
}

bool EditActions::newComparison(bool fromCurrent)
{
    if (m_session->isReadOnly())
        return false;
    QStringList taken;
    for (const core::Comparison &c : m_session->comparisons())
        taken.append(c.name);
    core::Comparison c;
    if (fromCurrent && !m_session->isEmpty()) {
        c = m_session->comparison();
        c.name = core::edit::uniqueName(taken, tr("%1 (copy)").arg(c.name).left(core::store::kMaxNameLength));
    } else {
        c = core::edit::blank(core::edit::uniqueName(taken, tr("New comparison")));
    }
    const QString text = fromCurrent ? tr("Duplicate the comparison %1").arg(m_session->comparison().name)
                                     : tr("New comparison %1").arg(c.name);
    if (!m_session->insertComparison(-1, c, text))
        return false;
    Q_EMIT nameWanted();
    return true;
}

bool EditActions::deleteComparison()
{
    if (m_session->comparisons().size() <= 1) {
        Q_EMIT failed(tr("A file keeps at least one comparison; add another before deleting this one."));
        return false;
    }
    const QString name = m_session->comparison().name;
    if (!m_session->removeComparison(m_session->comparisonIndex()))
        return false;
    Q_EMIT status(tr("Deleted %1. Edit > Undo brings it back.").arg(name), 8000);
    return true;
}

bool EditActions::editCell(int option, int criterion)
{
    const core::Comparison &c = m_session->comparison();
    if (option < 0 || option >= c.optionCount() || criterion < 0 || criterion >= c.criterionCount()) {
        Q_EMIT status(tr("Select a score in the matrix first."), 6000);
        return false;
    }
    if (m_session->isReadOnly()) {
        Q_EMIT status(tr("This file is open read-only."), 6000);
        return false;
    }
    CellDialog dialog(c, option, criterion, m_window);
    while (m_prompts->exec(dialog) == QDialog::Accepted) {
        if (m_session->setCell(option, criterion, dialog.cell()))
            return true;
        if (m_session->lastRefusal().isEmpty())
            return false; // nothing changed
    }
    return false;
}

bool EditActions::editExample(int task, int option)
{
    const core::Comparison &c = m_session->comparison();
    if (m_session->isReadOnly() || task < 0 || task >= c.tasks.size() || option < 0 ||
        option >= c.optionCount())
        return false;
    ExampleDialog dialog(c, task, option, m_window);
    while (m_prompts->exec(dialog) == QDialog::Accepted) {
        core::Comparison after = m_session->comparison();
        if (task >= after.tasks.size() || option >= after.optionCount())
            return false; // the file was reloaded while the dialog was open
        core::edit::setExample(after.tasks[task], dialog.example());
        if (m_session->editComparison(
                after,
                tr("Edit the %1 example of %2").arg(after.options[option].name, after.tasks[task].name)))
            return true;
        if (m_session->lastRefusal().isEmpty())
            return false; // nothing changed
    }
    return false;
}

bool EditActions::weightsFromPairwiseComparisons()
{
    if (m_session->comparison().criterionCount() < 2)
        return false;
    AhpDialog dialog(m_session->comparison(), m_session->weights(), m_window);
    if (m_prompts->exec(dialog) != QDialog::Accepted)
        return false;
    const QVector<double> weights = dialog.weights();
    if (weights.isEmpty() || !dialog.analysis())
        return false;
    QVector<double> all = m_session->weights();
    for (int j = 0; j < weights.size() && j < all.size(); ++j)
        all[j] = weights[j];
    m_session->setWeights(all);
    Q_EMIT status(tr("Weights set from pairwise comparisons (consistency ratio %1)")
                      .arg(QLocale().toString(dialog.analysis()->consistencyRatio, 'f', 3)),
                  8000);
    return true;
}

bool EditActions::swingWeighting()
{
    const core::Comparison &c = m_session->comparison();
    if (m_session->isEmpty() || c.criterionCount() < 2)
        return false;
    SwingDialog dialog(c, m_window);
    if (m_prompts->exec(dialog) != QDialog::Accepted)
        return false;
    // Ratings over 10 keep the sliders' 0-10 range (100 is 10); what counts,
    // each weight's share, is rating / sum of ratings either way.
    QVector<double> weights = dialog.ratings();
    for (double &w : weights)
        w /= 10.0;
    if (!m_session->applyWeights(weights, tr("Swing weights")))
        return false;
    Q_EMIT status(tr("Weights set from swing ratings"), 8000);
    return true;
}

} // namespace ui
