#pragma once

// Internal to the repository code (repository.cpp, repositorysync.cpp,
// liveworkshop.cpp): running SQL with bound values and one-line errors.

#include "core/comparison.h"
#include "core/expected.h"
#include "core/sync.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace core::repo::sql {

// The server's message on one line.
QString error(const QSqlError &error);
// Runs `statement` with `values` bound in order; the error is one line.
Expected<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// The decision record's mirrors in the comparisons table.
QString statusOf(const Comparison &c);
QVariant decidedOf(const Comparison &c);

Conflict conflictOf(const QString &comparison, const QString &key, const QByteArray &mine,
                    const QByteArray &theirs);

} // namespace core::repo::sql
