#pragma once

#include <QList>
#include <QString>

namespace cli {

class Command;

// Every headless command, once, in the order --help lists them. The list
// drives the dispatch, the headless detection and --help.
const QList<const Command *> &commands();

// The command called `name`, or nullptr ("help" is no command: it is --help).
const Command *findCommand(const QString &name);

} // namespace cli
