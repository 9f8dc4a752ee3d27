// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <core/domain/region.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Brankas {

class ReferenceData;

// Step two: which regency's office this vault belongs to (from the official list, which also
// gives the kecamatan), then how the office is named on paper, its address and its head.
class OfficePage : public SetupPage
{
    Q_OBJECT

public:
    explicit OfficePage(const ReferenceData &reference, QWidget *parent = nullptr);

    // Null until the officer picks a regency.
    const Regency *regency() const;
    QString officeName() const;
    // "Kabupaten Buol, Sulawesi Tengah"; empty until a regency is chosen.
    QString areaName() const;
    QString address() const;
    QString headName() const;

    // For tests and for an officer who knows the code: selects the regency if it is in the list.
    bool selectRegency(const QString &code);

    bool isComplete() const override;
    // QWizard::next() and Enter in a field do not look at the Next button: refuse here too.
    bool validatePage() override { return isComplete(); }

protected:
    void retranslateUi() override;

private:
    void fillProvinces();
    void filterRegencies();
    void regencyChanged();

    const ReferenceData &m_reference;
    QString m_regencyCode;
    QString m_suggestedName; // what we filled in, so an officer's own edit is never overwritten
    QLabel *m_regionCaption;
    QComboBox *m_province;
    QLineEdit *m_search;
    QListWidget *m_regencies;
    QLabel *m_noMatch;
    QLabel *m_nameCaption;
    QLineEdit *m_name;
    QLabel *m_addressCaption;
    QLineEdit *m_address;
    QLabel *m_headCaption;
    QLineEdit *m_head;
};

} // namespace Brankas
