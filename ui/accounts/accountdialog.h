// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/account.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Brankas {

class KecamatanListModel;
class NewPasswordField;
class TermListModel;
class Workspace;

// Records a new account or changes a recorded one. Each field is checked as the officer types,
// with core's own rules, and the reason shows under it; OK stays disabled until all are valid. A
// refusal from core on saving shows its message and keeps the dialog open with what was typed.
// Kecamatan, platform and handle identify an account, so they are fixed once it is recorded.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    // Adds an account.
    explicit AccountDialog(Workspace &workspace, QWidget *parent = nullptr);
    // Edits this one.
    AccountDialog(Workspace &workspace, const Account &account, QWidget *parent = nullptr);
    ~AccountDialog() override;

    bool isEditing() const { return m_original.has_value(); }
    // The account as core stored it; empty until saved.
    const std::optional<Account> &saved() const { return m_saved; }
    QPushButton *okButton() const { return m_ok; }
    // Preselects a kecamatan by code (adding from a kecamatan's page).
    void setKecamatan(const QString &code);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void load(const Account &account);
    QLabel *hint(const QString &objectName);
    void validate();
    void showHint(QLabel *label, const QString &text, bool problem);
    bool save();
    void retranslateUi();

    Workspace &m_workspace;
    std::optional<Account> m_original;
    std::optional<Account> m_saved;
    KecamatanListModel *m_kecamatanModel;
    TermListModel *m_termModel;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kecamatan = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_platformName = nullptr;
    QLineEdit *m_handle = nullptr;
    QLabel *m_handleHint = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailHint = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneHint = nullptr;
    QComboBox *m_twoFactor = nullptr;
    QComboBox *m_nature = nullptr;
    QComboBox *m_term = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_holder = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    NewPasswordField *m_password = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Brankas
