#include "ui/editor/editorcolumns.h"

#include "core/editing.h"
#include "core/store.h"
#include "ui/editor/comparisoneditor.h"

#include <QColor>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace ui {

namespace {
using core::Comparison;

// Text fields of the entries of one list of the comparison.
template<typename T>
RecordColumn textColumn(const QString &title, QVector<T> Comparison::*list, QString T::*field)
{
    return {title,
            [=](const Comparison &c, int row) { return QVariant((c.*list)[row].*field); },
            [=](Comparison &c, int row, const QVariant &value) {
                const QString text = value.toString();
                if (text.size() > core::store::kMaxTextLength)
                    return ComparisonEditor::tr("The text is longer than %1 characters.")
                        .arg(core::store::kMaxTextLength);
                (c.*list)[row].*field = text;
                return QString();
            },
            {},
            false};
}

// Names must stay unique within their list and fit the file format.
template<typename T>
RecordColumn nameColumn(const QString &title, QVector<T> Comparison::*list)
{
    return {title,
            [=](const Comparison &c, int row) { return QVariant((c.*list)[row].name); },
            [=](Comparison &c, int row, const QVariant &value) {
                const QString problem =
                    core::edit::nameProblem(core::edit::names(c.*list), row, value.toString());
                if (problem.isEmpty())
                    (c.*list)[row].name = value.toString().trimmed();
                return problem;
            },
            {},
            false};
}

// An optional number of a criterion (scale ends), typed in the user's locale.
RecordColumn numberColumn(const QString &title, std::optional<double> core::Criterion::*field)
{
    return {title,
            [=](const Comparison &c, int row) {
                const std::optional<double> v = c.criteria[row].*field;
                return v ? QVariant(QLocale().toString(*v, 'g', 10)) : QVariant(QString());
            },
            [=](Comparison &c, int row, const QVariant &value) {
                const QString text = value.toString().trimmed();
                if (text.isEmpty()) {
                    c.criteria[row].*field = std::nullopt;
                    return QString();
                }
                bool ok = false;
                double v = QLocale().toDouble(text, &ok);
                if (!ok)
                    v = text.toDouble(&ok);
                if (!ok || !std::isfinite(v))
                    return ComparisonEditor::tr("'%1' is not a number.").arg(text.left(40));
                c.criteria[row].*field = v;
                const core::Criterion &k = c.criteria[row];
                if (k.scaleMin && k.scaleMax && *k.scaleMin >= *k.scaleMax)
                    return ComparisonEditor::tr("The lowest score must be below the highest.");
                return QString();
            },
            {},
            false};
}

} // namespace

using core::Comparison;

QVector<RecordColumn> optionColumns()
{
    return {nameColumn(ComparisonEditor::tr("Name"), &Comparison::options),
            textColumn(ComparisonEditor::tr("Description"), &Comparison::options, &core::Option::description),
            {ComparisonEditor::tr("Colour"),
             [](const Comparison &c, int row) { return QVariant(c.options[row].color); },
             [](Comparison &c, int row, const QVariant &value) {
                 const QString text = value.toString().trimmed();
                 const QColor color = QColor::fromString(text);
                 if (!text.isEmpty() && !color.isValid())
                     return ComparisonEditor::tr("'%1' is not a colour; use #rrggbb.").arg(text.left(40));
                 c.options[row].color = text.isEmpty() ? QString() : color.name(QColor::HexRgb);
                 return QString();
             },
             {},
             true}};
}

QVector<RecordColumn> criterionColumns()
{
    return {
        nameColumn(ComparisonEditor::tr("Name"), &Comparison::criteria),
        textColumn(ComparisonEditor::tr("Category"), &Comparison::criteria, &core::Criterion::category),
        {ComparisonEditor::tr("Direction"),
         [](const Comparison &c, int row) { return QVariant(int(c.criteria[row].direction)); },
         [](Comparison &c, int row, const QVariant &value) {
             c.criteria[row].direction =
                 value.toInt() == 1 ? core::Direction::Cost : core::Direction::Benefit;
             return QString();
         },
         {ComparisonEditor::tr("Higher is better"), ComparisonEditor::tr("Lower is better")},
         false},
        textColumn(ComparisonEditor::tr("Unit"), &Comparison::criteria, &core::Criterion::unit),
        numberColumn(ComparisonEditor::tr("Lowest score"), &core::Criterion::scaleMin),
        numberColumn(ComparisonEditor::tr("Highest score"), &core::Criterion::scaleMax),
        textColumn(ComparisonEditor::tr("Description"), &Comparison::criteria, &core::Criterion::description),
        {ComparisonEditor::tr("Value function"),
         [](const Comparison &c, int row) {
             return QVariant(core::valueFunctionText(c.criteria[row].valueFunction));
         },
         {},
         {},
         false}};
}

// The criteria tree: a criterion's category names its group, a group
// names its parent; a category with no row here is a group at the top.
QVector<RecordColumn> groupColumns()
{
    return {{ComparisonEditor::tr("Name"),
             [](const Comparison &c, int row) { return QVariant(c.groups[row].name); },
             [](Comparison &c, int row, const QVariant &value) {
                 QString problem =
                     core::edit::nameProblem(core::edit::names(c.groups), row, value.toString());
                 if (!problem.isEmpty())
                     return problem;
                 // Its criteria and child groups follow in the same step.
                 core::edit::renameGroup(c, row, value.toString().trimmed());
                 const QStringList tree = core::store::checkTree(c);
                 return tree.isEmpty() ? QString() : tree.first();
             },
             {},
             false},
            {ComparisonEditor::tr("Parent group"),
             [](const Comparison &c, int row) { return QVariant(c.groups[row].parent); },
             [](Comparison &c, int row, const QVariant &value) {
                 const QString above = value.toString().trimmed();
                 if (above == c.groups[row].name)
                     return ComparisonEditor::tr("A group cannot sit in itself.");
                 if (above.size() > core::store::kMaxNameLength)
                     return ComparisonEditor::tr("A name can have at most %1 characters.")
                         .arg(core::store::kMaxNameLength);
                 c.groups[row].parent = above;
                 const QStringList tree = core::store::checkTree(c);
                 return tree.isEmpty() ? QString() : tree.first();
             },
             {},
             false},
            textColumn(ComparisonEditor::tr("Description"), &Comparison::groups,
                       &core::CriterionGroup::description)};
}

QVector<RecordColumn> profileColumns()
{
    return {
        nameColumn(ComparisonEditor::tr("Name"), &Comparison::profiles),
        {ComparisonEditor::tr("Kind"),
         [](const Comparison &c, int row) { return QVariant(int(c.profiles[row].kind)); },
         [](Comparison &c, int row, const QVariant &value) {
             c.profiles[row].kind = core::ProfileKind(std::clamp(value.toInt(), 0, 2));
             return QString();
         },
         {ComparisonEditor::tr("Scenario"), ComparisonEditor::tr("Stakeholder"),
          ComparisonEditor::tr("Custom")},
         false},
        textColumn(ComparisonEditor::tr("Description"), &Comparison::profiles, &core::Profile::description)};
}

QVector<RecordColumn> sourceColumns()
{
    return {{ComparisonEditor::tr("Title"),
             [](const Comparison &c, int row) { return QVariant(c.sources[row].title); },
             [](Comparison &c, int row, const QVariant &value) {
                 const QString title = value.toString().trimmed();
                 if (title.isEmpty())
                     return ComparisonEditor::tr("A source needs a title.");
                 if (title.size() > core::store::kMaxTextLength)
                     return ComparisonEditor::tr("The text is longer than %1 characters.")
                         .arg(core::store::kMaxTextLength);
                 c.sources[row].title = title;
                 return QString();
             },
             {},
             false},
            textColumn(ComparisonEditor::tr("Publisher"), &Comparison::sources, &core::Source::publisher),
            textColumn(ComparisonEditor::tr("Author"), &Comparison::sources, &core::Source::author),
            textColumn(ComparisonEditor::tr("Published"), &Comparison::sources, &core::Source::published),
            textColumn(ComparisonEditor::tr("Address"), &Comparison::sources, &core::Source::url),
            textColumn(ComparisonEditor::tr("Note"), &Comparison::sources, &core::Source::note)};
}

QVector<RecordColumn> taskColumns()
{
    return {nameColumn(ComparisonEditor::tr("Name"), &Comparison::tasks),
            textColumn(ComparisonEditor::tr("Description"), &Comparison::tasks, &core::Task::description)};
}

} // namespace ui
