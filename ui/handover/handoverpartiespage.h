// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Brankas {

class HandoverWizard;
class PartyFields;

// Step 3: who hands over (PIHAK PERTAMA), who receives (PIHAK KEDUA), who witnesses ("Mengetahui",
// the head of office by default), and when and where. Leaving it records the draft in the vault.
class HandoverPartiesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HandoverPartiesPage(HandoverWizard *wizard);

    PartyFields *fromFields() const { return m_from; }
    PartyFields *toFields() const { return m_to; }
    PartyFields *witnessFields() const { return m_witness; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *placeEdit() const { return m_place; }

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HandoverWizard *m_wizard;
    PartyFields *m_from;
    PartyFields *m_to;
    PartyFields *m_witness;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_placeLabel;
    QLineEdit *m_place;
    QLabel *m_copiesLabel;
    QSpinBox *m_copies;
    QLabel *m_hint;
};

} // namespace Brankas
