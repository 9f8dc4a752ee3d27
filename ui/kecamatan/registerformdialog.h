// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Brankas {

// The small forms of the register pages (add a kecamatan, extend a term, add an officer). OK runs
// the change; if core refuses it, the dialog stays open with the reason shown above the buttons,
// so the officer corrects one value instead of typing everything again. Its buttons carry our own
// translated texts (Qt has no Indonesian for its standard buttons).
class RegisterFormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterFormDialog(QWidget *parent = nullptr);

    void setIntro(const QString &text);
    void addRow(const QString &label, QWidget *field);
    void addRow(QWidget *widget);
    void setAcceptText(const QString &text);
    void setSubmit(std::function<Status()> submit) { m_submit = std::move(submit); }
    // Refuses before core is asked (e.g. passphrases that differ), in the same place.
    void showRefusal(const QString &message);
    QString refusal() const;
    QPushButton *acceptButton() const { return m_accept; }

    void accept() override;

private:
    QLabel *m_intro;
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
    std::function<Status()> m_submit;
};

} // namespace Brankas
