// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstore.h"

#include "bindvalue.h"
#include "database.h"
#include "dialect.h"
#include "keptstatement.h"
#include "selectquery.h"
#include "sqlerror.h"

#include "../domain/accountsearch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <algorithm>
#include <functional>

namespace Brankas::Storage {

namespace {
const QString Select = QStringLiteral(
    "SELECT a.id, a.kecamatan_id, k.code, k.name, a.platform, a.platform_name, a.handle, a.display_name, a.email, "
    "a.phone, a.two_factor, a.nature, a.term_id, t.name, a.status, a.active_from, a.active_until, a.holder, a.notes, "
    "a.last_reviewed_on, a.created_at, a.updated_at FROM account a JOIN kecamatan k ON k.id = a.kecamatan_id "
    "LEFT JOIN term t ON t.id = a.term_id");

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Account accountFrom(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.kecamatanId = query.value(1).toLongLong();
    account.kecamatanCode = query.value(2).toString();
    account.kecamatanName = query.value(3).toString();
    account.platform = platformFromId(query.value(4).toString()).value_or(Platform::Other);
    account.platformName = query.value(5).toString();
    account.handle = query.value(6).toString();
    account.displayName = query.value(7).toString();
    account.email = query.value(8).toString();
    account.phone = query.value(9).toString();
    account.twoFactor = twoFactorFromId(query.value(10).toString()).value_or(TwoFactorMethod::None);
    account.nature = natureFromId(query.value(11).toString()).value_or(AccountNature::TermBound);
    account.termId = query.value(12).toLongLong();
    account.termName = query.value(13).toString();
    account.status = statusFromId(query.value(14).toString()).value_or(AccountStatus::Requested);
    account.activeFrom = dateFrom(query.value(15));
    account.activeUntil = dateFrom(query.value(16));
    account.periodSetByHand = account.activeFrom.isValid() || account.activeUntil.isValid();
    account.holder = query.value(17).toString();
    account.notes = query.value(18).toString();
    account.lastReviewedOn = dateFrom(query.value(19));
    account.createdAt = QDateTime::fromString(query.value(20).toString(), Qt::ISODateWithMs);
    account.updatedAt = QDateTime::fromString(query.value(21).toString(), Qt::ISODateWithMs);
    return account;
}

void bindFields(QSqlQuery &query, const Account &account)
{
    query.addBindValue(account.kecamatanId);
    query.addBindValue(platformId(account.platform));
    query.addBindValue(text(account.platformName));
    query.addBindValue(text(account.handle));
    query.addBindValue(text(account.displayName));
    query.addBindValue(text(account.email));
    query.addBindValue(text(account.phone));
    query.addBindValue(twoFactorId(account.twoFactor));
    query.addBindValue(natureId(account.nature));
    query.addBindValue(account.termId > 0 ? QVariant(account.termId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(account.periodSetByHand ? dateOrNull(account.activeFrom) : dateOrNull({}));
    query.addBindValue(account.periodSetByHand ? dateOrNull(account.activeUntil) : dateOrNull({}));
    query.addBindValue(text(account.holder));
    query.addBindValue(text(account.notes));
    query.addBindValue(account.updatedAt.toUTC().toString(Qt::ISODateWithMs));
}
const QStringList SearchedColumns = {
    QStringLiteral("a.handle"), QStringLiteral("a.display_name"), QStringLiteral("k.name"),  QStringLiteral("k.code"),
    QStringLiteral("a.email"),  QStringLiteral("a.phone"),        QStringLiteral("a.holder")};
static_assert(AccountSearch::Fields.size() == 7, "SearchedColumns are AccountSearch::Fields");

bool isAscii(const QString &word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// One condition per ASCII word, all of them required. A word with another character can only be
// part of a field with such a character: every account with one is let through for
// AccountSearch::matches to decide (neither engine folds those letters the way Qt does).
QString perWordCondition(const Database &db, const AccountSearch &search,
                         const std::function<QString(const QString &word)> &wordCondition)
{
    QStringList perWord;
    bool otherLetters = false;
    for (const QString &word : search.words()) {
        if (!isAscii(word)) {
            otherLetters = true;
            continue;
        }
        perWord << wordCondition(word);
    }
    if (otherLetters) {
        perWord << Dialect::hasNonAscii(db, SearchedColumns.join(QStringLiteral(" || ")));
    }
    return perWord.join(QStringLiteral(" AND "));
}

// A condition that lets through every account AccountSearch finds, and few others. For a word
// of ASCII characters it is exact: AccountSearch::fold turns ASCII letters to lower case and no
// other letter into an ASCII one, and LIKE ignores the case of ASCII letters only, so LIKE finds
// the word exactly where it is part of the folded field.
QString fileSearchCondition(const Database &db, const AccountSearch &search, QVariantList &values)
{
    return perWordCondition(db, search, [&](const QString &word) {
        QStringList anyField;
        // LIKE refuses patterns longer than SQLITE_MAX_LIKE_PATTERN_LENGTH (50,000 bytes by
        // default); instr of lower() folds ASCII the same way.
        if (word.size() <= 1000) {
            QString pattern = word;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            for (const QString &column : SearchedColumns) {
                anyField << Dialect::likeIgnoringCase(db, column);
                values << pattern;
            }
        } else {
            for (const QString &column : SearchedColumns) {
                anyField << Dialect::containsIgnoringCase(db, column);
                values << word;
            }
        }
        return QLatin1Char('(') + anyField.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    });
}

// The same condition on a server, through the search_text columns of account and kecamatan
// (resources/sql/postgresql/0008_search_and_head.sql): each row's searched fields, joined by chr(1),
// ASCII letters lowered and nothing else. A word is already folded, so an ASCII one is part of a
// column exactly where it is part of a folded field; strpos compares bytes (no lowering per row,
// no pattern to escape, no length limit). ILIKE over the joined fields took 52 ms on the national
// register (36,425 accounts), against 1 ms for one regency; this takes about 15 ms. The kecamatan
// that hold a word are looked up once into a hashed set, not matched once per account of the join
// (= ANY of an array of them would compare each account with every id in it: 85 ms for "05").
QString serverSearchCondition(const Database &db, const AccountSearch &search, QVariantList &values)
{
    return perWordCondition(db, search, [&](const QString &word) {
        values << word << word;
        return QStringLiteral("(strpos(a.search_text, ?) > 0 OR a.kecamatan_id IN (SELECT id FROM kecamatan "
                              "WHERE strpos(search_text, ?) > 0))");
    });
}
} // namespace

AccountStore::AccountStore(Database &db)
    : m_db(db)
{}

AccountStore::~AccountStore() = default;

Result<qint64> AccountStore::insert(const Account &account)
{
    // RETURNING hands the id back with the insert; QPSQL's lastInsertId() would ask the server
    // again (SELECT lastval()).
    auto prepared = m_db.prepared(QStringLiteral(
        "INSERT INTO account (kecamatan_id, platform, platform_name, handle, display_name, email, phone, two_factor, "
        "nature, term_id, active_from, active_until, holder, notes, updated_at, status, last_reviewed_on, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    bindFields(query, account);
    query.addBindValue(statusId(account.status));
    query.addBindValue(dateOrNull(account.lastReviewedOn));
    query.addBindValue(account.createdAt.toUTC().toString(Qt::ISODateWithMs));
    return runReturningId(query);
}

Status AccountStore::update(const Account &account)
{
    auto prepared = m_db.prepared(QStringLiteral(
        "UPDATE account SET kecamatan_id = ?, platform = ?, platform_name = ?, handle = ?, display_name = ?, "
        "email = ?, phone = ?, two_factor = ?, nature = ?, term_id = ?, active_from = ?, active_until = ?, "
        "holder = ?, notes = ?, updated_at = ? WHERE id = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    bindFields(query, account);
    query.addBindValue(account.id);
    return runToEnd(query);
}

Status AccountStore::setStatus(qint64 id, AccountStatus status, const QDateTime &now)
{
    auto prepared = m_db.prepared(QStringLiteral("UPDATE account SET status = ?, updated_at = ? WHERE id = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    query.addBindValue(statusId(status));
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(id);
    return runToEnd(query);
}

Status AccountStore::addStatusChange(qint64 accountId, const StatusChange &change)
{
    auto prepared =
        m_db.prepared(QStringLiteral("INSERT INTO account_status_change (account_id, from_status, to_status, reason, "
                                     "officer, at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    query.addBindValue(accountId);
    query.addBindValue(change.from ? QVariant(statusId(*change.from)) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(statusId(change.to));
    query.addBindValue(text(change.reason));
    query.addBindValue(text(change.officer));
    query.addBindValue(change.at.toUTC().toString(Qt::ISODateWithMs));
    return runToEnd(query);
}

Status AccountStore::setReviewed(qint64 id, const QDate &date, const QDateTime &now)
{
    auto prepared =
        m_db.prepared(QStringLiteral("UPDATE account SET last_reviewed_on = ?, updated_at = ? WHERE id = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery &query = *prepared.value();
    query.addBindValue(date.toString(Qt::ISODate));
    query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(id);
    return runToEnd(query);
}

Result<Account> AccountStore::find(qint64 id)
{
    // Kept by the connection: every change reads its account back.
    auto row = KeptRow::read(m_db, Select + QStringLiteral(" WHERE a.id = ?"), {id});
    if (!row) {
        return row.error();
    }
    if (!row->found()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Brankas::Error", "There is no account with number %1. See: brankas-cli "
                                                         "account list"),
                     {QString::number(id)});
    }
    return accountFrom(row->query());
}

Result<QList<Account>> AccountStore::list(const AccountFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.kecamatanCode.isEmpty()) {
        where << QStringLiteral("k.code = ?");
        values << filter.kecamatanCode.trimmed();
    }
    if (filter.platform) {
        where << QStringLiteral("a.platform = ?");
        values << platformId(*filter.platform);
    }
    if (filter.status) {
        where << QStringLiteral("a.status = ?");
        values << statusId(*filter.status);
    }
    if (filter.termId > 0) {
        where << QStringLiteral("a.term_id = ?");
        values << filter.termId;
    }
    const AccountSearch search(filter.text);
    if (!search.isEmpty()) {
        where << (m_db.engine() == Database::Engine::PostgreSql ? serverSearchCondition(m_db, search, values)
                                                                : fileSearchCondition(m_db, search, values));
    }
    // Rows the search condition lets through are confirmed by AccountSearch itself, so the limit
    // counts confirmed rows.
    auto query =
        SelectQuery{Select, where, values,
                    QStringList{Dialect::orderedBytes(m_db, QStringLiteral("k.code")), QStringLiteral("a.platform"),
                                Dialect::orderedBytes(m_db, QStringLiteral("a.handle"))}
                        .join(QStringLiteral(", ")),
                    search.isEmpty() ? filter.limit : -1}
            .run(m_db);
    if (!query) {
        return query.error();
    }
    QList<Account> accounts;
    while (query.value().next() && (search.isEmpty() || filter.limit < 0 || accounts.size() < filter.limit)) {
        Account account = accountFrom(query.value());
        if (search.matches(account)) {
            accounts.append(std::move(account));
        }
    }
    return accounts;
}

Result<QList<StatusChange>> AccountStore::statusHistory(qint64 accountId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, from_status, to_status, reason, officer, at FROM account_status_change "
                                 "WHERE account_id = ? ORDER BY id"));
    query.addBindValue(accountId);
    if (!query.exec()) {
        return fromSqlError(query.lastError());
    }
    QList<StatusChange> changes;
    while (query.next()) {
        StatusChange change;
        change.id = query.value(0).toLongLong();
        if (!query.value(1).isNull()) {
            change.from = statusFromId(query.value(1).toString());
        }
        change.to = statusFromId(query.value(2).toString()).value_or(AccountStatus::Requested);
        change.reason = query.value(3).toString();
        change.officer = query.value(4).toString();
        change.at = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        changes.append(change);
    }
    return changes;
}

Result<qint64> AccountStore::findHandle(Platform platform, const QString &platformName, const QString &handle)
{
    // Kept by the connection: every account added is checked against the register, and a sheet's
    // check asks once per row (preparing it each time was most of the preview's cost).
    auto row = KeptRow::read(m_db,
                             QStringLiteral("SELECT id FROM account WHERE platform = ? AND %1 AND %2")
                                 .arg(Dialect::equalsIgnoringCase(m_db, QStringLiteral("platform_name")),
                                      Dialect::equalsIgnoringCase(m_db, QStringLiteral("handle"))),
                             {platformId(platform), text(platformName), handle});
    if (!row) {
        return row.error();
    }
    return row->found() ? row->query().value(0).toLongLong() : qint64(0);
}

Result<qint64> AccountStore::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM account")) || !query.next()) {
        return fromSqlError(query.lastError());
    }
    return query.value(0).toLongLong();
}

Result<QHash<qint64, QDateTime>> AccountStore::lastHandoverTimes()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT account_id, max(at) FROM account_status_change WHERE to_status = 'held' "
                                   "OR (to_status = 'active' AND from_status IN ('held', 'deactivated')) "
                                   "GROUP BY account_id"))) {
        return fromSqlError(query.lastError());
    }
    QHash<qint64, QDateTime> times;
    while (query.next()) {
        times.insert(query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs));
    }
    return times;
}

} // namespace Brankas::Storage
