// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include <QRegularExpression>

namespace Brankas {

QString reportStatusName(AccountStatus status, Language language)
{
    switch (status) {
    case AccountStatus::Requested:
        return say(language, "Diajukan", "Requested");
    case AccountStatus::Active:
        return say(language, "Aktif", "Active");
    case AccountStatus::Suspended:
        return say(language, "Ditangguhkan", "Suspended");
    case AccountStatus::Deactivated:
        return say(language, "Nonaktif", "Deactivated");
    case AccountStatus::Held:
        return say(language, "Dipegang kantor", "Held by the office");
    case AccountStatus::Closed:
        return say(language, "Ditutup", "Closed");
    }
    return {};
}

QString yesNo(bool value, Language language)
{
    return value ? say(language, "Ya", "Yes") : say(language, "Tidak", "No");
}

ReportLetterhead letterheadFor(const OfficeDetails &office, const QImage &logo)
{
    ReportLetterhead letterhead;
    letterhead.logo = logo;
    static const QRegularExpression bawaslu(QStringLiteral("^bawaslu\\s+(.+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = bawaslu.match(office.name.simplified());
    if (match.hasMatch()) {
        letterhead.boldLines << QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM") << match.captured(1).toUpper();
    } else {
        letterhead.boldLines << office.name.simplified().toUpper();
    }
    if (!office.address.trimmed().isEmpty()) {
        letterhead.lines << office.address.simplified();
    }
    QStringList contacts;
    if (!office.phone.trimmed().isEmpty()) {
        contacts << QStringLiteral("Telp. ") + office.phone.trimmed();
    }
    if (!office.email.trimmed().isEmpty()) {
        contacts << QStringLiteral("Email: ") + office.email.trimmed();
    }
    if (!office.website.trimmed().isEmpty()) {
        contacts << office.website.trimmed();
    }
    if (!contacts.isEmpty()) {
        letterhead.lines << contacts.join(QStringLiteral("  ·  "));
    }
    return letterhead;
}

QString reportFooter(Language language, const QString &fingerprint, const QDateTime &printedAt, const QString &extra)
{
    QStringList parts;
    if (!extra.isEmpty()) {
        parts << extra;
    }
    parts << say(language, "Sidik jari log arsip: ", "Archive log fingerprint: ") +
                 (fingerprint.isEmpty() ? QStringLiteral("-") : fingerprint);
    parts << say(language, "Dicetak ", "Printed ") +
                 printedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace Brankas
