// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Brankas {

class HandoverListModel;
class HandoverWizard;
class Workspace;

// Serah terima: the office's handovers, drafts first among the newest, with the commands to start
// one, continue or discard a draft, and print the berita acara (a draft's is stamped as a draft).
class HandoversPage : public QWidget
{
    Q_OBJECT

public:
    explicit HandoversPage(Workspace &workspace, QWidget *parent = nullptr);

    HandoverListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *printButton() const { return m_print; }

    qint64 selectedHandoverId() const; // 0 when none
    void selectHandover(qint64 handoverId);

    // Open the wizard window-modal and return it (nullptr for a viewer); the list reloads as it saves.
    HandoverWizard *newHandover();
    HandoverWizard *continueDraft();
    void discardDraft();
    void printSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void updateButtons();
    void activate(const QModelIndex &index);
    HandoverWizard *openWizard(HandoverWizard *wizard);

    Workspace &m_workspace;
    HandoverListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_viewerNote;
    QPushButton *m_new;
    QPushButton *m_continue;
    QPushButton *m_discard;
    QPushButton *m_print;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace Brankas
