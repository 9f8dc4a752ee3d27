// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../app/preferences.h"

#include <core/result.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QPageSize;
class QTextDocument;
class QWidget;

namespace Brankas {

// What a recovery sheet names. Without a passphrase the sheet has an empty box in which the
// administrator writes it by hand: a reprinted sheet never carries it unless it is typed in.
struct RecoverySheetContents
{
    QString officeName;
    QString regionName; // "Kabupaten Buol, Sulawesi Tengah"
    QString vaultId;    // empty while the vault does not exist yet (printed during setup)
    QString vaultPath;
    QDate date;
    QString passphrase;
};

// The page kept in the office safe: the recovery passphrase and how to use it on a new PC. Written
// here as a small QTextDocument until core/reports has a recovery sheet of its own.
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(Brankas::RecoverySheet)

public:
    explicit RecoverySheet(RecoverySheetContents contents);
    ~RecoverySheet(); // wipes the passphrase
    RecoverySheet(const RecoverySheet &) = delete;
    RecoverySheet &operator=(const RecoverySheet &) = delete;

    static QPageSize pageSize(PaperSize paper);

    // The caller clears the document when done with it: it holds the passphrase.
    std::unique_ptr<QTextDocument> document() const;
    Status savePdf(const QString &path, PaperSize paper) const;
    // Shows the print dialog; false if the officer cancelled it.
    bool print(QWidget *parent, PaperSize paper) const;

private:
    QString html() const;

    RecoverySheetContents m_contents;
};

} // namespace Brankas
