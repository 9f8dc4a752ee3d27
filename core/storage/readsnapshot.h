// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <memory>

namespace Brankas::Storage {

class Database;

// Reads that must agree with each other while other PCs write (the log's newest entries and the
// sealed record of its head): every read on the connection sees the vault as it was at the first
// one, until this ends. A server: a REPEATABLE READ, READ ONLY transaction (each statement of an
// ordinary one would see every commit made between them); a file: one read transaction.
//
// Inside a transaction, or another snapshot, there is nothing to begin: the reads share that one.
// While a snapshot is open the connection starts no write transaction (Transaction::begin refuses
// with ErrorCode::Busy): a change made from the event loop meanwhile (the window's verification
// lets events run under its progress dialog) would meet the open read.
class ReadSnapshot
{
public:
    static Result<std::unique_ptr<ReadSnapshot>> begin(Database &db);
    ~ReadSnapshot();

    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    ReadSnapshot(Database &db, bool began);
    Database &m_db;
    bool m_began;
};

} // namespace Brankas::Storage
