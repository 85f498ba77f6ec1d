#include "core/decision.h"

#include <QCoreApplication>

namespace core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Decision)
};
} // namespace

QString decisionStatusName(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Proposed:
        return Tr::tr("Proposed");
    case DecisionStatus::Accepted:
        return Tr::tr("Accepted");
    case DecisionStatus::Rejected:
        return Tr::tr("Rejected");
    case DecisionStatus::Deprecated:
        return Tr::tr("Deprecated");
    case DecisionStatus::Superseded:
        return Tr::tr("Superseded");
    }
    return {};
}

QString decisionSummary(const DecisionRecord &record)
{
    QString text = record.status == DecisionStatus::Superseded && !record.supersededBy.isEmpty()
                       ? Tr::tr("Superseded by %1").arg(record.supersededBy)
                       : decisionStatusName(record.status);
    if (record.decided.isValid())
        text += QStringLiteral(" · ") + record.decided.toString(Qt::ISODate);
    return text;
}

QStringList peopleFromText(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out.append(name);
    }
    return out;
}

QString peopleToText(const QStringList &people)
{
    return people.join(QLatin1String(", "));
}

} // namespace core
