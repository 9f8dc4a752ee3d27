// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QSaveFile>
#include <QString>

#include <memory>

namespace Brankas {

// A report, export or backup file being written. The file appears under its name only when
// commit() has put all of it on disk; a failure or a cancel leaves whatever was there before and no
// half-written file. open() refuses to write over a Brankas vault or the files beside one, through
// a symbolic link, or onto a device, a pipe or a folder.
class OutputFile
{
public:
    enum class Access {
        Shared,   // as the user's umask says (a register report)
        OwnerOnly // 0600 whatever the umask: the file can hold a secret
    };

    static Result<std::unique_ptr<OutputFile>> open(const QString &path, Access access);

    // Where the content goes. Write through it, then commit() or cancel(). A short write (a full
    // disk) fails here and in commit(); QFileDevice alone would report it as success.
    QIODevice &device();
    const QString &path() const { return m_path; }

    // Flushes, syncs and renames the finished file into place; only then is it written.
    Status commit();
    // Drops what was written; the file under the name stays as it was.
    void cancel() { m_file.cancelWriting(); }

    // A failure to write, with the cause, for writers that find it themselves.
    static Error cannotWrite(const QString &path, const QString &cause);

    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

private:
    class Writer;
    explicit OutputFile(const QString &path);
    Status failWith(const QString &cause);

    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<Writer> m_writer;
};

// The checks open() makes, for a caller that asks for the name before it has content to write.
Status checkOutputPath(const QString &path);

} // namespace Brankas
