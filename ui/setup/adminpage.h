// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <core/crypto/secretbytes.h>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Brankas {

class PassphraseMeter;

// Step four: the first administrator, who signs in with this name and passphrase from now on.
// What core would refuse (too short, the officer's own name) shows while typing, in core's words.
class AdminPage : public SetupPage
{
    Q_OBJECT

public:
    explicit AdminPage(QWidget *parent = nullptr);

    QString adminName() const;
    // A copy for Vault::create; the caller's SecretBytes wipes it.
    SecretBytes passphrase() const;
    // Why the page cannot go on yet, in the UI language; empty when it can.
    QString refusal() const;
    void clearSecrets();

    bool isComplete() const override;
    // QWizard::next() and Enter in a field do not look at the Next button: refuse here too.
    bool validatePage() override { return isComplete(); }

protected:
    void retranslateUi() override;

private:
    void check();

    QLabel *m_nameCaption;
    QLineEdit *m_name;
    QLabel *m_passphraseCaption;
    QLineEdit *m_passphrase;
    QLabel *m_repeatCaption;
    QLineEdit *m_repeat;
    QCheckBox *m_show;
    PassphraseMeter *m_meter;
    QLabel *m_refusal;
    QLabel *m_advice;
    bool m_acceptable = false;
};

} // namespace Brankas
