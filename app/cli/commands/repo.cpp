#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/output.h"
#include "core/loader.h"
#include "core/parts.h"
#include "core/repository.h"
#include "core/store.h"

#include <QFileInfo>
#include <QTextStream>

namespace cli {

namespace {

const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli", "  tradeoff repo init URL\n"
           "      Create a team repository in an empty PostgreSQL database, or upgrade an older one.\n"
           "  tradeoff repo push FILE URL [--comparison NAME] [--replace]\n"
           "      Copy the comparisons of FILE into the repository.  A comparison the repository\n"
           "      holds in another version is refused unless --replace is given.\n"
           "  tradeoff repo pull URL -o FILE [--comparison NAME] [--replace]\n"
           "      Copy the repository's comparisons into a Tradeoff file (written atomically).\n"
           "      A comparison FILE holds in another version is refused unless --replace is given.\n"
           "      URL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]; the password comes\n"
           "      from ~/.pgpass, PGPASSWORD or a service file.\n");

const QString kComparison = QStringLiteral("comparison");
const QString kReplace = QStringLiteral("replace");

// The comparisons of `from` to copy: all, or the one --comparison names.
std::optional<Failure> pick(const Invocation &call, const QVector<core::Comparison> &from,
                            const QString &name, QVector<core::Comparison> *picked)
{
    if (!call.options.isSet(kComparison)) {
        *picked = from;
        return std::nullopt;
    }
    const QString wanted = call.options.value(kComparison);
    for (const core::Comparison &c : from) {
        if (c.name == wanted) {
            *picked = {c};
            return std::nullopt;
        }
    }
    return Failure{UsageError, Tr::tr("no comparison named '%1'").arg(wanted.left(60)), name};
}

// Puts `incoming` into `target` by name.  A comparison `target` holds in
// another version is replaced only with --replace; otherwise it is named in
// the failure and nothing changes.
struct Merge
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};
std::optional<Failure> merge(const QVector<core::Comparison> &incoming, bool replace, const QString &where,
                             QVector<core::Comparison> *target, Merge *counts)
{
    QStringList refused;
    for (const core::Comparison &c : incoming) {
        int index = -1;
        for (int i = 0; i < target->size(); ++i) {
            if ((*target)[i].name == c.name)
                index = i;
        }
        if (index < 0) {
            target->append(c);
            ++counts->added;
        } else if (core::repo::split((*target)[index]) == core::repo::split(c)) {
            ++counts->unchanged;
        } else if (replace) {
            (*target)[index] = c;
            ++counts->updated;
        } else {
            refused.append(c.name.left(60));
        }
    }
    if (refused.isEmpty())
        return std::nullopt;
    return Failure{
        Conflict,
        Tr::tr("%1 already holds another version of %2; nothing was copied (--replace copies over it)")
            .arg(where, QLatin1Char('\'') + refused.join(QLatin1String("', '")) + QLatin1Char('\''))};
}

QString summary(const Merge &m)
{
    return Tr::tr("%1 added, %2 updated, %3 unchanged").arg(m.added).arg(m.updated).arg(m.unchanged);
}

class Repo final : public Command
{
public:
    Repo()
        : Command({.name = QStringLiteral("repo"),
                   .usage = kUsage,
                   .options = {QCommandLineOption(kComparison, QString(), kComparison)},
                   .flags = {kReplace},
                   .arguments = 3,
                   .output = true})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        const QString action = call.arguments.value(0);
        const int wanted = action == QLatin1String("push") ? 3 : 2;
        if (action != QLatin1String("init") && action != QLatin1String("push") &&
            action != QLatin1String("pull"))
            return call.fail(
                {UsageError, action.isEmpty()
                                 ? Tr::tr("repo needs init, push or pull")
                                 : Tr::tr("unknown repo action '%1' (expected init, push or pull)")
                                       .arg(action.left(40))});
        if (call.arguments.size() != wanted)
            return call.fail({UsageError, action == QLatin1String("push")
                                              ? Tr::tr("usage: tradeoff repo push FILE URL")
                                          : action == QLatin1String("pull")
                                              ? Tr::tr("usage: tradeoff repo pull URL -o FILE")
                                              : Tr::tr("usage: tradeoff repo init URL")});
        if (action == QLatin1String("init"))
            return init(call, call.arguments[1]);
        if (action == QLatin1String("push"))
            return push(call, call.arguments[1], call.arguments[2]);
        return pull(call, call.arguments[1]);
    }

private:
    static std::optional<Failure> checkUrl(const QString &url)
    {
        if (core::repo::isUrl(url))
            return std::nullopt;
        return Failure{
            UsageError,
            Tr::tr("'%1' is not a repository URL (postgresql://USER@HOST:PORT/DATABASE)").arg(url.left(80))};
    }

    static int init(const Invocation &call, const QString &url)
    {
        const QString name = core::repo::withoutPassword(url);
        if (auto f = checkUrl(url))
            return call.fail(*f);
        auto connection = core::repo::Connection::open(url);
        if (!connection)
            return call.fail({InputError, connection.error(), name});
        auto version = core::repo::init(**connection);
        if (!version)
            return call.fail({InputError, version.error(), name});
        call.out << Tr::tr("%1: repository ready (schema version %2)").arg(name).arg(*version) << '\n';
        return call.done();
    }

    static int push(const Invocation &call, const QString &file, const QString &url)
    {
        const QString name = core::repo::withoutPassword(url);
        if (auto f = checkUrl(url))
            return call.fail(*f);
        // The file is judged as `validate` judges it: a damaged or foreign
        // file, or one with invalid values, never reaches the repository.
        if (core::repo::isUrl(file))
            return call.fail(
                {UsageError, Tr::tr("push copies a file into a repository: FILE must be a file")});
        if (core::store::looksLikeSqlite(file)) {
            auto v = core::store::validate(file);
            if (!v)
                return call.fail({InputError, v.error(), file});
            if (!v->problems.isEmpty())
                return call.fail({InvalidData, v->problems.first(), file});
        }
        auto loaded = core::loadComparisons(file);
        if (!loaded)
            return call.fail({InputError, loaded.error(), file});
        if (loaded->isEmpty())
            return call.fail({InputError, Tr::tr("the file holds no comparison"), file});
        QVector<core::Comparison> incoming;
        if (auto f = pick(call, *loaded, file, &incoming))
            return call.fail(*f);
        auto repository = core::repo::openRepository(url);
        if (!repository)
            return call.fail({InputError, repository.error(), name});
        auto held = (*repository)->load();
        if (!held)
            return call.fail({InputError, held.error(), name});
        Merge counts;
        QVector<core::Comparison> target = *held;
        if (auto f =
                merge(incoming, call.options.isSet(kReplace), Tr::tr("the repository"), &target, &counts)) {
            f->name = name;
            return call.fail(*f);
        }
        auto saved = (*repository)->save(target);
        if (!saved)
            return call.fail({OutputError, saved.error(), name});
        if (!saved->conflicts.isEmpty())
            return call.fail({Conflict,
                              Tr::tr("%1 changed while pushing; nothing was copied, try again")
                                  .arg(saved->conflicts.first().what()),
                              name});
        call.out << Tr::tr("%1 -> %2: %3").arg(file, name, summary(counts)) << '\n';
        return call.done();
    }

    static int pull(const Invocation &call, const QString &url)
    {
        const QString name = core::repo::withoutPassword(url);
        if (auto f = checkUrl(url))
            return call.fail(*f);
        if (call.output.isEmpty())
            return call.fail({UsageError, Tr::tr("repo pull needs -o FILE")});
        if (core::repo::isUrl(call.output))
            return call.fail({UsageError, Tr::tr("pull writes a file: -o must name a file")});
        auto repository = core::repo::openRepository(url);
        if (!repository)
            return call.fail({InputError, repository.error(), name});
        auto held = (*repository)
                        ->load(call.options.isSet(kComparison) ? call.options.value(kComparison) : QString());
        if (!held)
            return call.fail({call.options.isSet(kComparison) ? UsageError : InputError, held.error(), name});
        if (held->isEmpty())
            return call.fail({InputError, Tr::tr("the repository holds no comparison"), name});
        // An existing Tradeoff file keeps its other comparisons.
        QVector<core::Comparison> target;
        if (QFileInfo::exists(call.output)) {
            if (!core::store::looksLikeSqlite(call.output))
                return call.fail({OutputError,
                                  Tr::tr("exists and is not a Tradeoff file; nothing was written"),
                                  call.output});
            auto existing = core::store::load(call.output);
            if (!existing)
                return call.fail({OutputError, existing.error(), call.output});
            target = *existing;
        }
        Merge counts;
        if (auto f = merge(*held, call.options.isSet(kReplace), call.output, &target, &counts)) {
            f->name = call.output;
            return call.fail(*f);
        }
        if (auto f = saveOutput(call.output, target))
            return call.fail(*f);
        call.out << Tr::tr("%1 -> %2: %3").arg(name, call.output, summary(counts)) << '\n';
        return call.done();
    }
};

} // namespace

const Command &repoCommand()
{
    static const Repo command;
    return command;
}

} // namespace cli
