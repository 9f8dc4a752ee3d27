// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../i18n/language.h"
#include "../reports/paper.h"
#include "../result.h"
#include "../vault/session.h"
#include "publiclist.h"

#include <QDate>
#include <QImage>
#include <QStringList>

namespace Brankas {

class Vault;

struct PublishOptions
{
    Language language = Language::Indonesian;
    Paper paper = Paper::A4;
    QImage logo;  // for the printed version's letterhead; none: text only
    QDate asOf{}; // the day the list is for; invalid: today, by the vault's clock
};

// What a publication wrote.
struct Publication
{
    QString folder;
    QStringList files; // full paths, in the order written
    int accounts = 0;
    QDate asOf;
    QString sha256; // of accounts.json: the list as published, as the archive log records it
};

// The public list of official accounts, written for the office's website: index.html,
// accounts.csv, accounts.json and accounts.pdf (with a QR code per account) in one folder. Every
// officer who may make reports may publish; each publication is logged as register.published, on
// its own, before the files appear under their names.
class Publisher
{
public:
    static const QStringList &fileNames(); // index.html, accounts.csv, accounts.json, accounts.pdf

    explicit Publisher(Vault &vault)
        : m_vault(vault)
    {}

    // The list as it would be published, without writing anything.
    Result<PublicList> list(const QDate &asOf = {});

    // Writes the four files into `folder`, creating it if it does not exist. Refuses a folder that
    // is a file, a link or a device, and any file in it that may not be written over (a vault, a
    // link, a folder): then nothing is written and nothing is logged.
    Result<Publication> publish(const Session &session, const QString &folder, const PublishOptions &options);

    // The checks publish() makes on the folder, for a caller that asks before it gathers anything.
    static Status checkFolder(const QString &folder);

private:
    Vault &m_vault;
};

} // namespace Brankas
