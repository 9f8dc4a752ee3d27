// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemkeystore.h"

#include "../crypto/wipe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace Brankas {

namespace {

QString serviceName()
{
    return QStringLiteral("Brankas");
}

// binaryData() and setBinaryData() share one buffer between our QByteArray and the job's. Crypto::wipe on a
// shared array detaches first and clears only a fresh copy, leaving the job's copy of the key in memory;
// writing through the shared buffer clears both.
void wipeShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        Crypto::wipe(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    }
}

Error internalError(const QString &detail)
{
    return Error(ErrorCode::KeychainUnavailable,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas could not use the password store of this computer because of an internal "
                                   "error. Open the vault with its recovery passphrase and report this problem to the "
                                   "person who looks after Brankas."))
        .withDetail(detail);
}

Error unavailableError(const QString &backend, const QString &detail)
{
    return Error(ErrorCode::KeychainUnavailable,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas could not reach the password store of this computer (%1), so the vault key "
                                   "kept there cannot be used. You can still open the vault with its recovery "
                                   "passphrase. If this keeps happening, ask the person who looks after this computer "
                                   "to check the password store."),
                 {backend})
        .withDetail(detail);
}

Error missingError(const QString &backend, const QString &detail)
{
    return Error(ErrorCode::KeychainEntryMissing,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The password store of this computer (%1) did not give Brankas a key for this "
                                   "vault. This happens when the key was never saved on this computer, but also when "
                                   "the password store is locked or belongs to another user account, so Brankas has "
                                   "not changed anything. Open the vault with its recovery passphrase; Brankas can "
                                   "then save the key again."),
                 {backend})
        .withDetail(detail);
}

Error deniedError(const QString &backend, const QString &detail)
{
    return Error(ErrorCode::KeychainDenied,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The password store of this computer (%1) is locked or refused access to the vault "
                                   "key. Unlock it (for example by signing out of this computer and in again) and try "
                                   "again, or open the vault with its recovery passphrase."),
                 {backend})
        .withDetail(detail);
}

Error timeoutError(const QString &backend, std::chrono::milliseconds timeout, const QString &detail)
{
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(timeout).count();
    return Error(ErrorCode::KeychainTimeout,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "The password store of this computer (%1) did not answer within %2 seconds. It may "
                                   "be waiting for you to unlock it in another window. Try again, or open the vault "
                                   "with its recovery passphrase."),
                 {backend, QString::number(seconds)})
        .withDetail(detail);
}

Error interruptedError(const QString &detail)
{
    return Error(ErrorCode::Cancelled,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas stopped waiting for the password store of this computer because it is "
                                   "closing."))
        .withDetail(detail);
}

Error noVaultIdError()
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas tried to use the password store without saying which vault the key "
                                   "belongs to. Report this problem to the person who looks after Brankas."));
}

// The nested event loop below only works on the thread that runs the application's event loop: elsewhere
// QtKeychain's queued start and D-Bus replies would never be delivered, and there is nothing to wait with
// before a QCoreApplication exists.
std::optional<Error> checkCaller(const QString &vaultId)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app == nullptr) {
        return internalError(QStringLiteral("SystemKeyStore used before QCoreApplication was created"));
    }
    if (QThread::currentThread() != app->thread()) {
        return internalError(QStringLiteral("SystemKeyStore used outside the thread that owns QCoreApplication"));
    }
    if (vaultId.isEmpty()) {
        return noVaultIdError();
    }
    return std::nullopt;
}

void configure(QKeychain::Job *job, const QString &vaultId)
{
    job->setAutoDelete(false);
    // A plaintext copy of the vault key in a settings file would defeat the vault; failing is better.
    job->setInsecureFallback(false);
    job->setKey(SystemKeyStore::entryKey(vaultId));
}

enum class Outcome { Finished, TimedOut, Interrupted };

// Jobs whose caller stopped waiting and that QtKeychain has not finished yet. Only touched on the main thread.
QList<QKeychain::Job *> &abandonedJobs()
{
    static QList<QKeychain::Job *> jobs;
    return jobs;
}

// Runs a local event loop until `done` holds (checked whenever one of the jobs finishes) or the deadline passes.
Outcome spin(const QList<QKeychain::Job *> &jobs, const std::function<bool()> &done, const QDeadlineTimer &deadline)
{
    if (done()) {
        return Outcome::Finished;
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    // Every connection has the loop as context, so it is gone when this function returns and a job that finishes
    // later cannot reach these locals.
    for (QKeychain::Job *job : jobs) {
        QObject::connect(job, &QKeychain::Job::finished, &loop, [&done, &loop] {
            if (done()) {
                loop.quit();
            }
        });
    }
    QObject::connect(&timer, &QTimer::timeout, &loop, [&timedOut, &loop] {
        timedOut = true;
        loop.quit();
    });
    timer.start(std::chrono::ceil<std::chrono::milliseconds>(deadline.remainingTimeAsDuration()));
    // Clicks stay queued meanwhile, so the officer cannot start a second keychain call from inside this one.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (done()) {
        return Outcome::Finished;
    }
    // Neither: QCoreApplication::exit() ends every running event loop, this one included.
    return timedOut ? Outcome::TimedOut : Outcome::Interrupted;
}

std::optional<Error> notFinishedError(Outcome outcome, const QString &backend, std::chrono::milliseconds timeout,
                                      const QString &what)
{
    switch (outcome) {
    case Outcome::Finished:
        return std::nullopt;
    case Outcome::TimedOut:
        return timeoutError(backend, timeout,
                            QStringLiteral("%1 did not finish within %2 ms").arg(what).arg(timeout.count()));
    case Outcome::Interrupted:
        return interruptedError(QStringLiteral("%1 abandoned: the application is quitting").arg(what));
    }
    return std::nullopt;
}

// QtKeychain runs one job at a time, so a new job would queue behind a job abandoned earlier anyway. Waiting before
// the new job exists means a write or remove that runs out of time in that queue is dropped, instead of being
// carried out later after its caller was told that it failed.
std::optional<Error> waitForAbandonedJobs(const QDeadlineTimer &deadline, const QString &backend,
                                          std::chrono::milliseconds timeout)
{
    QList<QKeychain::Job *> &jobs = abandonedJobs();
    const auto allFinished = [&jobs] { return jobs.isEmpty(); };
    const Outcome outcome = spin(jobs, allFinished, deadline);
    return notFinishedError(outcome, backend, timeout, QStringLiteral("An earlier keychain job that timed out"));
}

// A job we stopped waiting for has been sent to the keychain, and the libsecret backend holds a raw pointer to it in
// a pending D-Bus callback without any way to cancel: deleting it now would let the late answer write into freed
// memory. So it deletes itself once it finishes, after clearing any key material it still holds. A job that never
// finishes is leaked on purpose.
void abandon(QKeychain::Job *job, std::function<void()> wipeWhenFinished)
{
    abandonedJobs().append(job);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, wipe = std::move(wipeWhenFinished)] {
        abandonedJobs().removeOne(job);
        wipe();
        job->deleteLater();
    });
}

// Starts the job and waits for it; returns the error when it did not finish in time, having abandoned it.
std::optional<Error> runJob(QKeychain::Job *job, const QDeadlineTimer &deadline, const QString &backend,
                            std::chrono::milliseconds timeout, std::function<void()> wipeWhenAbandoned)
{
    Outcome outcome = Outcome::Finished;
    {
        bool finished = false;
        // Ends the connection with this block, so a late finish cannot reach `finished`.
        QObject context;
        QObject::connect(job, &QKeychain::Job::finished, &context, [&finished] { finished = true; });
        job->start();
        // start() only posts the start. Delivering it now hands the job to the keychain before the deadline can
        // pass, so an abandoned job is always one that was sent: one still waiting to start would run later, and
        // carry out a write or remove after its caller was told that it failed.
        QCoreApplication::sendPostedEvents(job, QEvent::MetaCall);
        const auto jobFinished = [&finished] { return finished; };
        outcome = spin({job}, jobFinished, deadline);
    }
    if (outcome == Outcome::Finished) {
        return std::nullopt;
    }
    abandon(job, std::move(wipeWhenAbandoned));
    return notFinishedError(outcome, backend, timeout, QString::fromLatin1(job->metaObject()->className()));
}

Error mapError(const QKeychain::Job &job, const QString &backend)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return missingError(backend, detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return deniedError(backend, detail);
    case QKeychain::NoError: // not an error: reaching here is a bug, and "unavailable" is the safe reading
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux every D-Bus failure (no session bus, no Secret Service, no login keyring) arrives as
        // OtherError with GLib's text, which the detail keeps.
        break;
    }
    return unavailableError(backend, detail);
}

} // namespace

SystemKeyStore::SystemKeyStore(std::chrono::milliseconds timeout)
    : m_timeout(std::max(timeout, std::chrono::milliseconds(0)))
{}

QString SystemKeyStore::entryKey(const QString &vaultId)
{
    return QStringLiteral("Brankas vault ") + vaultId;
}

QString SystemKeyStore::backendName() const
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#else
    return QStringLiteral("Secret Service");
#endif
}

Result<SecretBytes> SystemKeyStore::readKey(const QString &vaultId)
{
    if (auto problem = checkCaller(vaultId)) {
        return *problem;
    }
    const QDeadlineTimer deadline(m_timeout);
    if (auto problem = waitForAbandonedJobs(deadline, backendName(), m_timeout)) {
        return *problem;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    configure(job, vaultId);
    if (auto problem = runJob(job, deadline, backendName(), m_timeout, [job] { wipeShared(job->binaryData()); })) {
        return *problem;
    }
    // Finished: QtKeychain no longer refers to the job.
    const std::unique_ptr<QKeychain::ReadPasswordJob> owner(job);
    if (job->error() != QKeychain::NoError) {
        return mapError(*job, backendName());
    }
    const QByteArray data = job->binaryData();
    SecretBytes key = SecretBytes::fromView(data);
    wipeShared(data);
    return key;
}

Status SystemKeyStore::writeKey(const QString &vaultId, const SecretBytes &key)
{
    if (auto problem = checkCaller(vaultId)) {
        return *problem;
    }
    const QDeadlineTimer deadline(m_timeout);
    if (auto problem = waitForAbandonedJobs(deadline, backendName(), m_timeout)) {
        return *problem;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    configure(job, vaultId);
    const QByteArray data = key.toByteArrayUnsafe();
    job->setBinaryData(data);
    // Wiping the data of an abandoned write before QtKeychain has read it would store zeros as the vault key, so
    // that copy is cleared only once the job is done with it.
    if (auto problem = runJob(job, deadline, backendName(), m_timeout, [data] { wipeShared(data); })) {
        return *problem;
    }
    const std::unique_ptr<QKeychain::WritePasswordJob> owner(job);
    wipeShared(data);
    if (job->error() != QKeychain::NoError) {
        return mapError(*job, backendName());
    }
    return {};
}

Status SystemKeyStore::removeKey(const QString &vaultId)
{
    if (auto problem = checkCaller(vaultId)) {
        return *problem;
    }
    const QDeadlineTimer deadline(m_timeout);
    if (auto problem = waitForAbandonedJobs(deadline, backendName(), m_timeout)) {
        return *problem;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    configure(job, vaultId);
    if (auto problem = runJob(job, deadline, backendName(), m_timeout, [] {})) {
        return *problem;
    }
    const std::unique_ptr<QKeychain::DeletePasswordJob> owner(job);
    // Removing is idempotent: Secret Service already reports success for a missing entry, while Windows and macOS
    // report EntryNotFound; both mean the key is not there any more.
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
        return {};
    }
    return mapError(*job, backendName());
}

} // namespace Brankas
