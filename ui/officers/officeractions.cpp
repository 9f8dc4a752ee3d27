// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeractions.h"

#include <core/vault/passphrase.h>
#include <core/vault/vault.h>
#include <ui/app/workspace.h>
#include <ui/kecamatan/registerformdialog.h>
#include <ui/setup/passphrasemeter.h>

#include <QComboBox>
#include <QLineEdit>

#include <optional>

namespace Brankas {

namespace {
QLineEdit *passwordField(QWidget *parent, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

Error passphrasesDiffer()
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The two passphrases differ. Type the same one twice."));
}

// Runs a change that takes typed passphrases, wiping their UTF-8 copies once core has them.
Status withUtf8(const QStringList &texts, const std::function<Status(const QList<QByteArray> &)> &change)
{
    QList<QByteArray> utf8;
    for (const QString &text : texts) {
        utf8 << text.toUtf8();
    }
    const Status status = change(utf8);
    for (QByteArray &bytes : utf8) {
        bytes.fill('\0');
    }
    return status;
}

bool finish(RegisterFormDialog &dialog, const QList<QLineEdit *> &secrets = {})
{
    const int result = dialog.exec();
    for (QLineEdit *field : secrets) {
        field->clear();
    }
    return result == QDialog::Accepted;
}
} // namespace

bool OfficerActions::closeAccess(QWidget *parent, Workspace &workspace, const Officer &officer)
{
    RegisterFormDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("closeAccessDialog"));
    dialog.setWindowTitle(tr("Close %1's access").arg(officer.name));
    dialog.setIntro(tr("%1 can no longer sign in, and loses access to the passwords at once. Their name and "
                       "history stay in the archive log.")
                        .arg(officer.name));
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("closeReason"));
    reason->setPlaceholderText(tr("e.g. moved to another office on 1 March"));
    dialog.addRow(tr("Why"), reason);
    dialog.setAcceptText(tr("Close access"));
    dialog.setSubmit([&]() -> Status {
        return workspace.vault().officers().disable(workspace.session(), officer.name, reason->text());
    });
    return finish(dialog);
}

bool OfficerActions::openAccess(QWidget *parent, Workspace &workspace, const Officer &officer)
{
    RegisterFormDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("openAccessDialog"));
    dialog.setWindowTitle(tr("Open %1's access again").arg(officer.name));
    dialog.setIntro(tr("%1 can sign in again with their passphrase; an operator or administrator gets access to the "
                       "passwords again.")
                        .arg(officer.name));
    dialog.setAcceptText(tr("Open access"));
    dialog.setSubmit(
        [&]() -> Status { return workspace.vault().officers().enable(workspace.session(), officer.name); });
    return finish(dialog);
}

bool OfficerActions::changeRole(QWidget *parent, Workspace &workspace, const Officer &officer)
{
    RegisterFormDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("changeRoleDialog"));
    dialog.setWindowTitle(tr("Change %1's role").arg(officer.name));
    dialog.setIntro(tr("A viewer loses access to the passwords; an operator or administrator gets it."));
    auto *role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("newRole"));
    for (Role each : {Role::Operator, Role::Viewer, Role::Administrator}) {
        role->addItem(roleDisplayName(each), int(each));
    }
    role->setCurrentIndex(role->findData(int(officer.role)));
    dialog.addRow(tr("Role"), role);
    dialog.setAcceptText(tr("Change role"));
    dialog.setSubmit([&]() -> Status {
        return workspace.vault().officers().setRole(workspace.session(), officer.name,
                                                    Role(role->currentData().toInt()));
    });
    return finish(dialog);
}

bool OfficerActions::resetPassphrase(QWidget *parent, Workspace &workspace, const Officer &officer)
{
    RegisterFormDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("resetPassphraseDialog"));
    dialog.setWindowTitle(tr("Give %1 a temporary passphrase").arg(officer.name));
    dialog.setIntro(tr("For an officer who forgot theirs. %1 signs in once with this passphrase and must choose a "
                       "new one then. Give it to them in person.")
                        .arg(officer.name));
    auto *temporary = passwordField(&dialog, QStringLiteral("temporaryPassphrase"));
    auto *again = passwordField(&dialog, QStringLiteral("temporaryPassphraseAgain"));
    auto *meter = new PassphraseMeter(&dialog);
    dialog.addRow(tr("Temporary passphrase"), temporary);
    dialog.addRow(QString(), meter);
    dialog.addRow(tr("Passphrase again"), again);
    dialog.setAcceptText(tr("Give passphrase"));
    QObject::connect(temporary, &QLineEdit::textChanged, meter,
                     [meter](const QString &text) { meter->setPassphrase(text); });
    dialog.setSubmit([&]() -> Status {
        if (temporary->text() != again->text()) {
            return passphrasesDiffer();
        }
        return withUtf8({temporary->text()}, [&](const QList<QByteArray> &utf8) {
            return workspace.vault().officers().reset(workspace.session(), officer.name, utf8.at(0));
        });
    });
    return finish(dialog, {temporary, again});
}

bool OfficerActions::changeOwnPassphrase(QWidget *parent, Workspace &workspace)
{
    RegisterFormDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("ownPassphraseDialog"));
    dialog.setWindowTitle(tr("Change my passphrase"));
    dialog.setIntro(tr("Your keys stay the same: everything you signed stays yours."));
    auto *current = passwordField(&dialog, QStringLiteral("currentPassphrase"));
    auto *next = passwordField(&dialog, QStringLiteral("newPassphrase"));
    auto *again = passwordField(&dialog, QStringLiteral("newPassphraseAgain"));
    auto *meter = new PassphraseMeter(&dialog);
    dialog.addRow(tr("Current passphrase"), current);
    dialog.addRow(tr("New passphrase"), next);
    dialog.addRow(QString(), meter);
    dialog.addRow(tr("Passphrase again"), again);
    dialog.setAcceptText(tr("Change passphrase"));
    QObject::connect(next, &QLineEdit::textChanged, meter,
                     [meter](const QString &text) { meter->setPassphrase(text); });
    dialog.setSubmit([&]() -> Status {
        if (next->text() != again->text()) {
            return passphrasesDiffer();
        }
        return withUtf8({current->text(), next->text()}, [&](const QList<QByteArray> &utf8) {
            return workspace.vault().officers().changePassphrase(workspace.session(), utf8.at(0), utf8.at(1));
        });
    });
    return finish(dialog, {current, next, again});
}

Result<Session> OfficerActions::signInChoosingPassphrase(QWidget *parent, Vault &vault, const QString &officer,
                                                         QByteArrayView temporary)
{
    RegisterFormDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("choosePassphraseDialog"));
    dialog.setWindowTitle(tr("Choose your passphrase"));
    dialog.setIntro(tr("An administrator gave you a temporary passphrase. Choose your own now; only you will know "
                       "it."));
    auto *next = passwordField(&dialog, QStringLiteral("newPassphrase"));
    auto *again = passwordField(&dialog, QStringLiteral("newPassphraseAgain"));
    auto *meter = new PassphraseMeter(&dialog);
    dialog.addRow(tr("New passphrase"), next);
    dialog.addRow(QString(), meter);
    dialog.addRow(tr("Passphrase again"), again);
    dialog.setAcceptText(tr("Sign in"));
    QObject::connect(next, &QLineEdit::textChanged, meter,
                     [meter](const QString &text) { meter->setPassphrase(text); });
    std::optional<Session> session;
    dialog.setSubmit([&]() -> Status {
        if (next->text() != again->text()) {
            return passphrasesDiffer();
        }
        return withUtf8({next->text()}, [&](const QList<QByteArray> &utf8) -> Status {
            auto signedIn = vault.signIn(officer, temporary, utf8.at(0));
            if (!signedIn) {
                return signedIn.error();
            }
            session = signedIn.value();
            return {};
        });
    });
    if (!finish(dialog, {next, again}) || !session) {
        return Error(
            ErrorCode::Cancelled,
            QT_TRANSLATE_NOOP("Brankas::Error", "You did not choose a new passphrase, so you are not signed in."));
    }
    return *session;
}

} // namespace Brankas
