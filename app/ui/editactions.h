#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace ui {

class Prompts;
class Session;

// The edits that go through a dialog or touch the file's list of
// comparisons: new, duplicate and delete comparison, a score's rationale and
// evidence, a task's code example, weights from pairwise comparisons (AHP).
// A refused edit (the reason is shown) returns to its dialog with what was
// typed rather than losing it.
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(Session *session, QWidget *window, QObject *parent = nullptr);
    void setPrompts(std::shared_ptr<Prompts> prompts) { m_prompts = std::move(prompts); }

    bool newComparison(bool fromCurrent);
    bool deleteComparison();
    bool editCell(int option, int criterion);
    bool editExample(int task, int option);
    bool weightsFromPairwiseComparisons();
    // Swing weighting: the weights are applied as one undoable step.
    bool swingWeighting();

Q_SIGNALS:
    // A new comparison was added: its name should be typed next.
    void nameWanted();
    void status(const QString &message, int timeout);
    void failed(const QString &message);

private:
    Session *m_session;
    QPointer<QWidget> m_window;
    std::shared_ptr<Prompts> m_prompts;
};

} // namespace ui
