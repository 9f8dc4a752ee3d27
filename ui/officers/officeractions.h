// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/officer.h>
#include <core/result.h>
#include <core/vault/session.h>

#include <QCoreApplication>

class QWidget;

namespace Brankas {

class Vault;
class Workspace;

// The forms of the Petugas page that change an officer: close or open their access, change their
// role, give them a temporary passphrase, and change one's own passphrase. Each opens a small form
// that stays open with core's reason when core refuses, and says whether anything changed.
class OfficerActions
{
    Q_DECLARE_TR_FUNCTIONS(Brankas::OfficerActions)

public:
    static bool closeAccess(QWidget *parent, Workspace &workspace, const Officer &officer);
    static bool openAccess(QWidget *parent, Workspace &workspace, const Officer &officer);
    static bool changeRole(QWidget *parent, Workspace &workspace, const Officer &officer);
    static bool resetPassphrase(QWidget *parent, Workspace &workspace, const Officer &officer);
    static bool changeOwnPassphrase(QWidget *parent, Workspace &workspace);
    // The first sign-in after an administrator's reset: the officer chooses their new passphrase
    // and is signed in with it (Cancelled when they close the form).
    static Result<Session> signInChoosingPassphrase(QWidget *parent, Vault &vault, const QString &officer,
                                                    QByteArrayView temporary);
};

} // namespace Brankas
