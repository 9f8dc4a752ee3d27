// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <QCoreApplication>

namespace Brankas {

namespace {
// Substitutes %1..%9 in one pass, so an argument that itself contains "%2" (an officer's name, a
// file name) is left as it is rather than replaced by the next argument.
QString fill(const QString &text, const QStringList &arguments)
{
    QString result;
    result.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit() && text[i + 1] != QLatin1Char('0')) {
            const qsizetype index = text[i + 1].digitValue() - 1;
            if (index < arguments.size()) {
                result += arguments[index];
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}
} // namespace

Error::Error(ErrorCode code, const char *sourceText, QStringList arguments)
    : m_code(code)
    , m_sourceText(sourceText)
    , m_arguments(std::move(arguments))
{}

QString Error::message() const
{
    return fill(QCoreApplication::translate(TranslationContext, m_sourceText), m_arguments);
}

QString Error::untranslatedMessage() const
{
    return fill(QString::fromUtf8(m_sourceText), m_arguments);
}

Error &Error::withDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorCode::PassphraseChangeRequired:
        return QStringLiteral("passphrase-change-required");
    case ErrorCode::NoVault:
        return QStringLiteral("no-vault");
    case ErrorCode::NotAVault:
        return QStringLiteral("not-a-vault");
    case ErrorCode::VaultDamaged:
        return QStringLiteral("vault-damaged");
    case ErrorCode::VaultTooNew:
        return QStringLiteral("vault-too-new");
    case ErrorCode::VaultNeedsUpgrade:
        return QStringLiteral("vault-needs-upgrade");
    case ErrorCode::VaultInUse:
        return QStringLiteral("vault-in-use");
    case ErrorCode::VaultLocked:
        return QStringLiteral("vault-locked");
    case ErrorCode::DamagedOrMovedData:
        return QStringLiteral("damaged-or-moved-data");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case ErrorCode::KeychainEntryMissing:
        return QStringLiteral("keychain-entry-missing");
    case ErrorCode::KeychainDenied:
        return QStringLiteral("keychain-denied");
    case ErrorCode::KeychainTimeout:
        return QStringLiteral("keychain-timeout");
    case ErrorCode::KeychainMismatch:
        return QStringLiteral("keychain-mismatch");
    case ErrorCode::LogTampered:
        return QStringLiteral("log-tampered");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    }
    return QStringLiteral("unknown");
}

Error vaultLockedError()
{
    return Error(ErrorCode::VaultLocked,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The vault is locked; sign in again to make changes."));
}

} // namespace Brankas
