// SPDX-License-Identifier: GPL-3.0-or-later
#include "terms.h"

#include "../storage/termstore.h"
#include "../vault/vault.h"
#include "permissions.h"

#include "../text/textrules.h"

namespace Brankas {

Result<Term> Terms::add(const Session &session, const QString &name, const QDate &formedOn, const QDate &endsOn)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    Term term;
    term.name = name.simplified();
    term.formedOn = formedOn;
    term.endsOn = endsOn;
    if (term.name.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Give the term a name, e.g. \"Pemilu 2024\"."));
    }
    if (Status clean = checkText(TextRules::TermName, term.name); !clean) {
        return clean.error();
    }
    if (!formedOn.isValid() || !endsOn.isValid()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "A term needs the date its committees were formed and the "
                                                         "date the term ends."));
    }
    if (endsOn < formedOn) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The term cannot end (%1) before it begins (%2)."),
                     {endsOn.toString(Qt::ISODate), formedOn.toString(Qt::ISODate)});
    }
    Storage::TermStore store(m_vault.database());
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        auto id = store.insert(term, m_vault.clock().nowUtc());
        if (!id) {
            return id.error();
        }
        term.id = id.value();
        return QList<LogEvent>{{QStringLiteral("term.added"), QStringLiteral("term:%1").arg(term.id),
                                QJsonObject{{QStringLiteral("name"), term.name},
                                            {QStringLiteral("from"), formedOn.toString(Qt::ISODate)},
                                            {QStringLiteral("until"), endsOn.toString(Qt::ISODate)}}}};
    });
    if (!status) {
        return status.error();
    }
    return term;
}

Result<Term> Terms::extend(const Session &session, qint64 termId, const QDate &until, const QString &basis)
{
    if (Status allowed = requireRegisterRole(session); !allowed) {
        return allowed.error();
    }
    Storage::TermStore store(m_vault.database());
    auto term = store.find(termId);
    if (!term) {
        return term.error();
    }
    if (basis.simplified().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "An extension needs its legal basis, e.g. the number of the "
                                                         "decree that extends the term."));
    }
    if (Status clean = checkText(TextRules::Reason, basis.simplified()); !clean) {
        return clean.error();
    }
    const QDate currentEnd = term.value().effectiveEnd();
    if (!until.isValid() || until <= currentEnd) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The new end date must be after the term's current end (%1)."),
                     {currentEnd.toString(Qt::ISODate)});
    }
    TermExtension extension{0, until, basis.simplified(), m_vault.clock().nowUtc(), session.officer.name};
    Status status = m_vault.commitChange(session, [&]() -> Result<QList<LogEvent>> {
        auto id = store.addExtension(termId, extension);
        if (!id) {
            return id.error();
        }
        return QList<LogEvent>{{QStringLiteral("term.extended"), QStringLiteral("term:%1").arg(termId),
                                QJsonObject{{QStringLiteral("from"), currentEnd.toString(Qt::ISODate)},
                                            {QStringLiteral("until"), until.toString(Qt::ISODate)},
                                            {QStringLiteral("basis"), extension.basis}}}};
    });
    if (!status) {
        return status.error();
    }
    return store.find(termId);
}

Result<QList<Term>> Terms::list()
{
    return Storage::TermStore(m_vault.database()).list();
}

Result<Term> Terms::find(qint64 id)
{
    return Storage::TermStore(m_vault.database()).find(id);
}

Result<std::optional<Term>> Terms::current(const QDate &date)
{
    auto terms = list();
    if (!terms) {
        return terms.error();
    }
    return currentTerm(terms.value(), date);
}

} // namespace Brankas
