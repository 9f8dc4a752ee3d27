#pragma once

#include "vaultprobe.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;

namespace Brankas {

// The three things the start window can find at the vault path. Each page sets all its texts again
// when the language changes, so a switch reaches them too.

// No file yet: how to create the vault with brankas-cli until the window can do it.
class MissingVaultPage : public QWidget
{
    Q_OBJECT

public:
    explicit MissingVaultPage(QWidget *parent = nullptr);

    void setVault(const QString &path, const QString &cliProgram);
    QString commandLine() const;

signals:
    void commandCopied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyCommand();

    QString m_path;
    QString m_program;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_command = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_placeholders = nullptr;
    QLabel *m_next = nullptr;
};

// A vault: what a read-only open tells without a passphrase.
class VaultSummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit VaultSummaryPage(QWidget *parent = nullptr);

    void setProbe(const VaultProbe &probe);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Row { RegencyCode, Province, VaultId, Created, Officers, LogEntries, Keychain, RowCount };

    void retranslateUi();

    VaultProbe m_probe;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    std::array<QLabel *, RowCount> m_names{};
    std::array<QLabel *, RowCount> m_values{};
    QLabel *m_note = nullptr;
};

// Something that is not a vault Brankas can open: the reason, in an error box.
class VaultErrorPage : public QWidget
{
    Q_OBJECT

public:
    explicit VaultErrorPage(QWidget *parent = nullptr);

    void setError(const Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Error m_error;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_untouched = nullptr;
};

} // namespace Brankas
