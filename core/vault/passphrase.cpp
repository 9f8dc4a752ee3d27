#include "passphrase.h"

#include "../crypto/wipe.h"

namespace Brankas {

SecretBytes normalizedPassphrase(QByteArrayView utf8, PassphraseKind kind)
{
    QString text = QString::fromUtf8(utf8);
    QString normal = text.normalized(QString::NormalizationForm_C);
    if (kind == PassphraseKind::Recovery) {
        QString simple = normal.simplified();
        Crypto::wipe(normal);
        normal = std::move(simple);
    }
    QByteArray bytes = normal.toUtf8();
    Crypto::wipe(text);
    Crypto::wipe(normal);
    return SecretBytes::takeFrom(bytes);
}

Status checkNewPassphrase(QByteArrayView utf8, PassphraseKind kind, const QString &officerName)
{
    SecretBytes normal = normalizedPassphrase(utf8, kind);
    QString text = QString::fromUtf8(normal.view());
    const qsizetype length = text.toUcs4().size();
    const bool sameAsName =
        !officerName.isEmpty() && text.trimmed().compare(officerName.trimmed(), Qt::CaseInsensitive) == 0;
    Crypto::wipe(text);
    if (kind == PassphraseKind::Recovery && length < MinimumRecoveryPassphraseLength) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error",
                                       "The recovery passphrase is too short: use at least %1 characters, for example "
                                       "four or five words that are easy to write down."),
                     {QString::number(MinimumRecoveryPassphraseLength)});
    }
    if (kind == PassphraseKind::Officer && length < MinimumOfficerPassphraseLength) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The passphrase is too short: use at least %1 characters."),
                     {QString::number(MinimumOfficerPassphraseLength)});
    }
    if (sameAsName) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The passphrase must not be the officer's name."));
    }
    return {};
}

} // namespace Brankas
