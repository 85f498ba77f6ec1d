#pragma once

// The Session's undo commands, the only callers of its apply functions.
// Included by session.cpp alone.

#include "ui/session.h"

#include <QUndoCommand>

namespace ui {

// One cell (score, rationale, evidence) before and after an edit.
class Session::SetCellCommand : public QUndoCommand
{
public:
    SetCellCommand(Session *session, int comparison, int option, int criterion, const core::Cell &before,
                   const core::Cell &after, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_comparison(comparison)
        , m_option(option)
        , m_criterion(criterion)
        , m_before(before)
        , m_after(after)
    {
    }
    void undo() override { m_session->applyCell(m_comparison, m_option, m_criterion, m_before); }
    void redo() override { m_session->applyCell(m_comparison, m_option, m_criterion, m_after); }

private:
    Session *m_session;
    int m_comparison;
    int m_option;
    int m_criterion;
    core::Cell m_before;
    core::Cell m_after;
};

// A whole comparison before and after a structural edit.  Copies are cheap:
// the lists an edit did not touch stay shared between the two.
class Session::EditComparisonCommand : public QUndoCommand
{
public:
    EditComparisonCommand(Session *session, int comparison, const core::Comparison &before,
                          const core::Comparison &after, const Session::Remap &forward, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_comparison(comparison)
        , m_before(before)
        , m_after(after)
        , m_forward(forward)
    {
        m_backward.criteria = core::edit::inverse(forward.criteria, int(before.criteria.size()));
        m_backward.profiles = core::edit::inverse(forward.profiles, int(before.profiles.size()));
        // Undoing shows the profile that was shown before the edit.
        m_backward.selectProfile = session->profileIndex();
    }
    void undo() override { m_session->applyComparison(m_comparison, m_before, m_backward); }
    void redo() override { m_session->applyComparison(m_comparison, m_after, m_forward); }

private:
    Session *m_session;
    int m_comparison;
    core::Comparison m_before;
    core::Comparison m_after;
    Session::Remap m_forward;
    Session::Remap m_backward;
};

// The list of comparisons in the file before and after adding or removing one.
class Session::EditDocumentCommand : public QUndoCommand
{
public:
    EditDocumentCommand(Session *session, const QVector<core::Comparison> &before, int selectedBefore,
                        const QVector<core::Comparison> &after, int selectedAfter, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_before(before)
        , m_after(after)
        , m_selectedBefore(selectedBefore)
        , m_selectedAfter(selectedAfter)
    {
    }
    void undo() override { m_session->applyDocument(m_before, m_selectedBefore); }
    void redo() override { m_session->applyDocument(m_after, m_selectedAfter); }

private:
    Session *m_session;
    QVector<core::Comparison> m_before;
    QVector<core::Comparison> m_after;
    int m_selectedBefore;
    int m_selectedAfter;
};

class Session::MergeDocumentCommand : public QUndoCommand
{
public:
    MergeDocumentCommand(Session *session, const QVector<core::Comparison> &before,
                         const QVector<core::Comparison> &after, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_before(before)
        , m_after(after)
    {
    }
    void undo() override { m_session->applyMerged(m_before); }
    void redo() override { m_session->applyMerged(m_after); }

private:
    Session *m_session;
    QVector<core::Comparison> m_before;
    QVector<core::Comparison> m_after;
};

// The working weights of one comparison before and after a weighting
// method set them all at once.
class Session::SetWeightsCommand : public QUndoCommand
{
public:
    SetWeightsCommand(Session *session, int comparison, const QVector<double> &before,
                      const QVector<double> &after, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_comparison(comparison)
        , m_before(before)
        , m_after(after)
    {
    }
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const QVector<double> &weights)
    {
        if (m_session->comparisonIndex() != m_comparison)
            m_session->selectComparison(m_comparison);
        m_session->setWeights(weights);
    }

    Session *m_session;
    int m_comparison;
    QVector<double> m_before;
    QVector<double> m_after;
};

} // namespace ui
