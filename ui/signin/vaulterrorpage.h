// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/error.h>

#include <QWidget>

class QLabel;
class QPushButton;

namespace Brankas {

// A file Brankas cannot open as a vault (not a vault, damaged, newer, in use elsewhere): the reason
// in an error box, the promise that the file was left as it was, and a way to try again.
class VaultErrorPage : public QWidget
{
    Q_OBJECT

public:
    explicit VaultErrorPage(QWidget *parent = nullptr);

    // onServer: the vault is a server's database, not a file (the texts say what was left alone).
    void setError(const Error &error, bool onServer = false);
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool m_onServer = false;

    Error m_error;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_untouched = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace Brankas
