// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <core/result.h>

#include <functional>

class QFormLayout;
class QLabel;

namespace Brankas {

class AdminPage;
class KecamatanPage;
class OfficePage;

// Step seven: what is about to be created, and the button that creates it. After it there is no
// way back: the vault exists.
class SummaryPage : public SetupPage
{
    Q_OBJECT

public:
    using Create = std::function<Status()>;

    SummaryPage(const QString &vaultPath, const OfficePage &office, const KecamatanPage &kecamatan,
                const AdminPage &admin, Create create, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

Q_SIGNALS:
    // Instead of a message box, for tests and for the wizard to log nothing about it.
    void creationFailed(const Brankas::Error &error);

protected:
    void retranslateUi() override;

private:
    const QString m_vaultPath;
    const OfficePage &m_office;
    const KecamatanPage &m_kecamatan;
    const AdminPage &m_admin;
    Create m_create;
    QLabel *m_officeCaption;
    QLabel *m_officeName;
    QLabel *m_areaCaption;
    QLabel *m_area;
    QLabel *m_kecamatanCaption;
    QLabel *m_kecamatanCount;
    QLabel *m_adminCaption;
    QLabel *m_adminName;
    QLabel *m_fileCaption;
    QLabel *m_file;
    QLabel *m_note;
    QLabel *m_working;
};

} // namespace Brankas
