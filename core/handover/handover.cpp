// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover.h"

#include <QCoreApplication>

namespace Brankas {

namespace {
const char *const KindIds[] = {"activation", "return", "transfer"};
}

QList<HandoverKind> allHandoverKinds()
{
    return {HandoverKind::Activation, HandoverKind::Return, HandoverKind::Transfer};
}

QString handoverKindId(HandoverKind kind)
{
    return QString::fromLatin1(KindIds[int(kind)]);
}

std::optional<HandoverKind> handoverKindFromId(const QString &id)
{
    for (HandoverKind kind : allHandoverKinds()) {
        if (id.trimmed().compare(handoverKindId(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString handoverKindDisplayName(HandoverKind kind)
{
    switch (kind) {
    case HandoverKind::Activation:
        return QCoreApplication::translate("Brankas::Handover", "Activation (office to committee)");
    case HandoverKind::Return:
        return QCoreApplication::translate("Brankas::Handover", "Return (committee to office)");
    case HandoverKind::Transfer:
        return QCoreApplication::translate("Brankas::Handover", "Transfer (to the next committee)");
    }
    return {};
}

AccountStatus statusAfterHandover(HandoverKind kind, AccountNature nature)
{
    if (kind != HandoverKind::Return) {
        return AccountStatus::Active;
    }
    return nature == AccountNature::Permanent ? AccountStatus::Held : AccountStatus::Deactivated;
}

} // namespace Brankas
