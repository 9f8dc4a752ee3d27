// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

class QLabel;
class QTreeWidget;

namespace Brankas {

class OfficePage;
class ReferenceData;

// Step three: the kecamatan of the chosen regency that the new register starts with, so the
// officer sees before creating anything that Brankas picked the right area.
class KecamatanPage : public SetupPage
{
    Q_OBJECT

public:
    KecamatanPage(const ReferenceData &reference, const OfficePage &office, QWidget *parent = nullptr);

    void initializePage() override;
    int kecamatanCount() const;

protected:
    void retranslateUi() override;

private:
    const ReferenceData &m_reference;
    const OfficePage &m_office;
    QLabel *m_count;
    QTreeWidget *m_list;
    QLabel *m_note;
};

} // namespace Brankas
