// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../models/accountfiltermodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Brankas {

class KecamatanListModel;
class TermListModel;
class Vault;

// Search as you type, platform, status, kecamatan and term, and how many accounts are shown.
class AccountFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AccountFilterBar(QWidget *parent = nullptr);

    // Fills the kecamatan and term combos again, keeping the current choice where it still exists.
    void reload(Vault &vault);
    AccountFilterCriteria criteria() const;
    void setCriteria(const AccountFilterCriteria &criteria);
    void clear();
    void focusSearch();
    void setCounts(int shown, int total);

    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void criteriaChanged(const Brankas::AccountFilterCriteria &criteria);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitChanged();

    QLineEdit *m_search;
    QComboBox *m_platform;
    QComboBox *m_status;
    QComboBox *m_kecamatan;
    QComboBox *m_term;
    QPushButton *m_clear;
    QLabel *m_count;
    KecamatanListModel *m_kecamatanModel;
    TermListModel *m_termModel;
    int m_shown = 0;
    int m_total = 0;
    bool m_settingCriteria = false;
};

} // namespace Brankas
