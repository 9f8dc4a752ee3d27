// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/crypto/secretbytes.h>
#include <core/reports/reportdocument.h>
#include <core/result.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

class Workspace;

// Replaces the recovery passphrase (administrators): the current one from the sheet in the safe,
// then the new one Brankas proposes, which must be printed or saved (or written down, ticked) before
// it can be made the vault's. Core's refusal (a wrong current passphrase) keeps the dialog open.
class RecoveryChangeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryChangeDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~RecoveryChangeDialog() override; // wipes both passphrases

    // The new sheet with the proposed passphrase on it: wipeSensitive() it once printed.
    Result<ReportDocument> newSheet() const;
    // The words proposed; for tests, which stand in for the officer reading the sheet.
    QString proposedForTesting() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void propose();
    void printSheet();
    void saveSheet();
    void updateState();
    void retranslateUi();

    Workspace &m_workspace;
    SecretBytes m_proposed;
    QLabel *m_intro;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    QLabel *m_newLabel;
    QLabel *m_phrase;
    QPushButton *m_otherWords;
    QPushButton *m_print;
    QPushButton *m_save;
    QCheckBox *m_writtenDown;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    bool m_sheetMade = false;
};

} // namespace Brankas
