#pragma once

#include "core/comparison.h"
#include "core/expected.h"

#include <QString>
#include <optional>

// Within the CSV reader: what one cell of a matrix file says.
namespace core::csv::detail {

// A number as the file writes it (a decimal comma when the file uses ';'
// between fields); infinities and NaN are not numbers here.
std::optional<double> parseNumber(QString text, bool decimalComma);

// The rows a matrix file can start with "@...": criterion attributes.
enum class Directive
{
    Weight,
    Direction,
    Category,
    Unit,
    Description,
    Preference,
    Q,
    P,
    Min,
    Max,
    Value,
    Parent
};

std::optional<Directive> directiveFromKey(const QString &key);

// A @value cell: empty or "linear", else "piecewise X:Y X:Y ..." or
// "step X:Y ...", points separated by spaces, x and y by a colon (numbers
// as in the rest of the file).  The error says what is wrong with the cell.
Expected<ValueFunction> parseValueCell(const QString &cell, bool decimalComma);

} // namespace core::csv::detail
