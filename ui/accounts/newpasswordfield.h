// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/crypto/secretbytes.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

// A password typed or generated for an account, with how strong it is. The generated value comes
// from the CSPRNG (core's PasswordGenerator); the field wipes its copy when cleared or destroyed
// as far as QString allows.
class NewPasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit NewPasswordField(QWidget *parent = nullptr);
    ~NewPasswordField() override;

    bool isEmpty() const;
    SecretBytes value() const;
    void clear();
    // Fills in a random 20-character password and shows it, so the officer can write it down.
    void generate();
    QLineEdit *edit() const { return m_edit; }

    // Bits of randomness as Brankas estimates them; 0 when empty.
    double strengthBits() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStrength();

    QLineEdit *m_edit;
    QPushButton *m_show;
    QPushButton *m_generate;
    QLabel *m_strength;
    double m_generatedBits = 0; // set while the field holds an untouched generated password
};

} // namespace Brankas
