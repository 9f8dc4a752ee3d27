// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passphrasestrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Brankas {

// A bar and a word ("Weak", "Strong") for how hard the typed passphrase is to guess: the word
// carries the meaning, the colour only repeats it.
class PassphraseMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseMeter(QWidget *parent = nullptr);

    void setPassphrase(QStringView text);
    PassphraseStrength strength() const { return m_strength; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PassphraseStrength m_strength;
    QProgressBar *m_bar;
    QLabel *m_label;
};

} // namespace Brankas
