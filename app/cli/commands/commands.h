#pragma once

#include "cli/command.h"

namespace cli {

// One file per command in this folder; the registry lists them.
const Command &scoreCommand();
const Command &reportCommand();
const Command &sensitivityCommand();
const Command &ahpCommand();
const Command &listCommand();
const Command &validateCommand();
const Command &importCsvCommand();
const Command &exportCsvCommand();
const Command &repoCommand();

} // namespace cli
