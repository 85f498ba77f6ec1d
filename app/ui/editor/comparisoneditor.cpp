#include "comparisoneditor.h"

#include "editing.h"
#include "flowlayout.h"
#include "recordmodel.h"
#include "session.h"
#include "store.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

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

template<typename T>
int sizeOf(const QVector<T> &list)
{
    return int(list.size());
}
} // namespace

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
        session, [](const Comparison &c) { return c.optionCount(); }, optionName,
        {nameColumn(tr("Name"), &Comparison::options),
         textColumn(tr("Description"), &Comparison::options, &core::Option::description),
         {tr("Colour"),
          [](const Comparison &c, int row) { return QVariant(c.options[row].color); },
          [](Comparison &c, int row, const QVariant &value) {
              const QString text = value.toString().trimmed();
              const QColor color = QColor::fromString(text);
              if (!text.isEmpty() && !color.isValid())
                  return tr("'%1' is not a colour; use #rrggbb.").arg(text.left(40));
              c.options[row].color = text.isEmpty() ? QString() : color.name(QColor::HexRgb);
              return QString();
          },
          {},
          true}},
        this);
    m_tabs->addTab(listTab(OptionsTab, options,
                           {{tr("Add"),
                             [this] {
                                 addOption();
                             }},
                            {tr("Remove"),
                             [this] {
                                 removeOption();
                             }},
                            {tr("Move Up"),
                             [this] {
                                 moveOption(-1);
                             }},
                            {tr("Move Down"),
                             [this] {
                                 moveOption(1);
                             }},
                            {tr("Colour…"),
                             [this] {
                                 pickOptionColor();
                             }}}),
                   tr("Options"));

    auto criterionName = [](const Comparison &c, int row) {
        return c.criteria[row].name;
    };
    auto *criteria = new RecordModel(
        session, [](const Comparison &c) { return c.criterionCount(); }, criterionName,
        {nameColumn(tr("Name"), &Comparison::criteria),
         textColumn(tr("Category"), &Comparison::criteria, &core::Criterion::category),
         {tr("Direction"),
          [](const Comparison &c, int row) { return QVariant(int(c.criteria[row].direction)); },
          [](Comparison &c, int row, const QVariant &value) {
              c.criteria[row].direction =
                  value.toInt() == 1 ? core::Direction::Cost : core::Direction::Benefit;
              return QString();
          },
          {tr("Higher is better"), tr("Lower is better")},
          false},
         textColumn(tr("Unit"), &Comparison::criteria, &core::Criterion::unit),
         numberColumn(tr("Lowest score"), &core::Criterion::scaleMin),
         numberColumn(tr("Highest score"), &core::Criterion::scaleMax),
         textColumn(tr("Description"), &Comparison::criteria, &core::Criterion::description)},
        this);
    m_tabs->addTab(listTab(CriteriaTab, criteria,
                           {{tr("Add"),
                             [this] {
                                 addCriterion();
                             }},
                            {tr("Remove"),
                             [this] {
                                 removeCriterion();
                             }},
                            {tr("Move Up"),
                             [this] {
                                 moveCriterion(-1);
                             }},
                            {tr("Move Down"),
                             [this] {
                                 moveCriterion(1);
                             }}}),
                   tr("Criteria"));

    auto profileName = [](const Comparison &c, int row) {
        return c.profiles[row].name;
    };
    auto *profiles = new RecordModel(
        session, [](const Comparison &c) { return sizeOf(c.profiles); }, profileName,
        {nameColumn(tr("Name"), &Comparison::profiles),
         {tr("Kind"),
          [](const Comparison &c, int row) { return QVariant(int(c.profiles[row].kind)); },
          [](Comparison &c, int row, const QVariant &value) {
              c.profiles[row].kind = core::ProfileKind(std::clamp(value.toInt(), 0, 2));
              return QString();
          },
          {tr("Scenario"), tr("Stakeholder"), tr("Custom")},
          false},
         textColumn(tr("Description"), &Comparison::profiles, &core::Profile::description)},
        this);
    m_tabs->addTab(listTab(ProfilesTab, profiles,
                           {{tr("New from Current Weights"),
                             [this] {
                                 newProfileFromWeights();
                             }},
                            {tr("Duplicate"),
                             [this] {
                                 duplicateProfile();
                             }},
                            {tr("Update with Current Weights"),
                             [this] {
                                 updateProfileFromWeights();
                             }},
                            {tr("Remove"),
                             [this] {
                                 removeProfile();
                             }}}),
                   tr("Profiles"));

    auto sourceName = [](const Comparison &c, int row) {
        return c.sources[row].title;
    };
    auto *sources = new RecordModel(
        session, [](const Comparison &c) { return sizeOf(c.sources); }, sourceName,
        {{tr("Title"),
          [](const Comparison &c, int row) { return QVariant(c.sources[row].title); },
          [](Comparison &c, int row, const QVariant &value) {
              const QString title = value.toString().trimmed();
              if (title.isEmpty())
                  return tr("A source needs a title.");
              if (title.size() > core::store::kMaxTextLength)
                  return tr("The text is longer than %1 characters.").arg(core::store::kMaxTextLength);
              c.sources[row].title = title;
              return QString();
          },
          {},
          false},
         textColumn(tr("Publisher"), &Comparison::sources, &core::Source::publisher),
         textColumn(tr("Author"), &Comparison::sources, &core::Source::author),
         textColumn(tr("Published"), &Comparison::sources, &core::Source::published),
         textColumn(tr("Address"), &Comparison::sources, &core::Source::url),
         textColumn(tr("Note"), &Comparison::sources, &core::Source::note)},
        this);
    m_tabs->addTab(listTab(SourcesTab, sources,
                           {{tr("Add"),
                             [this] {
                                 addSource();
                             }},
                            {tr("Remove"),
                             [this] {
                                 removeSource();
                             }}}),
                   tr("Sources"));

    auto taskName = [](const Comparison &c, int row) {
        return c.tasks[row].name;
    };
    auto *tasks = new RecordModel(
        session, [](const Comparison &c) { return sizeOf(c.tasks); }, taskName,
        {nameColumn(tr("Name"), &Comparison::tasks),
         textColumn(tr("Description"), &Comparison::tasks, &core::Task::description)},
        this);
    m_tabs->addTab(listTab(TasksTab, tasks,
                           {{tr("Add"),
                             [this] {
                                 addTask();
                             }},
                            {tr("Remove"),
                             [this] {
                                 removeTask();
                             }},
                            {tr("Move Up"),
                             [this] {
                                 moveTask(-1);
                             }},
                            {tr("Move Down"),
                             [this] {
                                 moveTask(1);
                             }}}),
                   tr("Tasks"));

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

bool ComparisonEditor::addOption()
{
    Comparison c = m_session->comparison();
    const int at = currentRow(OptionsTab) + 1;
    const QString name = core::edit::uniqueName(core::edit::names(c.options), tr("New option"));
    const int row = core::edit::insertOption(c, at > 0 ? at : -1, {name, {}, {}});
    if (!m_session->editComparison(c, tr("Add the option %1").arg(name)))
        return false;
    select(OptionsTab, row);
    return true;
}

bool ComparisonEditor::removeOption()
{
    Comparison c = m_session->comparison();
    const int row = currentRow(OptionsTab);
    if (row < 0)
        return false;
    if (c.optionCount() <= 1) {
        Q_EMIT message(tr("A comparison needs at least one option."));
        return false;
    }
    const QString name = c.options[row].name;
    core::edit::removeOption(c, row);
    if (!m_session->editComparison(c, tr("Remove the option %1").arg(name)))
        return false;
    select(OptionsTab, std::min(row, c.optionCount() - 1));
    return true;
}

bool ComparisonEditor::moveOption(int step)
{
    Comparison c = m_session->comparison();
    const int row = currentRow(OptionsTab);
    const int to = row + step;
    if (row < 0 || to < 0 || to >= c.optionCount())
        return false;
    const QString name = c.options[row].name;
    core::edit::moveOption(c, row, to);
    if (!m_session->editComparison(c, tr("Move the option %1").arg(name)))
        return false;
    select(OptionsTab, to);
    return true;
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
    Comparison c = m_session->comparison();
    const int at = currentRow(CriteriaTab) + 1;
    core::Criterion k;
    k.name = core::edit::uniqueName(core::edit::names(c.criteria), tr("New criterion"));
    // New criteria use the scale most of the others use.
    if (!c.criteria.isEmpty()) {
        k.category = c.criteria.last().category;
        k.scaleMin = c.criteria.last().scaleMin;
        k.scaleMax = c.criteria.last().scaleMax;
    }
    const auto map = core::edit::insertCriterion(c, at > 0 ? at : -1, k);
    if (!m_session->editComparison(c, tr("Add the criterion %1").arg(k.name), {map, {}, {}}))
        return false;
    select(CriteriaTab, int(map.indexOf(-1)));
    return true;
}

bool ComparisonEditor::removeCriterion()
{
    Comparison c = m_session->comparison();
    const int row = currentRow(CriteriaTab);
    if (row < 0)
        return false;
    if (c.criterionCount() <= 1) {
        Q_EMIT message(tr("A comparison needs at least one criterion."));
        return false;
    }
    const QString name = c.criteria[row].name;
    const auto map = core::edit::removeCriterion(c, row);
    if (!m_session->editComparison(c, tr("Remove the criterion %1").arg(name), {map, {}, {}}))
        return false;
    select(CriteriaTab, std::min(row, c.criterionCount() - 1));
    return true;
}

bool ComparisonEditor::moveCriterion(int step)
{
    Comparison c = m_session->comparison();
    const int row = currentRow(CriteriaTab);
    const int to = row + step;
    if (row < 0 || to < 0 || to >= c.criterionCount())
        return false;
    const QString name = c.criteria[row].name;
    const auto map = core::edit::moveCriterion(c, row, to);
    if (!m_session->editComparison(c, tr("Move the criterion %1").arg(name), {map, {}, {}}))
        return false;
    select(CriteriaTab, to);
    return true;
}

bool ComparisonEditor::newProfileFromWeights()
{
    Comparison c = m_session->comparison();
    core::Profile p;
    p.name = core::edit::uniqueName(core::edit::names(c.profiles), tr("My weights"));
    p.kind = core::ProfileKind::Custom;
    p.weights = m_session->weights();
    const int at = int(c.profiles.size());
    const auto map = core::edit::insertProfile(c, at, p);
    if (!m_session->editComparison(c, tr("New profile %1").arg(p.name), {{}, map, at}))
        return false;
    select(ProfilesTab, at);
    return true;
}

bool ComparisonEditor::duplicateProfile()
{
    Comparison c = m_session->comparison();
    const int row = currentRow(ProfilesTab);
    if (row < 0)
        return false;
    core::Profile p = c.profiles[row];
    p.name = core::edit::uniqueName(core::edit::names(c.profiles), tr("%1 (copy)").arg(p.name));
    const auto map = core::edit::insertProfile(c, row + 1, p);
    if (!m_session->editComparison(c, tr("Duplicate the profile %1").arg(c.profiles[row].name),
                                   {{}, map, row + 1}))
        return false;
    select(ProfilesTab, row + 1);
    return true;
}

bool ComparisonEditor::updateProfileFromWeights()
{
    Comparison c = m_session->comparison();
    const int row = currentRow(ProfilesTab);
    if (row < 0)
        return false;
    c.profiles[row].weights = m_session->weights();
    return m_session->editComparison(c, tr("Store the current weights in %1").arg(c.profiles[row].name));
}

bool ComparisonEditor::removeProfile()
{
    Comparison c = m_session->comparison();
    const int row = currentRow(ProfilesTab);
    if (row < 0)
        return false;
    const QString name = c.profiles[row].name;
    const auto map = core::edit::removeProfile(c, row);
    if (!m_session->editComparison(c, tr("Remove the profile %1").arg(name), {{}, map, {}}))
        return false;
    select(ProfilesTab, std::min(row, int(c.profiles.size()) - 1));
    return true;
}

bool ComparisonEditor::addSource()
{
    Comparison c = m_session->comparison();
    const int row = core::edit::insertSource(c, -1, {tr("New source"), {}, {}, {}, {}, {}});
    if (!m_session->editComparison(c, tr("Add a source")))
        return false;
    select(SourcesTab, row);
    return true;
}

bool ComparisonEditor::removeSource()
{
    Comparison c = m_session->comparison();
    const int row = currentRow(SourcesTab);
    if (row < 0)
        return false;
    const QString title = c.sources[row].title;
    core::edit::removeSource(c, row);
    if (!m_session->editComparison(c, tr("Remove the source %1").arg(title)))
        return false;
    select(SourcesTab, std::min(row, int(c.sources.size()) - 1));
    return true;
}

bool ComparisonEditor::addTask()
{
    Comparison c = m_session->comparison();
    core::Task t;
    t.name = core::edit::uniqueName(core::edit::names(c.tasks), tr("New task"));
    const int at = currentRow(TasksTab) + 1;
    const int row = core::edit::insertTask(c, at > 0 ? at : -1, t);
    if (!m_session->editComparison(c, tr("Add the task %1").arg(t.name)))
        return false;
    select(TasksTab, row);
    return true;
}

bool ComparisonEditor::removeTask()
{
    Comparison c = m_session->comparison();
    const int row = currentRow(TasksTab);
    if (row < 0)
        return false;
    const QString name = c.tasks[row].name;
    core::edit::removeTask(c, row);
    if (!m_session->editComparison(c, tr("Remove the task %1").arg(name)))
        return false;
    select(TasksTab, std::min(row, int(c.tasks.size()) - 1));
    return true;
}

bool ComparisonEditor::moveTask(int step)
{
    Comparison c = m_session->comparison();
    const int row = currentRow(TasksTab);
    const int to = row + step;
    if (row < 0 || to < 0 || to >= c.tasks.size())
        return false;
    const QString name = c.tasks[row].name;
    core::edit::moveTask(c, row, to);
    if (!m_session->editComparison(c, tr("Move the task %1").arg(name)))
        return false;
    select(TasksTab, to);
    return true;
}

} // namespace ui
