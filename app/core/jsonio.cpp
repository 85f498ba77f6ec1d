#include "core/jsonio.h"

#include "core/fileinput.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <cmath>
#include <functional>

// Reading: every field checked, errors on one line.
namespace core::json {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

struct Reader
{
    QString error;

    QString text(const QJsonObject &o, const char *key, int limit, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required && error.isEmpty())
                error = Tr::tr("'%1' is missing").arg(QLatin1String(key));
            return {};
        }
        if (!v.isString()) {
            if (error.isEmpty())
                error = Tr::tr("'%1' must be text").arg(QLatin1String(key));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > limit && error.isEmpty())
            error = Tr::tr("'%1' is longer than %2 characters").arg(QLatin1String(key)).arg(limit);
        if (required && s.trimmed().isEmpty() && error.isEmpty())
            error = Tr::tr("'%1' is empty").arg(QLatin1String(key));
        return s;
    }
    std::optional<double> number(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            if (error.isEmpty())
                error = Tr::tr("'%1' must be a finite number").arg(QLatin1String(key));
            return std::nullopt;
        }
        return v.toDouble();
    }
    QJsonArray array(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray() && error.isEmpty())
            error = Tr::tr("'%1' must be a list").arg(QLatin1String(key));
        return v.toArray();
    }
    template<typename E>
    E key(const QJsonObject &o, const char *name, std::optional<E> (*parse)(const QString &), E fallback)
    {
        const QString s = text(o, name, 40);
        if (s.isEmpty())
            return fallback;
        const auto v = parse(s);
        if (!v && error.isEmpty())
            error = Tr::tr("'%1' has an unknown value '%2'").arg(QLatin1String(name), s.left(40));
        return v.value_or(fallback);
    }
};
} // namespace

Expected<Comparison> fromJson(const QJsonObject &json)
{
    Reader r;
    Comparison c;
    c.name = r.text(json, "name", store::kMaxNameLength, true);
    c.description = r.text(json, "description", store::kMaxTextLength);
    for (const QJsonValue &v : r.array(json, "sources")) {
        const QJsonObject o = v.toObject();
        c.sources.append(
            {r.text(o, "title", store::kMaxTextLength), r.text(o, "publisher", store::kMaxTextLength),
             r.text(o, "author", store::kMaxTextLength), r.text(o, "published", store::kMaxTextLength),
             r.text(o, "url", store::kMaxTextLength), r.text(o, "note", store::kMaxTextLength)});
    }
    QSet<QString> optionNames;
    for (const QJsonValue &v : r.array(json, "options")) {
        const QJsonObject o = v.toObject();
        Option option{r.text(o, "name", store::kMaxNameLength, true),
                      r.text(o, "description", store::kMaxTextLength), r.text(o, "color", 32)};
        if (r.error.isEmpty() && optionNames.contains(option.name))
            r.error = Tr::tr("option '%1' appears twice").arg(option.name.left(60));
        optionNames.insert(option.name);
        c.options.append(option);
    }
    for (const QJsonValue &v : r.array(json, "criteria")) {
        const QJsonObject o = v.toObject();
        Criterion k;
        k.name = r.text(o, "name", store::kMaxNameLength, true);
        k.category = r.text(o, "category", store::kMaxNameLength);
        k.direction = r.key<Direction>(o, "direction", &directionFromKey, Direction::Benefit);
        k.description = r.text(o, "description", store::kMaxTextLength);
        k.unit = r.text(o, "unit", store::kMaxNameLength);
        k.scaleMin = r.number(o, "scale_min");
        k.scaleMax = r.number(o, "scale_max");
        k.userScored = o.value(QLatin1String("user_scored")).toBool();
        k.preference = r.key<Preference>(o, "preference", &preferenceFromKey, Preference::Usual);
        k.indifference = r.number(o, "indifference");
        k.preferenceThreshold = r.number(o, "preference_threshold");
        if (const QJsonValue f = o.value(QLatin1String("value_function"));
            r.error.isEmpty() && !f.isUndefined()) {
            auto function = valueFunctionFromJson(f);
            if (function)
                k.valueFunction = *function;
            else
                r.error = Tr::tr("criterion '%1': %2").arg(k.name.left(60), function.error());
        }
        if (r.error.isEmpty() && c.criterionIndex(k.name) >= 0 &&
            c.criteria[c.criterionIndex(k.name)].name == k.name)
            r.error = Tr::tr("criterion '%1' appears twice").arg(k.name.left(60));
        c.criteria.append(k);
    }
    for (const QJsonValue &v : r.array(json, "groups")) {
        const QJsonObject o = v.toObject();
        CriterionGroup g;
        g.name = r.text(o, "name", store::kMaxNameLength, true);
        g.parent = r.text(o, "parent", store::kMaxNameLength);
        g.description = r.text(o, "description", store::kMaxTextLength);
        c.groups.append(g);
        if (c.groups.size() > store::kMaxCriteria)
            return Error{Tr::tr("too many criteria groups")};
    }
    if (!r.error.isEmpty())
        return Error{r.error};
    if (c.options.size() > store::kMaxOptions || c.criteria.size() > store::kMaxCriteria)
        return Error{Tr::tr("too many options or criteria")};
    c.resizeCells();
    // Names to positions once: a score's lookup by a scan made reading
    // 600,000 scores quadratic.
    auto indexOfNames = [](const auto &items) {
        QHash<QString, int> index;
        index.reserve(items.size());
        for (int i = 0; i < int(items.size()); ++i)
            index.insert(items[i].name, i);
        return index;
    };
    const QHash<QString, int> optionIndex = indexOfNames(c.options);
    const QHash<QString, int> criterionIndex = indexOfNames(c.criteria);
    // The large report's layout: every value in "score_matrix" (a list per
    // option, in criterion order; null when missing), "scores" holding only
    // the scores with a rationale or evidence.
    const QJsonArray matrix = r.array(json, "score_matrix");
    if (!matrix.isEmpty() && matrix.size() != c.options.size())
        return Error{Tr::tr("'score_matrix' must have one row per option")};
    for (int i = 0; i < int(matrix.size()); ++i) {
        const QJsonArray row = matrix[i].toArray();
        if (!matrix[i].isArray() || row.size() != c.criteria.size())
            return Error{Tr::tr("'score_matrix' must have one value per criterion in every row")};
        for (int j = 0; j < int(row.size()); ++j) {
            if (row[j].isNull())
                continue;
            if (!row[j].isDouble() || !std::isfinite(row[j].toDouble()))
                return Error{Tr::tr("'%1' must be a finite number").arg(QStringLiteral("score_matrix"))};
            c.cell(i, j).value = row[j].toDouble();
        }
    }
    for (const QJsonValue &v : r.array(json, "scores")) {
        const QJsonObject o = v.toObject();
        const int option = optionIndex.value(r.text(o, "option", store::kMaxNameLength), -1);
        const int criterion = criterionIndex.value(r.text(o, "criterion", store::kMaxNameLength), -1);
        if (option < 0 || criterion < 0)
            return Error{r.error.isEmpty() ? Tr::tr("a score names an unknown option or criterion")
                                           : r.error};
        Cell &cell = c.cell(option, criterion);
        cell.value = r.number(o, "value");
        cell.low = r.number(o, "low");
        cell.high = r.number(o, "high");
        cell.rationale = r.text(o, "rationale", store::kMaxTextLength);
        for (const QJsonValue &ev : r.array(o, "evidence")) {
            const QJsonObject e = ev.toObject();
            Evidence item;
            item.claim = r.text(e, "claim", store::kMaxTextLength);
            item.source = e.value(QLatin1String("source_index")).toInt(-1);
            if (item.source >= c.sources.size() || item.source < -1)
                return Error{Tr::tr("a claim cites source %1, which does not exist").arg(item.source)};
            item.stance = r.key<Stance>(e, "stance", &stanceFromKey, Stance::Supports);
            item.disputed = e.value(QLatin1String("disputed")).toBool();
            item.correction = r.text(e, "correction", store::kMaxTextLength);
            cell.evidence.append(item);
        }
    }
    for (const QJsonValue &v : r.array(json, "profiles")) {
        const QJsonObject o = v.toObject();
        Profile p;
        p.name = r.text(o, "name", store::kMaxNameLength, true);
        p.kind = r.key<ProfileKind>(o, "kind", &profileKindFromKey, ProfileKind::Custom);
        p.description = r.text(o, "description", store::kMaxTextLength);
        p.source = o.value(QLatin1String("source_index")).toInt(-1);
        if (p.source >= c.sources.size() || p.source < -1)
            return Error{Tr::tr("profile '%1' cites a source that does not exist").arg(p.name.left(60))};
        p.weights = QVector<double>(c.criterionCount(), 0.0);
        const QJsonObject weights = o.value(QLatin1String("weights")).toObject();
        for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
            const int j = criterionIndex.value(it.key(), -1);
            if (j < 0)
                return Error{Tr::tr("profile '%1' weighs an unknown criterion '%2'")
                                 .arg(p.name.left(60), it.key().left(60))};
            const double w = it.value().toDouble(-1.0);
            if (!it.value().isDouble() || !std::isfinite(w) || w < 0)
                return Error{Tr::tr("profile '%1' has an invalid weight for '%2'")
                                 .arg(p.name.left(60), it.key().left(60))};
            p.weights[j] = w;
        }
        c.profiles.append(p);
    }
    for (const QJsonValue &v : r.array(json, "tasks")) {
        const QJsonObject o = v.toObject();
        Task t;
        t.name = r.text(o, "name", store::kMaxNameLength, true);
        t.description = r.text(o, "description", store::kMaxTextLength);
        for (const QJsonValue &ev : r.array(o, "examples")) {
            const QJsonObject e = ev.toObject();
            const int option = optionIndex.value(r.text(e, "option", store::kMaxNameLength), -1);
            if (option < 0)
                return Error{Tr::tr("task '%1' has an example for an unknown option").arg(t.name.left(60))};
            t.examples.append({option, r.text(e, "language", 40), r.text(e, "code", store::kMaxTextLength),
                               r.text(e, "note", store::kMaxTextLength)});
        }
        c.tasks.append(t);
    }
    for (const QJsonValue &v : r.array(json, "snapshots")) {
        auto snapshot = snapshotFromJson(v.toObject());
        if (!snapshot)
            return Error{snapshot.error()};
        c.snapshots.append(*snapshot);
    }
    if (const QJsonValue d = json.value(QLatin1String("decision")); !d.isUndefined() && !d.isNull()) {
        if (!d.isObject())
            return Error{Tr::tr("'decision' must be an object")};
        auto decision = decisionFromJson(d.toObject());
        if (!decision)
            return Error{decision.error()};
        c.decision = *decision;
    }
    if (!r.error.isEmpty())
        return Error{r.error};
    for (const QString &problem : store::checkValues(c))
        return Error{problem};
    return c;
}

Expected<ValueFunction> valueFunctionFromJson(const QJsonValue &json)
{
    ValueFunction f;
    if (json.isNull() || json.isUndefined())
        return f;
    if (!json.isObject())
        return Error{Tr::tr("'value_function' must be an object")};
    const QJsonObject o = json.toObject();
    const QString shape = o.value(QLatin1String("shape")).toString();
    const auto key = valueShapeFromKey(shape);
    if (!key)
        return Error{Tr::tr("'value_function' has an unknown shape '%1' (expected linear, piecewise or step)")
                         .arg(shape.left(40))};
    f.shape = *key;
    const QJsonValue points = o.value(QLatin1String("points"));
    if (!points.isUndefined() && !points.isNull() && !points.isArray())
        return Error{Tr::tr("'value_function' points must be a list of [x, y] pairs")};
    const QJsonArray list = points.toArray();
    if (list.size() > kMaxValuePoints)
        return Error{Tr::tr("'value_function' has more than %1 points").arg(kMaxValuePoints)};
    for (const QJsonValue &v : list) {
        const QJsonArray pair = v.toArray();
        if (!v.isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return Error{Tr::tr("'value_function' points must be a list of [x, y] pairs")};
        f.points.append({pair[0].toDouble(), pair[1].toDouble()});
    }
    if (const QString problem = valueFunctionProblem(f); !problem.isEmpty())
        return Error{problem};
    return f;
}

Expected<ValueFunction> valueFunctionFromText(const QString &text)
{
    if (text.isEmpty())
        return ValueFunction{};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Tr::tr("its value function is not valid JSON")};
    return valueFunctionFromJson(doc.object());
}

QString valueFunctionProblem(const ValueFunction &f)
{
    if (f.shape == ValueShape::Linear)
        return f.points.isEmpty() ? QString() : Tr::tr("a linear value function takes no points");
    const int least = f.shape == ValueShape::Piecewise ? 2 : 1;
    if (f.points.size() < least || f.points.size() > kMaxValuePoints)
        return f.shape == ValueShape::Piecewise
                   ? Tr::tr("a piecewise value function needs 2 to %1 points").arg(kMaxValuePoints)
                   : Tr::tr("a step value function needs 1 to %1 points").arg(kMaxValuePoints);
    for (int i = 0; i < f.points.size(); ++i) {
        const ValuePoint &p = f.points[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return Tr::tr("a value function point is not a finite number");
        if (p.y < 0 || p.y > 1)
            return Tr::tr("a value function's values must lie from 0 to 1 (found %1)").arg(p.y);
        if (i > 0 && !(p.x > f.points[i - 1].x))
            return Tr::tr("a value function's points must have strictly increasing x (%1 after %2)")
                .arg(p.x)
                .arg(f.points[i - 1].x);
    }
    return {};
}

Expected<Snapshot> snapshotFromJson(const QJsonObject &json)
{
    Reader r;
    Snapshot s;
    s.name = r.text(json, "name", store::kMaxNameLength, true);
    s.taken = QDateTime::fromString(r.text(json, "taken", 40, true), Qt::ISODateWithMs);
    // Stored as keys; absent keys (older copies) read as the defaults.
    auto enumKey = [&](const char *name, auto parse, auto fallback) {
        const QString text = r.text(json, name, 40);
        if (text.isEmpty())
            return fallback;
        const auto value = parse(text);
        if (!value && r.error.isEmpty())
            r.error = Tr::tr("snapshot '%1' names an unknown %2 '%3'")
                          .arg(s.name.left(60), QLatin1String(name), text.left(40));
        return value.value_or(fallback);
    };
    s.method = enumKey("method", methodFromKey, Method::WeightedSum);
    s.normalization = enumKey("normalization", normalizationFromKey, defaultNormalization(s.method));
    s.missing = enumKey("missing", missingPolicyFromKey, MissingPolicy::Worst);
    if (const auto v = r.number(json, "vikor_v")) {
        if (validVikorV(*v))
            s.vikorV = *v;
        else if (r.error.isEmpty())
            r.error = Tr::tr("snapshot '%1' has a VIKOR v outside 0 to 1").arg(s.name.left(60));
    }
    s.verdict = r.text(json, "verdict", store::kMaxTextLength);
    auto names = [&](const char *key, int limit) {
        QStringList out;
        const QJsonArray list = r.array(json, key);
        if (list.size() > limit)
            r.error = Tr::tr("snapshot '%1' lists more than %2 %3")
                          .arg(s.name.left(60))
                          .arg(limit)
                          .arg(QLatin1String(key));
        for (const QJsonValue &v : list) {
            if (!v.isString() || v.toString().size() > store::kMaxNameLength) {
                r.error = Tr::tr("snapshot '%1' has an invalid name in '%2'")
                              .arg(s.name.left(60), QLatin1String(key));
                break;
            }
            out.append(v.toString());
        }
        return out;
    };
    auto numbers = [&](const char *key) {
        QVector<double> out;
        for (const QJsonValue &v : r.array(json, key)) {
            if (!v.isDouble() || !std::isfinite(v.toDouble())) {
                r.error = Tr::tr("snapshot '%1' has a value in '%2' that is not a finite number")
                              .arg(s.name.left(60), QLatin1String(key));
                break;
            }
            out.append(v.toDouble());
        }
        return out;
    };
    s.criteria = names("criteria", store::kMaxCriteria);
    s.options = names("options", store::kMaxOptions);
    s.weights = numbers("weights");
    s.scores = numbers("scores");
    for (double rank : numbers("ranks"))
        s.ranks.append(int(std::clamp(rank, 0.0, double(store::kMaxOptions))));
    if (!r.error.isEmpty())
        return Error{r.error};
    if (!s.taken.isValid())
        return Error{Tr::tr("snapshot '%1' has no valid time").arg(s.name.left(60))};
    if (s.weights.size() != s.criteria.size() || s.scores.size() != s.options.size() ||
        s.ranks.size() != s.options.size())
        return Error{Tr::tr("snapshot '%1' has lists of different lengths").arg(s.name.left(60))};
    for (double w : std::as_const(s.weights)) {
        if (w < 0 || w > store::kMaxWeight)
            return Error{Tr::tr("snapshot '%1' has a weight out of range").arg(s.name.left(60))};
    }
    return s;
}

Expected<DecisionRecord> decisionFromJson(const QJsonObject &json)
{
    Reader r;
    DecisionRecord d;
    d.status = r.key<DecisionStatus>(json, "status", &decisionStatusFromKey, DecisionStatus::Proposed);
    d.supersededBy = r.text(json, "superseded_by", store::kMaxNameLength);
    const QString decided = r.text(json, "decided", 40);
    if (!decided.isEmpty()) {
        d.decided = decided.size() == 10 ? QDate::fromString(decided, Qt::ISODate) : QDate();
        if (!d.decided.isValid() && r.error.isEmpty())
            r.error = Tr::tr("'decided' is not a date (use YYYY-MM-DD): '%1'").arg(decided.left(40));
    }
    auto people = [&](const char *key) {
        QStringList out;
        const QJsonArray list = r.array(json, key);
        if (list.size() > store::kMaxPeople && r.error.isEmpty())
            r.error = Tr::tr("'%1' lists more than %2 people").arg(QLatin1String(key)).arg(store::kMaxPeople);
        for (const QJsonValue &v : list) {
            if (!v.isString() || v.toString().trimmed().isEmpty() ||
                v.toString().size() > store::kMaxNameLength) {
                if (r.error.isEmpty())
                    r.error = Tr::tr("'%1' holds something that is not a name of 1 to %2 characters")
                                  .arg(QLatin1String(key))
                                  .arg(store::kMaxNameLength);
                break;
            }
            out.append(v.toString());
        }
        return out;
    };
    d.deciders = people("deciders");
    d.consulted = people("consulted");
    d.informed = people("informed");
    if (!r.error.isEmpty())
        return Error{r.error};
    return d;
}

Expected<Comparison> readFile(const QString &path, bool *isJsonObject)
{
    if (isJsonObject)
        *isJsonObject = false;
    QFile f;
    if (auto opened = openReadableFile(path, f); !opened)
        return Error{opened.error()};
    if (f.size() > 64 * 1024 * 1024)
        return Error{Tr::tr("the file is larger than 64 MB")};
    if (f.size() == 0)
        return Error{Tr::tr("the file is empty")};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 * 1024 * 1024 + 1), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{Tr::tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{Tr::tr("not a Tradeoff comparison (the JSON is not an object)")};
    if (isJsonObject)
        *isJsonObject = true;
    QJsonObject root = doc.object();
    if (root.value(QLatin1String("data")).isObject())
        root = root.value(QLatin1String("data")).toObject();
    if (!root.value(QLatin1String("options")).isArray() || !root.value(QLatin1String("criteria")).isArray())
        return Error{Tr::tr("not a Tradeoff comparison (no options and criteria)")};
    return fromJson(root);
}

} // namespace core::json
