// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

class QLabel;
class QLineEdit;

namespace Brankas {

class RecoveryPassphrasePage;

// Step six: the officer types two of the recovery words back from the paper (which two is chosen
// at random each time), so a sheet with a mistake is found now and not on the day it is needed.
// A passphrase of one word is typed back whole.
class RecoveryCheckPage : public SetupPage
{
    Q_OBJECT

public:
    explicit RecoveryCheckPage(const RecoveryPassphrasePage &recovery, QWidget *parent = nullptr);
    ~RecoveryCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // QWizard::next() and Enter in a field do not look at the Next button: refuse here too.
    bool validatePage() override { return isComplete(); }

    // The 1-based positions of the words asked for; empty when the whole passphrase is asked.
    QList<int> askedWords() const { return m_positions; }

protected:
    void retranslateUi() override;

private:
    void forget();

    const RecoveryPassphrasePage &m_recovery;
    QList<int> m_positions;
    QStringList m_expected;
    QLabel *m_firstCaption;
    QLineEdit *m_first;
    QLabel *m_secondCaption;
    QLineEdit *m_second;
    QLabel *m_state;
    QLabel *m_advice;
};

} // namespace Brankas
