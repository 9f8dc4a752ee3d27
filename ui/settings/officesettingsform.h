// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingscard.h"

#include <core/domain/office.h>
#include <core/result.h>

#include <QHash>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Brankas {

class Workspace;

// The office as letterheads, handover records and the health check know it, kept in the vault.
// Administrators edit it; the others see it read-only. Every value core would drop or refuse is
// refused here with its reason, and nothing is saved until all of them are right.
class OfficeSettingsForm : public SettingsCard
{
    Q_OBJECT

public:
    explicit OfficeSettingsForm(Workspace &workspace, QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    void load();
    // True when saved; otherwise refusal() says why.
    bool save();
    QString refusal() const;
    OfficeDetails typedDetails() const;

Q_SIGNALS:
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    Status validate(const OfficeDetails &details) const;
    void showRefusal(const QString &text);
    void updateExample();
    void retranslateUi();

    Workspace &m_workspace;
    const bool m_editable;
    QGridLayout *m_grid;
    QHash<QLineEdit *, QLabel *> m_captions;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_city;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_website;
    QLineEdit *m_headName;
    QLineEdit *m_headTitle;
    QLineEdit *m_officerTitle;
    QLineEdit *m_domains;
    QLineEdit *m_numbers;
    QLineEdit *m_template;
    QLabel *m_example;
    QLabel *m_readOnlyNote;
    QLabel *m_refusal;
    QLabel *m_state;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace Brankas
