// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"
#include "parsing.h"

#include <core/register/officesettings.h>

#include <QJsonArray>
#include <QJsonObject>

namespace Brankas::Cli {

namespace {
struct Field
{
    const char *option;
    QString OfficeDetails::*member;
    const char *label;
};

const Field Fields[] = {
    {"name", &OfficeDetails::name, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "Office name")},
    {"address", &OfficeDetails::address, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "Address")},
    {"phone", &OfficeDetails::phone, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "Phone")},
    {"email", &OfficeDetails::email, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "E-mail")},
    {"website", &OfficeDetails::website, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "Website")},
    {"head", &OfficeDetails::headName, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "Head of office")},
    {"head-title", &OfficeDetails::headTitle, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "Head's title")},
    {"officer-title", &OfficeDetails::officerTitle,
     QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "Officer's title in signatures")},
    {"city", &OfficeDetails::city, QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "City where records are signed")},
    {"handover-number", &OfficeDetails::handoverNumberTemplate,
     QT_TRANSLATE_NOOP("Brankas::Cli::CliText",
                       "Handover number template, e.g. {seq}/BA/HM.02/{regency}/{month-roman}/{year}")},
};

int runShow(Context &context, const QCommandLineParser &parser)
{
    return context.withSession([&](Vault &vault, const Session &) -> int {
        auto office = OfficeSettings(vault).get();
        if (!office) {
            return fail(office.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject object;
            for (const Field &field : Fields) {
                object.insert(QString::fromLatin1(field.option), office.value().*field.member);
            }
            object.insert(QStringLiteral("emailDomains"), QJsonArray::fromStringList(office.value().emailDomains));
            object.insert(QStringLiteral("phoneNumbers"), QJsonArray::fromStringList(office.value().phoneNumbers));
            printJson(QJsonDocument(object));
            return Success;
        }
        QList<std::pair<QString, QString>> rows;
        for (const Field &field : Fields) {
            rows.append({CliText::tr(field.label), office.value().*field.member});
        }
        rows.append({CliText::tr("Office e-mail domains"), office.value().emailDomains.join(QStringLiteral(", "))});
        rows.append({CliText::tr("Office phone numbers"), office.value().phoneNumbers.join(QStringLiteral(", "))});
        printLine(labelled(rows));
        return Success;
    });
}

void addSetOptions(QCommandLineParser &parser)
{
    for (const Field &field : Fields) {
        parser.addOption({QString::fromLatin1(field.option), CliText::tr(field.label), QStringLiteral("TEXT")});
    }
    parser.addOption({QStringLiteral("email-domains"),
                      CliText::tr("E-mail domains of the office, comma-separated (e.g. bawaslu.go.id)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("phone-numbers"), CliText::tr("Phone numbers of the office, comma-separated."),
                      QStringLiteral("LIST")});
}

int runSet(Context &context, const QCommandLineParser &parser)
{
    return context.withSession([&](Vault &vault, const Session &session) -> int {
        OfficeSettings settings(vault);
        auto office = settings.get();
        if (!office) {
            return fail(office.error());
        }
        OfficeDetails details = office.value();
        for (const Field &field : Fields) {
            if (parser.isSet(QString::fromLatin1(field.option))) {
                details.*field.member = parser.value(QString::fromLatin1(field.option));
            }
        }
        if (parser.isSet(QStringLiteral("email-domains"))) {
            details.emailDomains =
                parser.value(QStringLiteral("email-domains")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        if (parser.isSet(QStringLiteral("phone-numbers"))) {
            details.phoneNumbers =
                parser.value(QStringLiteral("phone-numbers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        if (Status status = settings.set(session, details); !status) {
            return fail(status.error());
        }
        printLine(CliText::tr("Office details saved."));
        return Success;
    });
}
} // namespace

Command officeShowCommand()
{
    return Command{QStringLiteral("office show"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "show the office details used on letterheads"),
                   signInLines(), addJsonOption, runShow};
}

Command officeSetCommand()
{
    return Command{QStringLiteral("office set"),
                   QT_TRANSLATE_NOOP("Brankas::Cli::CliText", "change the office details and its e-mail domains and "
                                                              "phone numbers (administrators)"),
                   signInLines(), addSetOptions, runSet};
}

} // namespace Brankas::Cli
