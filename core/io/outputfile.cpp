// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "../storage/vaultfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Brankas {

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString causeOf(const QFileDevice &file)
{
    const QString cause = file.errorString();
    if (cause.isEmpty() || cause == QLatin1String("Unknown error")) {
        return QCoreApplication::translate(Error::TranslationContext,
                                           QT_TRANSLATE_NOOP("Brankas::Error", "the disk may be full"));
    }
    return cause;
}
} // namespace

// Passes writes on to the QSaveFile and insists on every byte: QFileDevice returns the count of a
// short write (a full disk, a file-size limit) as if it were success, and a PDF cut there would be
// committed as complete. Retrying the rest makes the system say why it failed.
class OutputFile::Writer : public QIODevice
{
public:
    explicit Writer(QSaveFile &file)
        : m_file(file)
    {}
    bool failed() const { return m_failed; }
    const QString &cause() const { return m_cause; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed) {
            return -1;
        }
        qint64 done = 0;
        while (done < length) {
            const qint64 written = m_file.write(data + done, length - done);
            if (written <= 0) {
                m_failed = true;
                m_cause = causeOf(m_file);
                setErrorString(m_cause);
                return -1;
            }
            done += written;
        }
        return done;
    }

private:
    QSaveFile &m_file;
    bool m_failed = false;
    QString m_cause;
};

Status checkOutputPath(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the name of the file to write."));
    }
    const QFileInfo info(path);
    // QSaveFile follows a link and replaces what it points to; a link is refused instead, so no link
    // can lead a report onto the vault or anywhere else the officer did not name.
    if (info.isSymLink()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 is a link to another file; Brankas does not write through links. Give "
                                       "the name of a new file or of the file itself."),
                     {shown(path)});
    }
    if (Storage::isVaultOrCompanion(path)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 is a Brankas vault or one of the files beside it; a report or export "
                                       "is never written over it. Choose another file name."),
                     {shown(path)});
    }
    if (info.exists() && !info.isFile()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "%1 is a folder or a device, not a file; choose a file name to write to."),
                     {shown(path)});
    }
    return {};
}

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_file(path)
    , m_writer(std::make_unique<Writer>(m_file))
{}

OutputFile::~OutputFile() = default;

QIODevice &OutputFile::device()
{
    return *m_writer;
}

Status OutputFile::failWith(const QString &cause)
{
    m_file.cancelWriting();
    return cannotWrite(m_path, cause);
}

Error OutputFile::cannotWrite(const QString &path, const QString &cause)
{
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Brankas::Error", "Brankas could not write the file %1: %2. Nothing was written."),
                 {shown(path), cause});
}

Result<std::unique_ptr<OutputFile>> OutputFile::open(const QString &path, Access access)
{
    if (Status allowed = checkOutputPath(path); !allowed) {
        return allowed.error();
    }
    std::unique_ptr<OutputFile> output(new OutputFile(path));
    if (!output->m_file.open(QIODevice::WriteOnly)) {
        return cannotWrite(path, output->m_file.errorString());
    }
    output->m_writer->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    // The temporary file is still empty here; it gets its final permissions before anything that
    // could be secret is written into it.
    if (access == Access::OwnerOnly &&
        !output->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString cause = output->m_file.errorString();
        output->m_file.cancelWriting();
        return cannotWrite(path, cause);
    }
    return output;
}

Status OutputFile::commit()
{
    // The name may have been pointed at a vault while the content was written.
    if (Status allowed = checkOutputPath(m_path); !allowed) {
        m_file.cancelWriting();
        return allowed;
    }
    if (m_writer->failed()) {
        return failWith(m_writer->cause());
    }
    // QSaveFile::commit() would not notice a short write of what is still buffered.
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
        return failWith(causeOf(m_file));
    }
    if (!m_file.commit()) {
        return cannotWrite(m_path, causeOf(m_file));
    }
    return {};
}

} // namespace Brankas
