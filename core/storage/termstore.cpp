// SPDX-License-Identifier: GPL-3.0-or-later
#include "termstore.h"

#include "bindvalue.h"
#include "database.h"
#include "sqlerror.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Result<QList<Term>> TermStore::list()
{
    // One statement, kept by the connection: every account added and read back asks for the terms,
    // and on a server each statement is a round trip. A term's extensions follow it in their order.
    auto prepared = m_db.prepared(QStringLiteral(
        "SELECT t.id, t.name, t.formed_on, t.ends_on, e.id, e.until, e.basis, e.created_at, e.officer "
        "FROM term AS t LEFT JOIN term_extension AS e ON e.term_id = t.id ORDER BY t.formed_on, t.id, e.id"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    const auto finish = qScopeGuard([&query] { query.finish(); });
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QList<Term> terms;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (terms.isEmpty() || terms.constLast().id != id) {
            Term term;
            term.id = id;
            term.name = query.value(1).toString();
            term.formedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            term.endsOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            terms.append(term);
        }
        if (query.isNull(4)) {
            continue;
        }
        TermExtension extension;
        extension.id = query.value(4).toLongLong();
        extension.until = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        extension.basis = query.value(6).toString();
        extension.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        extension.officer = query.value(8).toString();
        terms.last().extensions.append(extension);
    }
    if (query.lastError().isValid()) {
        return fromSqlError(query.lastError());
    }
    return terms;
}

Result<Term> TermStore::find(qint64 id)
{
    auto terms = list();
    if (!terms) {
        return terms.error();
    }
    return findTerm(terms.value(), id);
}

Result<qint64> TermStore::insert(const Term &term, const QDateTime &now)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO term (name, formed_on, ends_on, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(term.name);
    query.addBindValue(term.formedOn.toString(Qt::ISODate));
    query.addBindValue(term.endsOn.toString(Qt::ISODate));
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> TermStore::addExtension(qint64 termId, const TermExtension &extension)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO term_extension (term_id, until, basis, created_at, officer) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(termId);
    query.addBindValue(extension.until.toString(Qt::ISODate));
    query.addBindValue(text(extension.basis));
    query.addBindValue(extension.createdAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(extension.officer));
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

} // namespace Brankas::Storage
