#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>

class QFileInfo;

namespace core::atomicfile {

// Every file Tradeoff writes (saves, imports, reports, images, CSV, profile
// files) is first written to a temporary file beside its target, checked
// (every byte written, flushed, synced, closed, the full size on disk) and
// then renamed over the target, so the target is either the old file or the
// complete new one.  On any error the temporary file is removed and the old
// file stays as it was.
//
// Temporary files are named ".NAME.tradeoff-PID-RANDOM.tmp" (SQLite may add
// "-journal"): nothing else's files match, and the process id tells whether
// their writer still runs.  Leftovers of a writer that was killed are
// removed by the next write to the same target and when a file there is
// opened.

// Whether an existing file counts as read-only: without its owner's write
// permission it does, even for users (root) who could write it anyway, as
// editors treat it.  The window opens such a file read-only and no write
// replaces it.
bool isReadOnly(const QFileInfo &file);

// The file a write to `path` replaces: `path` itself, or the file a link
// there names.  Refused: a folder, a device or pipe, a read-only file, a
// file in a folder that does not exist.
Expected<QString> target(const QString &path);

// Writes `bytes` to `path` as described above.  Errors are the reason alone
// ("disk full" for a full disk or a file-size limit); callers say what they
// were writing.
Expected<void> write(const QString &path, const QByteArray &bytes);

// A new, empty temporary file beside `path` (created exclusively).
Expected<QString> createTemporary(const QString &path);
// Renames `temporary` over `path`, keeping an existing target's permissions;
// replaces the target even where the platform's rename would not.
Expected<void> replace(const QString &temporary, const QString &path);
// Removes the temporary files of Tradeoff writers that no longer run,
// beside `path` (for any target in that folder).  Returns how many.
int removeStale(const QString &path);
// True for a name this module gives its temporary files.
bool isTemporaryName(const QString &fileName);

// The one-line reason for an operating system error number: "disk full" for
// ENOSPC, EDQUOT and EFBIG, else the system's text.
QString errorText(int errorNumber);

} // namespace core::atomicfile
