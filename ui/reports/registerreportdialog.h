// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reports.h>

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Brankas {

class KecamatanListModel;
class TermListModel;
class Workspace;

// Which accounts the printed register lists: the same filters as the register window (kecamatan,
// platform, status, term) and, optionally, an active period.
class RegisterReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterReportDialog(Workspace &workspace, QWidget *parent = nullptr);

    RegisterReportFilter filter() const;

    QComboBox *kecamatanBox() const { return m_kecamatan; }
    QComboBox *platformBox() const { return m_platform; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *termBox() const { return m_term; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();

    KecamatanListModel *m_kecamatanModel;
    TermListModel *m_termModel;
    QLabel *m_intro;
    QFormLayout *m_form;
    QComboBox *m_kecamatan;
    QComboBox *m_platform;
    QComboBox *m_status;
    QComboBox *m_term;
    QCheckBox *m_periodOnly;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QLabel *m_periodDash;
    QList<QLabel *> m_labels;
    QDialogButtonBox *m_buttons;
};

} // namespace Brankas
