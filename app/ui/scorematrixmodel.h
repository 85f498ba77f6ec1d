#pragma once

#include "core/comparison.h"
#include "core/engine.h"

#include <QAbstractTableModel>
#include <functional>
#include <optional>

namespace ui {

// The score matrix: one row per criterion, column 0 the criterion's weight
// share, then one column per option.  Shading follows the normalised score.
class ScoreMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        NormalizedRole,
        ContestedRole
    };
    static constexpr int kShareColumn = 0;

    explicit ScoreMatrixModel(QObject *parent = nullptr);

    // Where the comparison is read from on every access: the session's
    // current one.  (A stored pointer would go stale when the session's list
    // is copied on write.)  reload() after the structure changed.
    using Source = std::function<const core::Comparison *()>;
    void setSource(Source source);
    void reload();
    // Only changed cells are announced: the share column on a weight change,
    // everything when the normalised values change (method, normalisation).
    void setResult(const core::Result &result);

    // Edits are forwarded, not applied here: the handler (the session) turns
    // them into undoable commands and the model hears back through cellChanged().
    // A plain score clears a range; low and high set one (both or neither).
    using EditHandler = std::function<void(int option, int criterion, std::optional<double> value,
                                           std::optional<double> low, std::optional<double> high)>;
    void setEditHandler(EditHandler handler) { m_edit = std::move(handler); }
    // A read-only document shows its scores without offering to edit them.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void cellChanged(int option, int criterion);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Why the last edit was refused (empty when it was accepted).
    QString lastError() const { return m_error; }

    static int optionColumn(int option) { return option + 1; }
    static int optionForColumn(int column) { return column - 1; }

Q_SIGNALS:
    // An edit was refused (not a number, outside the scale): said at once,
    // while the user still looks at the cell.
    void editRefused(const QString &reason);

private:
    bool refuse(const QString &reason);
    const core::Comparison *comparison() const { return m_source ? m_source() : nullptr; }
    Source m_source;
    QVector<double> m_shares;
    QVector<QVector<double>> m_normalized;
    EditHandler m_edit;
    bool m_readOnly = false;
    QString m_error;
};

} // namespace ui
