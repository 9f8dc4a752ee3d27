#pragma once

#include <core/domain/account.h>

#include <QJsonObject>

namespace Brankas::Cli {

QJsonObject accountJson(const Account &account);
// One line of `account list`: number, kecamatan, platform and handle, status, active period.
QString accountLine(const Account &account);
// The labelled block of `account show`.
QString accountDetails(const Account &account);

} // namespace Brankas::Cli
