#pragma once

#include "../crypto/kdf.h"
#include "../domain/officer.h"
#include "../result.h"

#include <QList>

namespace Brankas::Storage {

class Database;

// An officer together with the scrypt verifier of their passphrase.
struct OfficerRecord
{
    Officer officer;
    QByteArray salt;
    Crypto::ScryptParams params;
    QByteArray verifier;
};

class OfficerStore
{
public:
    explicit OfficerStore(Database &db)
        : m_db(db)
    {}

    Result<qint64> insert(const OfficerRecord &record);
    // NotFound if there is no officer of that name (names compare without case).
    Result<OfficerRecord> findByName(const QString &name);
    Result<QList<Officer>> list();
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace Brankas::Storage
