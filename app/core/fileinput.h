#pragma once

#include "core/expected.h"

#include <QString>

class QFile;

namespace core {

// Every input core reads (a Tradeoff file, a CSV matrix, a JSON comparison)
// passes here first, and the window and the commands may call it too.
//
// Refuses, without opening it, anything that is not a regular file that can
// be read: "no such file", "is a directory, not a file", "is a named pipe,
// not a file" (opening one would wait for a writer), "is a character
// device, not a file", "is a block device, not a file", "is a socket, not a
// file", "is a symbolic link loop", "permission denied".  Symbolic links to
// regular files are followed.  The message is one line and does not repeat
// the path.
Expected<void> checkReadableFile(const QString &path);

// Opens `path` for reading after checkReadableFile.  The file is opened
// without waiting (O_NONBLOCK) and checked again once open, so a path
// swapped for a pipe in between is refused instead of blocking.
Expected<void> openReadableFile(const QString &path, QFile &file);

} // namespace core
