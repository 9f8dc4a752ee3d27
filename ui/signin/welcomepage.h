// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Brankas {

// No vault at the path yet: set one up for this office (in a file here or on the office's server),
// or open one brought from another PC or kept on the server.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setVaultPath(const QString &path);
    QPushButton *setUpButton() const { return m_setUp; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *openServerButton() const { return m_openServer; }
    QPushButton *setUpServerButton() const { return m_setUpServer; }

Q_SIGNALS:
    void setUpRequested();
    void openOtherRequested();
    void restoreRequested();
    void openServerRequested();
    void setUpServerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_path = nullptr;
    QPushButton *m_setUp = nullptr;
    QPushButton *m_setUpServer = nullptr;
    QLabel *m_otherHint = nullptr;
    QPushButton *m_openOther = nullptr;
    QPushButton *m_openServer = nullptr;
    QPushButton *m_restore = nullptr;
    QString m_vaultPath;
};

} // namespace Brankas
