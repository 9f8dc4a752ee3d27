// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsubjects.h"

#include <core/handover/handovers.h>
#include <core/register/accounts.h>
#include <core/register/kecamatanregister.h>
#include <core/register/terms.h>
#include <core/vault/vault.h>

namespace Brankas {

LogSubjects::LogSubjects(Vault &vault)
    : m_vault(vault)
{}

void LogSubjects::clear()
{
    m_names.clear();
}

QString LogSubjects::subject(const QString &target)
{
    const auto cached = m_names.constFind(target);
    if (cached != m_names.constEnd()) {
        return cached.value();
    }
    const QString text = name(target);
    m_names.insert(target, text);
    return text;
}

QString LogSubjects::account(qint64 accountId)
{
    return subject(QStringLiteral("account:%1").arg(accountId));
}

QString LogSubjects::term(qint64 termId)
{
    return subject(QStringLiteral("term:%1").arg(termId));
}

QString LogSubjects::name(const QString &target)
{
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? target : target.left(colon);
    const QString id = colon < 0 ? QString() : target.mid(colon + 1);
    if (kind == QLatin1String("account")) {
        if (auto account = Accounts(m_vault).find(id.toLongLong())) {
            return account->kecamatanCode + QLatin1Char(' ') + account->kecamatanName + QStringLiteral(" · ") +
                   account->label();
        }
        return tr("An account no longer in the register");
    }
    if (kind == QLatin1String("kecamatan")) {
        if (auto record = KecamatanRegister(m_vault).find(id)) {
            return id + QLatin1Char(' ') + record->name;
        }
        return tr("Kecamatan %1").arg(id);
    }
    if (kind == QLatin1String("term")) {
        if (auto term = Terms(m_vault).find(id.toLongLong())) {
            return tr("Term %1").arg(term->name);
        }
        return tr("A term no longer in the register");
    }
    if (kind == QLatin1String("handover")) {
        return handover(id.toLongLong());
    }
    if (kind == QLatin1String("officer")) {
        return tr("Officer %1").arg(id);
    }
    if (kind == QLatin1String("office")) {
        return tr("Office details");
    }
    if (kind == QLatin1String("vault")) {
        // The vault as a whole: signing in, the recovery sheet, the keychain.
        return QStringLiteral("Brankas");
    }
    if (kind == QLatin1String("recovery")) {
        // The secrets key sealed to the recovery passphrase.
        return tr("Recovery passphrase");
    }
    return target;
}

QString LogSubjects::handover(qint64 handoverId)
{
    auto found = Handovers(m_vault).find(handoverId);
    if (!found) {
        // A discarded draft leaves its log entries behind and nothing else.
        return tr("A discarded handover draft");
    }
    if (!found->number.isEmpty()) {
        return tr("Handover %1").arg(found->number);
    }
    return tr("Handover draft, %1 %2").arg(found->kecamatanCode, found->kecamatanName);
}

} // namespace Brankas
