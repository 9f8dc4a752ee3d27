// SPDX-License-Identifier: GPL-3.0-or-later
#include "termstore.h"

#include "bindvalue.h"
#include "database.h"
#include "sqlerror.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Brankas::Storage {

Result<QList<Term>> TermStore::list()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id, name, formed_on, ends_on FROM term ORDER BY formed_on, id"))) {
        return fromSqlError(query.lastError());
    }
    QList<Term> terms;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Term term;
        term.id = query.value(0).toLongLong();
        term.name = query.value(1).toString();
        term.formedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        term.endsOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        index.insert(term.id, terms.size());
        terms.append(term);
    }
    if (!query.exec(QStringLiteral("SELECT id, term_id, until, basis, created_at, officer FROM term_extension "
                                   "ORDER BY id"))) {
        return fromSqlError(query.lastError());
    }
    while (query.next()) {
        TermExtension extension;
        extension.id = query.value(0).toLongLong();
        extension.until = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        extension.basis = query.value(3).toString();
        extension.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        extension.officer = query.value(5).toString();
        const auto it = index.constFind(query.value(1).toLongLong());
        if (it != index.constEnd()) {
            terms[*it].extensions.append(extension);
        }
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
