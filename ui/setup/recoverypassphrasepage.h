// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <core/crypto/secretbytes.h>
#include <core/reports/reportdocument.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Brankas {

class AdminPage;
class OfficePage;

// Step five: the recovery passphrase, the only way into the vault on a new PC. Brankas proposes
// words that are easy to write down; an officer may type one instead. Either way it is shown
// large, printed or saved on a sheet for the office safe.
class RecoveryPassphrasePage : public SetupPage
{
    Q_OBJECT

public:
    RecoveryPassphrasePage(const QString &vaultPath, const OfficePage &office, const AdminPage &admin,
                           QWidget *parent = nullptr);
    ~RecoveryPassphrasePage() override;

    // The passphrase as Vault::create gets it; a copy the caller's SecretBytes wipes.
    SecretBytes passphrase() const;
    bool usesOwnPassphrase() const;
    QString refusal() const;
    void clearSecrets();

    // The recovery sheet with the passphrase on it: wipeSensitive() it once printed.
    ReportDocument sheet() const;

    bool isComplete() const override;
    // QWizard::next() and Enter in a field do not look at the Next button: refuse here too.
    bool validatePage() override { return isComplete(); }

Q_SIGNALS:
    void sheetSaved(const QString &path);

protected:
    void retranslateUi() override;

private:
    void generate();
    void modeChanged();
    void check();
    void printSheet();
    void saveSheet();

    const QString m_vaultPath;
    const OfficePage &m_office;
    const AdminPage &m_admin;
    SecretBytes m_generated;
    QRadioButton *m_useGenerated;
    QRadioButton *m_useOwn;
    QLabel *m_phrase;
    QPushButton *m_otherWords;
    QLineEdit *m_own;
    QLabel *m_refusal;
    QLabel *m_advice;
    QPushButton *m_print;
    QPushButton *m_save;
    bool m_acceptable = false;
};

} // namespace Brankas
