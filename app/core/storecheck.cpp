#include "core/jsonio.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <cmath>

namespace core::store {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

QStringList checkValues(const Comparison &c)
{
    QStringList problems;
    for (int i = 0; i < c.optionCount(); ++i) {
        for (int j = 0; j < c.criterionCount(); ++j) {
            const auto v = c.value(i, j);
            if (v && !std::isfinite(*v))
                problems.append(Tr::tr("comparison '%1': the score of '%2' on '%3' is not a finite number")
                                    .arg(c.name, c.options[i].name, c.criteria[j].name));
            else if (v && c.criteria[j].hasScale() &&
                     (*v < *c.criteria[j].scaleMin || *v > *c.criteria[j].scaleMax))
                problems.append(
                    Tr::tr("comparison '%1': the score of '%2' on '%3' is outside its scale %4 to %5")
                        .arg(c.name, c.options[i].name, c.criteria[j].name)
                        .arg(*c.criteria[j].scaleMin)
                        .arg(*c.criteria[j].scaleMax));
        }
    }
    for (int i = 0; i < c.optionCount(); ++i) {
        for (int j = 0; j < c.criterionCount(); ++j) {
            const Cell &cell = c.cell(i, j);
            if (!cell.low && !cell.high)
                continue;
            const QString where =
                Tr::tr("comparison '%1': the score of '%2' on '%3'")
                    .arg(c.name.left(kMaxNameLength), c.options[i].name.left(kMaxNameLength),
                         c.criteria[j].name.left(kMaxNameLength));
            if (!cell.low || !cell.high || !cell.value)
                problems.append(
                    Tr::tr("%1 has a range without a low, a most likely and a high value").arg(where));
            else if (!std::isfinite(*cell.low) || !std::isfinite(*cell.high))
                problems.append(Tr::tr("%1 has a range end that is not a finite number").arg(where));
            else if (!(*cell.low <= *cell.value && *cell.value <= *cell.high))
                problems.append(Tr::tr("%1 needs low <= most likely <= high (found %2, %3, %4)")
                                    .arg(where)
                                    .arg(*cell.low)
                                    .arg(*cell.value)
                                    .arg(*cell.high));
            else if (c.criteria[j].hasScale() &&
                     (*cell.low < *c.criteria[j].scaleMin || *cell.high > *c.criteria[j].scaleMax))
                problems.append(Tr::tr("%1 has a range outside its scale %2 to %3")
                                    .arg(where)
                                    .arg(*c.criteria[j].scaleMin)
                                    .arg(*c.criteria[j].scaleMax));
        }
    }
    for (const Criterion &k : c.criteria) {
        if (const QString problem = json::valueFunctionProblem(k.valueFunction); !problem.isEmpty())
            problems.append(Tr::tr("comparison '%1': criterion '%2': %3")
                                .arg(c.name.left(kMaxNameLength), k.name.left(kMaxNameLength), problem));
    }
    problems += checkTree(c);
    for (const Criterion &k : c.criteria) {
        if ((k.indifference && (!std::isfinite(*k.indifference) || *k.indifference < 0)) ||
            (k.preferenceThreshold &&
             (!std::isfinite(*k.preferenceThreshold) || *k.preferenceThreshold <= 0)) ||
            (k.indifference && k.preferenceThreshold && *k.indifference > *k.preferenceThreshold))
            problems.append(Tr::tr("comparison '%1': criterion '%2' has invalid preference thresholds (need "
                                   "0 <= q <= p, p > 0)")
                                .arg(c.name, k.name));
        if ((k.scaleMin && !std::isfinite(*k.scaleMin)) || (k.scaleMax && !std::isfinite(*k.scaleMax)))
            problems.append(
                Tr::tr("comparison '%1': criterion '%2' has a scale that is not finite").arg(c.name, k.name));
    }
    for (const Profile &p : c.profiles) {
        for (double w : p.weights) {
            if (!std::isfinite(w) || w < 0 || w > kMaxWeight) {
                problems.append(
                    Tr::tr("comparison '%1': profile '%2' has a weight that is negative, above %3 or "
                           "not a number")
                        .arg(c.name, p.name)
                        .arg(kMaxWeight));
                break;
            }
        }
    }
    const DecisionRecord &d = c.decision;
    const QString name = c.name.left(kMaxNameLength);
    if (!d.supersededBy.isEmpty() && d.status != DecisionStatus::Superseded)
        problems.append(Tr::tr("comparison '%1': it names a comparison that supersedes it but its status is "
                               "'%2', not 'superseded'")
                            .arg(name, decisionStatusKey(d.status)));
    if (!d.supersededBy.isEmpty() && d.supersededBy == c.name)
        problems.append(Tr::tr("comparison '%1': it cannot be superseded by itself").arg(name));
    if (!d.decided.isNull() && !d.decided.isValid())
        problems.append(Tr::tr("comparison '%1': its decision date is not a valid date").arg(name));
    problems += checkTexts(c);
    return problems;
}

QStringList checkTree(const Comparison &c)
{
    QStringList problems;
    const QString name = c.name.left(kMaxNameLength);
    QHash<QString, QString> parentOf;
    for (const CriterionGroup &g : c.groups) {
        if (g.name.trimmed().isEmpty()) {
            problems.append(Tr::tr("comparison '%1': a criteria group has no name").arg(name));
            continue;
        }
        if (parentOf.contains(g.name))
            problems.append(Tr::tr("comparison '%1': criteria group '%2' appears twice")
                                .arg(name, g.name.left(kMaxNameLength)));
        parentOf.insert(g.name, g.parent);
    }
    // Every group's way up must reach the top within kMaxTreeDepth levels;
    // a loop never does.
    for (const CriterionGroup &g : c.groups) {
        QString at = g.name;
        int depth = 0;
        while (!at.isEmpty() && depth < kMaxTreeDepth) {
            at = parentOf.value(at);
            ++depth;
        }
        if (!at.isEmpty()) {
            QString walk = g.name;
            bool loop = false;
            for (int n = 0; n <= int(parentOf.size()) && !walk.isEmpty(); ++n) {
                walk = parentOf.value(walk);
                if (walk == g.name) {
                    loop = true;
                    break;
                }
            }
            problems.append(loop ? Tr::tr("comparison '%1': criteria group '%2' is inside itself")
                                       .arg(name, g.name.left(kMaxNameLength))
                                 : Tr::tr("comparison '%1': criteria group '%2' is more than %3 levels deep")
                                       .arg(name, g.name.left(kMaxNameLength))
                                       .arg(kMaxTreeDepth));
            break; // one line: the rest of the loop would say the same
        }
    }
    // A criterion's category one level above its deepest group.
    for (const Criterion &k : c.criteria) {
        int depth = 0;
        for (QString at = k.category; !at.isEmpty() && depth <= kMaxTreeDepth; at = parentOf.value(at))
            ++depth;
        if (depth > kMaxTreeDepth) {
            problems.append(Tr::tr("comparison '%1': criterion '%2' is more than %3 levels deep")
                                .arg(name, k.name.left(kMaxNameLength))
                                .arg(kMaxTreeDepth));
            break;
        }
    }
    return problems;
}

QStringList checkTexts(const Comparison &c)
{
    QStringList problems;
    auto text = [&](const QString &what, const QString &value, qsizetype limit) {
        if (value.size() > limit)
            problems.append(Tr::tr("comparison '%1': %2 is longer than %3 characters")
                                .arg(c.name.left(kMaxNameLength), what)
                                .arg(limit));
    };
    // Names: not empty, not too long, unique in their list.
    auto names = [&](const QString &kind, const QStringList &list) {
        QSet<QString> seen;
        for (const QString &name : list) {
            if (name.trimmed().isEmpty())
                problems.append(
                    Tr::tr("comparison '%1': a %2 has no name").arg(c.name.left(kMaxNameLength), kind));
            text(Tr::tr("the name of a %1").arg(kind), name, kMaxNameLength);
            if (seen.contains(name))
                problems.append(Tr::tr("comparison '%1': two %2s are named '%3'")
                                    .arg(c.name.left(kMaxNameLength), kind, name.left(kMaxNameLength)));
            seen.insert(name);
        }
    };
    QStringList list;
    if (c.name.trimmed().isEmpty())
        problems.append(Tr::tr("a comparison has no name"));
    text(Tr::tr("its name"), c.name, kMaxNameLength);
    text(Tr::tr("its description"), c.description, kMaxTextLength);
    for (const Option &o : c.options) {
        list.append(o.name);
        text(Tr::tr("the description of '%1'").arg(o.name.left(kMaxNameLength)), o.description,
             kMaxTextLength);
        text(Tr::tr("the colour of '%1'").arg(o.name.left(kMaxNameLength)), o.color, 32);
    }
    names(Tr::tr("option"), list);
    list.clear();
    for (const Criterion &k : c.criteria) {
        list.append(k.name);
        const QString name = k.name.left(kMaxNameLength);
        text(Tr::tr("the category of '%1'").arg(name), k.category, kMaxNameLength);
        text(Tr::tr("the unit of '%1'").arg(name), k.unit, kMaxNameLength);
        text(Tr::tr("the description of '%1'").arg(name), k.description, kMaxTextLength);
    }
    names(Tr::tr("criterion"), list);
    list.clear();
    for (const Profile &p : c.profiles) {
        list.append(p.name);
        text(Tr::tr("the description of '%1'").arg(p.name.left(kMaxNameLength)), p.description,
             kMaxTextLength);
    }
    names(Tr::tr("profile"), list);
    list.clear();
    for (const Task &t : c.tasks) {
        list.append(t.name);
        text(Tr::tr("the description of '%1'").arg(t.name.left(kMaxNameLength)), t.description,
             kMaxTextLength);
        for (const CodeExample &e : t.examples) {
            text(Tr::tr("a language name in '%1'").arg(t.name.left(kMaxNameLength)), e.language,
                 kMaxLanguageLength);
            text(Tr::tr("an example in '%1'").arg(t.name.left(kMaxNameLength)), e.code, kMaxTextLength);
            text(Tr::tr("a note in '%1'").arg(t.name.left(kMaxNameLength)), e.note, kMaxTextLength);
        }
    }
    names(Tr::tr("task"), list);
    for (const Source &s : c.sources) {
        for (const QString *field : {&s.title, &s.publisher, &s.author, &s.published, &s.url, &s.note})
            text(Tr::tr("a field of the source '%1'").arg(s.title.left(kMaxNameLength)), *field,
                 kMaxTextLength);
    }
    for (const Snapshot &sn : c.snapshots) {
        if (sn.name.trimmed().isEmpty())
            problems.append(
                Tr::tr("comparison '%1': a snapshot has no name").arg(c.name.left(kMaxNameLength)));
        text(Tr::tr("the name of a snapshot"), sn.name, kMaxNameLength);
        text(Tr::tr("the verdict of a snapshot"), sn.verdict, kMaxTextLength);
    }
    text(Tr::tr("the comparison that supersedes it"), c.decision.supersededBy, kMaxNameLength);
    const std::pair<QString, const QStringList *> people[] = {
        {Tr::tr("decider"), &c.decision.deciders},
        {Tr::tr("consulted person"), &c.decision.consulted},
        {Tr::tr("informed person"), &c.decision.informed}};
    for (const auto &[role, named] : people) {
        if (named->size() > kMaxPeople)
            problems.append(Tr::tr("comparison '%1': more than %2 people in one list of its decision record")
                                .arg(c.name.left(kMaxNameLength))
                                .arg(kMaxPeople));
        else
            names(role, *named);
    }
    for (const Cell &cell : c.cells) {
        text(Tr::tr("a rationale"), cell.rationale, kMaxTextLength);
        for (const Evidence &e : cell.evidence) {
            text(Tr::tr("a claim"), e.claim, kMaxTextLength);
            text(Tr::tr("a correction"), e.correction, kMaxTextLength);
        }
    }
    return problems;
}

} // namespace core::store
