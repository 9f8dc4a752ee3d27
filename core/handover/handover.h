// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/account.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Brankas {

// Activation: the office hands accounts to a committee. Return: a committee gives them back to the
// office at term end. Transfer: the accounts pass to the next committee and stay in use.
enum class HandoverKind { Activation, Return, Transfer };

QList<HandoverKind> allHandoverKinds();
QString handoverKindId(HandoverKind kind); // "activation", "return", "transfer": stored and typed on the CLI
std::optional<HandoverKind> handoverKindFromId(const QString &id);
QString handoverKindDisplayName(HandoverKind kind);

// The status an account has after a handover of this kind: a returned permanent account is held by
// the office, a returned term-bound one deactivated; the others are in use.
AccountStatus statusAfterHandover(HandoverKind kind, AccountNature nature);

// One side of a handover as the berita acara names it.
struct HandoverParty
{
    QString name;
    QString position; // "Ketua Panwaslu Kecamatan Momunu"
    QString office;   // "Panwaslu Kecamatan Momunu" / the Bawaslu office

    bool operator==(const HandoverParty &) const = default;
};

// One account in a handover and what was done to it during the handover.
struct HandoverItem
{
    qint64 accountId = 0;
    bool passwordChanged = false;
    bool recoveryChanged = false;
    std::optional<AccountStatus> statusBefore; // set when finalised
    std::optional<AccountStatus> statusAfter;
    Account account; // as the register shows it now
};

struct Handover
{
    qint64 id = 0;
    HandoverKind kind = HandoverKind::Activation;
    qint64 kecamatanId = 0;
    QString kecamatanCode;
    QString kecamatanName;
    qint64 termId = 0; // the term the receiving committee serves; 0 for a return
    QString termName;
    QDate date;
    QString place;
    HandoverParty from;
    HandoverParty to;
    HandoverParty witness; // "Mengetahui": the head of office unless named otherwise
    QString notes;
    int copies = 2;
    QString number; // empty until finalised
    int sequence = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime finalizedAt; // invalid while a draft
    QString finalizedBy;
    QList<HandoverItem> items;

    bool isFinal() const { return finalizedAt.isValid(); }
};

// What an officer fills in to start (or re-edit) a draft handover.
struct NewHandover
{
    QString kecamatanCode;
    HandoverKind kind = HandoverKind::Activation;
    QDate date;
    QString place; // empty: the office's city
    HandoverParty from;
    HandoverParty to;
    std::optional<HandoverParty> witness; // none: the head of office from the office settings
    QList<qint64> accountIds;             // empty: every account of the kecamatan the kind applies to
    std::optional<qint64> termId;         // none: the term covering the date (activation, transfer)
    QString notes;
    int copies = 2;
};

} // namespace Brankas
