// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/register/healthcheck.h>

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Brankas {

class FindingModel;

// "Needs action": the health check's findings grouped by severity and rule, with the selected
// one explained in plain words below and a button that opens its account.
class FindingsPanel : public QFrame
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(QList<Finding> findings);
    // While the health check runs, or when it could not run (the message says why).
    void setBusy(bool busy);
    void setFailure(const QString &message);
    FindingModel *model() const { return m_model; }
    QTreeView *view() const { return m_tree; }
    void retranslateUi();

Q_SIGNALS:
    void accountActivated(qint64 accountId);

private:
    void showCurrent();
    void openCurrent();
    void activate(const QModelIndex &index);

    QLabel *m_title;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QString m_failure;
    QTreeView *m_tree;
    QFrame *m_detail;
    QLabel *m_detailTitle;
    QLabel *m_detailText;
    QPushButton *m_open;
    FindingModel *m_model;
};

} // namespace Brankas
