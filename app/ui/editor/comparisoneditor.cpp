#include "ui/editor/comparisoneditor.h"

#include "core/editing.h"
#include "core/keytable.h"
#include "core/store.h"
#include "ui/editor/decisionpage.h"
#include "ui/editor/editorcolumns.h"
#include "ui/editor/recordmodel.h"
#include "ui/editor/valuefunctiondialog.h"
#include "ui/flowlayout.h"
#include "ui/session.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <functional>

namespace ui {

using core::Comparison;

ComparisonEditor::ComparisonEditor(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("comparisonEditor"));
    m_tabs = new QTabWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tables.resize(TasksTab + 1);
    m_models.resize(TasksTab + 1);

    // The comparison itself.
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("comparisonName"));
    m_name->setMaxLength(core::store::kMaxNameLength);
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("comparisonDescription"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *hint = new QLabel(tr("Every change here can be undone with Edit > Undo."));
    hint->setWordWrap(true);
    form->addRow(hint);
    connect(m_name, &QLineEdit::editingFinished, this, &ComparisonEditor::commitName);
    connect(m_description, &QLineEdit::editingFinished, this, &ComparisonEditor::commitDescription);
    m_tabs->addTab(general, tr("Comparison"));

    auto optionName = [](const Comparison &c, int row) {
        return c.options[row].name;
    };
    auto *options = new RecordModel(
        session, [](const Comparison &c) { return c.optionCount(); }, optionName, optionColumns(), this);
    m_tabs->addTab(listTab(OptionsTab, options,
                           {{tr("Add"), std::bind_front(&ComparisonEditor::addOption, this)},
                            {tr("Remove"), std::bind_front(&ComparisonEditor::removeOption, this)},
                            {tr("Move Up"), std::bind_front(&ComparisonEditor::moveOption, this, -1)},
                            {tr("Move Down"), std::bind_front(&ComparisonEditor::moveOption, this, 1)},
                            {tr("Colour…"), std::bind_front(&ComparisonEditor::pickOptionColor, this)}}),
                   tr("Options"));

    auto criterionName = [](const Comparison &c, int row) {
        return c.criteria[row].name;
    };
    auto *criteria = new RecordModel(
        session, [](const Comparison &c) { return c.criterionCount(); }, criterionName, criterionColumns(),
        this);
    m_tabs->addTab(listTab(CriteriaTab, criteria,
                           {{tr("Add"), std::bind_front(&ComparisonEditor::addCriterion, this)},
                            {tr("Remove"), std::bind_front(&ComparisonEditor::removeCriterion, this)},
                            {tr("Move Up"), std::bind_front(&ComparisonEditor::moveCriterion, this, -1)},
                            {tr("Move Down"), std::bind_front(&ComparisonEditor::moveCriterion, this, 1)},
                            {tr("Value Function…"),
                             [this] {
                                 editValueFunction();
                             }}}),
                   tr("Criteria"));

    // The criteria tree: a criterion's category names its group, a group
    // names its parent; a category with no row here is a group at the top.
    auto groupName = [](const Comparison &c, int row) {
        return c.groups[row].name;
    };
    auto *groups = new RecordModel(
        session, [](const Comparison &c) { return int(c.groups.size()); }, groupName, groupColumns(), this);
    m_tabs->addTab(listTab(GroupsTab, groups,
                           {{tr("Add"), std::bind_front(&ComparisonEditor::addGroup, this)},
                            {tr("Remove"), std::bind_front(&ComparisonEditor::removeGroup, this)}}),
                   tr("Groups"));

    auto profileName = [](const Comparison &c, int row) {
        return c.profiles[row].name;
    };
    auto *profiles = new RecordModel(
        session, [](const Comparison &c) { return int(c.profiles.size()); }, profileName, profileColumns(),
        this);
    m_tabs->addTab(listTab(ProfilesTab, profiles,
                           {{tr("New from Current Weights"),
                             std::bind_front(&ComparisonEditor::newProfileFromWeights, this)},
                            {tr("Duplicate"), std::bind_front(&ComparisonEditor::duplicateProfile, this)},
                            {tr("Update with Current Weights"),
                             std::bind_front(&ComparisonEditor::updateProfileFromWeights, this)},
                            {tr("Remove"), std::bind_front(&ComparisonEditor::removeProfile, this)}}),
                   tr("Profiles"));

    auto sourceName = [](const Comparison &c, int row) {
        return c.sources[row].title;
    };
    auto *sources = new RecordModel(
        session, [](const Comparison &c) { return int(c.sources.size()); }, sourceName, sourceColumns(),
        this);
    m_tabs->addTab(listTab(SourcesTab, sources,
                           {{tr("Add"), std::bind_front(&ComparisonEditor::addSource, this)},
                            {tr("Remove"), std::bind_front(&ComparisonEditor::removeSource, this)}}),
                   tr("Sources"));

    auto taskName = [](const Comparison &c, int row) {
        return c.tasks[row].name;
    };
    auto *tasks = new RecordModel(
        session, [](const Comparison &c) { return int(c.tasks.size()); }, taskName, taskColumns(), this);
    m_tabs->addTab(listTab(TasksTab, tasks,
                           {{tr("Add"), std::bind_front(&ComparisonEditor::addTask, this)},
                            {tr("Remove"), std::bind_front(&ComparisonEditor::removeTask, this)},
                            {tr("Move Up"), std::bind_front(&ComparisonEditor::moveTask, this, -1)},
                            {tr("Move Down"), std::bind_front(&ComparisonEditor::moveTask, this, 1)}}),
                   tr("Tasks"));

    m_decision = new DecisionPage(session);
    connect(m_decision, &DecisionPage::message, this, &ComparisonEditor::message);
    // Scrolled rather than sized to fit: a tab widget is as tall as its
    // tallest page, and this form would make the whole dock taller.
    auto *decision = new QScrollArea;
    decision->setWidget(m_decision);
    decision->setWidgetResizable(true);
    decision->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(decision, tr("Decision"));

    for (RecordModel *model : std::as_const(m_models)) {
        if (model)
            connect(model, &RecordModel::refused, this, &ComparisonEditor::message);
    }
    connect(m_session, &Session::comparisonChanged, this, &ComparisonEditor::syncComparisonFields);
    connect(m_session, &Session::readOnlyChanged, this, &ComparisonEditor::syncComparisonFields);
    syncComparisonFields();
}

QWidget *ComparisonEditor::listTab(Tab tab, RecordModel *model,
                                   const QList<QPair<QString, std::function<void()>>> &buttons)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("editorTable%1").arg(int(tab)));
    table->setModel(model);
    table->setItemDelegate(new ChoiceDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->horizontalHeader()->setStretchLastSection(true);
    // One line per row: long descriptions show in full as tooltips and in
    // the editor, and several rows stay visible in a short dock.
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    layout->addWidget(table);
    // Columns fit their contents when the list changes, not on every edit.
    table->resizeColumnsToContents();
    connect(model, &QAbstractItemModel::modelReset, table, &QTableView::resizeColumnsToContents);
    // Buttons wrap onto a second row rather than clip long translations.
    auto *row = new FlowLayout;
    for (const auto &[text, action] : buttons) {
        auto *button = new QPushButton(text);
        connect(button, &QPushButton::clicked, this, action);
        row->addWidget(button);
    }
    layout->addLayout(row);
    m_tables[tab] = table;
    m_models[tab] = model;
    return page;
}

void ComparisonEditor::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ComparisonEditor::startNaming()
{
    showTab(ComparisonTab);
    m_name->setFocus();
    m_name->selectAll();
}

QTableView *ComparisonEditor::table(Tab tab) const
{
    return m_tables.value(tab);
}

RecordModel *ComparisonEditor::model(Tab tab) const
{
    return m_models.value(tab);
}

int ComparisonEditor::currentRow(Tab tab) const
{
    const QTableView *t = table(tab);
    return t && t->currentIndex().isValid() ? t->currentIndex().row() : -1;
}

void ComparisonEditor::select(Tab tab, int row)
{
    if (QTableView *t = table(tab); t && row >= 0 && row < t->model()->rowCount())
        t->setCurrentIndex(t->model()->index(row, 0));
}

void ComparisonEditor::syncComparisonFields()
{
    const Comparison &c = m_session->comparison();
    const bool editable = !m_session->isReadOnly() && !m_session->isEmpty();
    if (!m_name->hasFocus() || m_name->text() != c.name)
        m_name->setText(c.name);
    if (!m_description->hasFocus() || m_description->text() != c.description)
        m_description->setText(c.description);
    m_name->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    for (int tab = OptionsTab; tab <= TasksTab; ++tab)
        m_tabs->widget(tab)->setEnabled(editable);
}

void ComparisonEditor::commitName()
{
    const Comparison &c = m_session->comparison();
    const QString name = m_name->text().trimmed();
    if (m_session->isEmpty() || name == c.name)
        return;
    QStringList taken;
    for (const Comparison &each : m_session->comparisons())
        taken.append(each.name);
    const QString problem = core::edit::nameProblem(taken, m_session->comparisonIndex(), name);
    if (!problem.isEmpty()) {
        Q_EMIT message(problem);
        m_name->setText(c.name);
        return;
    }
    Comparison after = c;
    after.name = name;
    m_session->editComparison(after, tr("Rename the comparison to %1").arg(name));
}

void ComparisonEditor::commitDescription()
{
    const Comparison &c = m_session->comparison();
    if (m_session->isEmpty() || m_description->text() == c.description)
        return;
    Comparison after = c;
    after.description = m_description->text();
    m_session->editComparison(after, tr("Edit the description of %1").arg(c.name));
}

bool ComparisonEditor::editRow(Tab tab, bool needsRow, const RowChange &change)
{
    const int row = currentRow(tab);
    if (needsRow && row < 0)
        return false;
    Comparison c = m_session->comparison();
    const std::optional<RowEdit> edit = change(c, row);
    if (!edit || !m_session->editComparison(c, edit->text, edit->remap))
        return false;
    select(tab, edit->select);
    return true;
}

bool ComparisonEditor::addOption()
{
    return editRow(OptionsTab, false, [](Comparison &c, int row) -> std::optional<RowEdit> {
        const QString name = core::edit::uniqueName(core::edit::names(c.options), tr("New option"));
        const int at = core::edit::insertOption(c, row >= 0 ? row + 1 : -1, {name, {}, {}});
        return RowEdit{tr("Add the option %1").arg(name), {}, at};
    });
}

bool ComparisonEditor::removeOption()
{
    return editRow(OptionsTab, true, [this](Comparison &c, int row) -> std::optional<RowEdit> {
        if (c.optionCount() <= 1) {
            Q_EMIT message(tr("A comparison needs at least one option."));
            return std::nullopt;
        }
        const QString name = c.options[row].name;
        core::edit::removeOption(c, row);
        return RowEdit{tr("Remove the option %1").arg(name), {}, std::min(row, c.optionCount() - 1)};
    });
}

bool ComparisonEditor::moveOption(int step)
{
    return editRow(OptionsTab, true, [step](Comparison &c, int row) -> std::optional<RowEdit> {
        const int to = row + step;
        if (to < 0 || to >= c.optionCount())
            return std::nullopt;
        const QString name = c.options[row].name;
        core::edit::moveOption(c, row, to);
        return RowEdit{tr("Move the option %1").arg(name), {}, to};
    });
}

void ComparisonEditor::pickOptionColor()
{
    const int row = currentRow(OptionsTab);
    if (row < 0)
        return;
    const QColor initial = QColor::fromString(m_session->comparison().options[row].color);
    const QColor color =
        QColorDialog::getColor(initial.isValid() ? initial : QColor(Qt::gray), this,
                               tr("Colour of %1").arg(m_session->comparison().options[row].name));
    if (color.isValid())
        model(OptionsTab)
            ->setData(model(OptionsTab)->index(row, 2), color.name(QColor::HexRgb), Qt::EditRole);
}

bool ComparisonEditor::addCriterion()
{
    return editRow(CriteriaTab, false, [](Comparison &c, int row) -> std::optional<RowEdit> {
        core::Criterion k;
        k.name = core::edit::uniqueName(core::edit::names(c.criteria), tr("New criterion"));
        // A new criterion takes its neighbour's category and scale.
        if (!c.criteria.isEmpty()) {
            const core::Criterion &near = c.criteria[row >= 0 ? row : c.criterionCount() - 1];
            k.category = near.category;
            k.scaleMin = near.scaleMin;
            k.scaleMax = near.scaleMax;
        }
        const auto map = core::edit::insertCriterion(c, row >= 0 ? row + 1 : -1, k);
        return RowEdit{tr("Add the criterion %1").arg(k.name), {map, {}, {}}, int(map.indexOf(-1))};
    });
}

bool ComparisonEditor::removeCriterion()
{
    return editRow(CriteriaTab, true, [this](Comparison &c, int row) -> std::optional<RowEdit> {
        if (c.criterionCount() <= 1) {
            Q_EMIT message(tr("A comparison needs at least one criterion."));
            return std::nullopt;
        }
        const QString name = c.criteria[row].name;
        const auto map = core::edit::removeCriterion(c, row);
        return RowEdit{
            tr("Remove the criterion %1").arg(name), {map, {}, {}}, std::min(row, c.criterionCount() - 1)};
    });
}

bool ComparisonEditor::moveCriterion(int step)
{
    return editRow(CriteriaTab, true, [step](Comparison &c, int row) -> std::optional<RowEdit> {
        const int to = row + step;
        if (to < 0 || to >= c.criterionCount())
            return std::nullopt;
        const QString name = c.criteria[row].name;
        const auto map = core::edit::moveCriterion(c, row, to);
        return RowEdit{tr("Move the criterion %1").arg(name), {map, {}, {}}, to};
    });
}

ValueFunctionDialog *ComparisonEditor::editValueFunction()
{
    const int row = currentRow(CriteriaTab);
    if (row < 0) {
        Q_EMIT message(tr("Pick a criterion first."));
        return nullptr;
    }
    auto *dialog = new ValueFunctionDialog(m_session, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(820, 480);
    dialog->open();
    return dialog;
}

bool ComparisonEditor::addGroup()
{
    return editRow(GroupsTab, false, [](Comparison &c, int row) -> std::optional<RowEdit> {
        core::CriterionGroup g;
        // The first category without a row of its own, else a new name: a
        // one-level file's groups get their rows one by one.
        for (const QString &category : c.categories()) {
            if (!category.isEmpty() && !core::edit::names(c.groups).contains(category)) {
                g.name = category;
                break;
            }
        }
        if (g.name.isEmpty())
            g.name = core::edit::uniqueName(core::edit::names(c.groups) + c.categories(), tr("New group"));
        // A new group sits beside the one selected.
        if (row >= 0)
            g.parent = c.groups[row].parent;
        const int at = core::edit::insertGroup(c, row >= 0 ? row + 1 : -1, g);
        return RowEdit{tr("Add the group %1").arg(g.name), {}, at};
    });
}

bool ComparisonEditor::removeGroup()
{
    return editRow(GroupsTab, true, [](Comparison &c, int row) -> std::optional<RowEdit> {
        const QString name = c.groups[row].name;
        core::edit::removeGroup(c, row);
        return RowEdit{tr("Remove the group %1").arg(name), {}, std::min(row, int(c.groups.size()) - 1)};
    });
}

bool ComparisonEditor::newProfileFromWeights()
{
    const QVector<double> weights = m_session->weights();
    return editRow(ProfilesTab, false, [&weights](Comparison &c, int) -> std::optional<RowEdit> {
        core::Profile p;
        p.name = core::edit::uniqueName(core::edit::names(c.profiles), tr("My weights"));
        p.kind = core::ProfileKind::Custom;
        p.weights = weights;
        const int at = int(c.profiles.size());
        const auto map = core::edit::insertProfile(c, at, p);
        return RowEdit{tr("New profile %1").arg(p.name), {{}, map, at}, at};
    });
}

bool ComparisonEditor::duplicateProfile()
{
    return editRow(ProfilesTab, true, [](Comparison &c, int row) -> std::optional<RowEdit> {
        core::Profile p = c.profiles[row];
        const QString original = p.name;
        p.name = core::edit::uniqueName(core::edit::names(c.profiles),
                                        tr("%1 (copy)").arg(p.name).left(core::store::kMaxNameLength));
        const auto map = core::edit::insertProfile(c, row + 1, p);
        return RowEdit{tr("Duplicate the profile %1").arg(original), {{}, map, row + 1}, row + 1};
    });
}

bool ComparisonEditor::updateProfileFromWeights()
{
    const QVector<double> weights = m_session->weights();
    return editRow(ProfilesTab, true, [&weights](Comparison &c, int row) -> std::optional<RowEdit> {
        c.profiles[row].weights = weights;
        return RowEdit{tr("Store the current weights in %1").arg(c.profiles[row].name), {}, row};
    });
}

bool ComparisonEditor::removeProfile()
{
    return editRow(ProfilesTab, true, [](Comparison &c, int row) -> std::optional<RowEdit> {
        const QString name = c.profiles[row].name;
        const auto map = core::edit::removeProfile(c, row);
        return RowEdit{
            tr("Remove the profile %1").arg(name), {{}, map, {}}, std::min(row, int(c.profiles.size()) - 1)};
    });
}

bool ComparisonEditor::addSource()
{
    return editRow(SourcesTab, false, [](Comparison &c, int) -> std::optional<RowEdit> {
        const int at = core::edit::insertSource(c, -1, {tr("New source"), {}, {}, {}, {}, {}});
        return RowEdit{tr("Add a source"), {}, at};
    });
}

bool ComparisonEditor::removeSource()
{
    return editRow(SourcesTab, true, [](Comparison &c, int row) -> std::optional<RowEdit> {
        const QString title = c.sources[row].title;
        core::edit::removeSource(c, row);
        return RowEdit{tr("Remove the source %1").arg(title), {}, std::min(row, int(c.sources.size()) - 1)};
    });
}

bool ComparisonEditor::addTask()
{
    return editRow(TasksTab, false, [](Comparison &c, int row) -> std::optional<RowEdit> {
        core::Task t;
        t.name = core::edit::uniqueName(core::edit::names(c.tasks), tr("New task"));
        const int at = core::edit::insertTask(c, row >= 0 ? row + 1 : -1, t);
        return RowEdit{tr("Add the task %1").arg(t.name), {}, at};
    });
}

bool ComparisonEditor::removeTask()
{
    return editRow(TasksTab, true, [](Comparison &c, int row) -> std::optional<RowEdit> {
        const QString name = c.tasks[row].name;
        core::edit::removeTask(c, row);
        return RowEdit{tr("Remove the task %1").arg(name), {}, std::min(row, int(c.tasks.size()) - 1)};
    });
}

bool ComparisonEditor::moveTask(int step)
{
    return editRow(TasksTab, true, [step](Comparison &c, int row) -> std::optional<RowEdit> {
        const int to = row + step;
        if (to < 0 || to >= c.tasks.size())
            return std::nullopt;
        const QString name = c.tasks[row].name;
        core::edit::moveTask(c, row, to);
        return RowEdit{tr("Move the task %1").arg(name), {}, to};
    });
}

namespace {
const std::pair<ComparisonEditor::Tab, const char *> kTabs[] = {
    {ComparisonEditor::ComparisonTab, "comparison"}, {ComparisonEditor::OptionsTab, "options"},
    {ComparisonEditor::CriteriaTab, "criteria"},     {ComparisonEditor::GroupsTab, "groups"},
    {ComparisonEditor::ProfilesTab, "profiles"},     {ComparisonEditor::SourcesTab, "sources"},
    {ComparisonEditor::TasksTab, "tasks"},           {ComparisonEditor::DecisionTab, "decision"}};
} // namespace

std::optional<ComparisonEditor::Tab> ComparisonEditor::tabFromKey(const QString &key)
{
    return core::keyLookup(key, kTabs);
}

QStringList ComparisonEditor::tabKeys()
{
    return core::keyNames(kTabs);
}

} // namespace ui
