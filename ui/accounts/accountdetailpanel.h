// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/account.h>
#include <core/result.h>

#include <QWidget>

#include <optional>

class QAction;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QScrollArea;
class QTableView;

namespace Brankas {

class AccountLogModel;
class PasswordHistoryModel;
class SecretPanel;
class StatusHistoryModel;
class Workspace;

// Everything about the selected account: its details, its secrets behind Reveal and Copy, its
// status history, password history and its own archive-log entries.
class AccountDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccountDetailPanel(Workspace &workspace, QWidget *parent = nullptr);

    // std::nullopt shows the "choose an account" hint.
    void showAccount(const std::optional<Account> &account);
    const std::optional<Account> &account() const { return m_account; }
    // Buttons beside the account's name (edit, change status), kept in step with their actions.
    void addHeaderAction(QAction *action);
    // nullptr for officers who may not see secrets.
    SecretPanel *secretPanel() const { return m_secrets; }
    // Reads the histories and the log again (after a reveal, copy or change).
    void reloadHistory();

    // The tab of the account's own archive-log entries, read only while it is shown.
    static constexpr int LogTab = 2;
    QTabWidget *historyTabs() const { return m_tabs; }
    StatusHistoryModel *statusHistory() const { return m_statusHistory; }
    PasswordHistoryModel *passwordHistory() const { return m_passwordHistory; }
    AccountLogModel *accountLog() const { return m_log; }
    // As narrow as the details can be in one column, so nothing in the panel is cut off.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addField(QGridLayout *grid, int row, int column, const char *name);
    QTableView *historyView(QWidget *parent, const QString &objectName);
    void retranslateUi();
    // Two columns of fields when they fit the panel's width, one when not (a long e-mail address
    // beside a long holder's name would otherwise be cut off in a narrow panel).
    void arrangeFields(int width);
    void fillFields();
    void logChanged();
    Status loadLogIfShown();

    Workspace &m_workspace;
    std::optional<Account> m_account;
    QStackedWidget *m_stack;
    QLabel *m_emptyHint;
    QLabel *m_platformIcon;
    QLabel *m_handle;
    QLabel *m_displayName;
    QLabel *m_url;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QHBoxLayout *m_headerButtons;
    QList<std::pair<QLabel *, const char *>> m_fieldNames;
    QScrollArea *m_scroll;
    QGridLayout *m_fields;
    // Each field's name-above-value cell, in reading order of the two-column arrangement.
    QList<QLayout *> m_cells;
    int m_columns = 2;
    QLabel *m_kecamatan;
    QLabel *m_term;
    QLabel *m_period;
    QLabel *m_nature;
    QLabel *m_holder;
    QLabel *m_email;
    QLabel *m_phone;
    QLabel *m_twoFactor;
    QLabel *m_reviewed;
    QLabel *m_recorded;
    QLabel *m_notes;
    QLabel *m_secretsTitle;
    QLabel *m_viewerNote;
    SecretPanel *m_secrets = nullptr;
    QTabWidget *m_tabs;
    StatusHistoryModel *m_statusHistory;
    PasswordHistoryModel *m_passwordHistory;
    AccountLogModel *m_log;
    bool m_logStale = true;
};

} // namespace Brankas
