// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Brankas {

class HandoverWizard;

// Step 6: the handover is final. Shows its number and what happened to each account, and prints or
// saves the berita acara (with the sealed-envelope annex on request, from the full preview).
class HandoverDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverDonePage(HandoverWizard *wizard);

    QTreeWidget *statusList() const { return m_statuses; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *previewButton() const { return m_preview; }

    void initializePage() override;
    // Writes the record (without credentials) on the officer's paper; false when refused or cancelled.
    bool saveTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void print();
    void save();

    HandoverWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_text;
    QTreeWidget *m_statuses;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_preview;
};

} // namespace Brankas
