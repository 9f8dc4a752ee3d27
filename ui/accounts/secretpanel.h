// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/secretkind.h>
#include <core/domain/totp.h>
#include <core/error.h>

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace Brankas {

class Workspace;

// An account's secrets, hidden until an officer asks: Reveal shows one for a short while (or until
// Hide), Copy puts it on the clipboard that clears itself, and the TOTP row shows the current code
// with its countdown. Every reveal and copy goes through Secrets, which logs it. Viewers never get
// this panel. Time comes from the workspace's clock, so tests can move it.
class SecretPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RevealSeconds = 30;
    // Long enough to type a code and wait for the next one if it was about to change.
    static constexpr int TotpShowSeconds = 90;

    explicit SecretPanel(Workspace &workspace, QWidget *parent = nullptr);
    ~SecretPanel() override;

    // Hides whatever was shown for the previous account. `present` lists the kinds recorded.
    void setAccount(qint64 accountId, const QList<SecretKind> &present);
    qint64 accountId() const { return m_accountId; }
    bool has(SecretKind kind) const { return m_present.contains(kind); }

    // Each returns false (after telling the officer why) when nothing was copied or shown.
    bool reveal(SecretKind kind);
    bool copy(SecretKind kind);
    // Copies the current six-digit (or so) code, not the seed.
    bool copyTotpCode();
    void hideAll();
    bool isRevealed(SecretKind kind) const;

    // Once a second: hides reveals whose time is up, moves the TOTP and clipboard countdowns.
    void tick();

Q_SIGNALS:
    // A reveal or copy was logged: the account's log view reloads.
    void secretUsed();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        QLabel *countdown = nullptr;
        QPushButton *reveal = nullptr;
        QPushButton *copy = nullptr;
    };
    struct Shown
    {
        QString text; // empty for TOTP: the code is computed each second from m_totp
        QDateTime hideAt;
    };

    void retranslateUi();
    void updateRow(SecretKind kind);
    void updateClipboardNote();
    void toggleReveal(SecretKind kind);
    void fail(const Error &error);
    std::optional<QString> currentCode(int *secondsRemaining);

    Workspace &m_workspace;
    QGridLayout *m_grid;
    QHash<SecretKind, Row> m_rows;
    QLabel *m_clipboardNote;
    QLabel *m_auditNote;
    QTimer *m_timer;
    qint64 m_accountId = 0;
    QList<SecretKind> m_present;
    QHash<SecretKind, Shown> m_shown;
    std::optional<TotpParameters> m_totp;
};

} // namespace Brankas
