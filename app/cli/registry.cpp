#include "cli/registry.h"

#include "cli/commands/commands.h"

namespace cli {

const QList<const Command *> &commands()
{
    static const QList<const Command *> all{&scoreCommand(),     &reportCommand(),    &sensitivityCommand(),
                                            &ahpCommand(),       &listCommand(),      &validateCommand(),
                                            &importCsvCommand(), &exportCsvCommand(), &repoCommand()};
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command *command : commands()) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

} // namespace cli
