// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <core/result.h>

class QFrame;
class QLabel;

namespace Brankas {

// The last step: the vault exists and the administrator is signed in. Whether this PC's keychain
// took the vault key is said plainly, because without it every sign-in here needs the recovery
// passphrase until the keychain works.
class DonePage : public SetupPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget *parent = nullptr);

    void setOutcome(const QString &officeName, const Status &keychain, const Status &officeDetails);
    bool keychainProblemShown() const;

protected:
    void retranslateUi() override;

private:
    QString m_officeName;
    Status m_keychain;
    Status m_officeDetails;
    QLabel *m_ready;
    QFrame *m_keychainBox;
    QLabel *m_keychainTitle;
    QLabel *m_keychainText;
    QFrame *m_officeBox;
    QLabel *m_officeText;
    QLabel *m_next;
};

} // namespace Brankas
