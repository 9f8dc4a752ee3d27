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
class ReadSnapshot
{
public:
    static Result<std::unique_ptr<ReadSnapshot>> begin(Database &db);
    ~ReadSnapshot();

    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    explicit ReadSnapshot(Database &db);
    Database &m_db;
};

} // namespace Brankas::Storage
