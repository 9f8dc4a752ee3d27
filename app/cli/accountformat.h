// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/account.h>
#include <core/domain/accountfilter.h>
#include <core/result.h>

#include <QCommandLineParser>
#include <QJsonObject>

namespace Brankas::Cli {

QJsonObject accountJson(const Account &account);
// One line of `account list`: number, kecamatan, platform and handle, status, active period.
QString accountLine(const Account &account);
// The filters of `account list` (--kecamatan, --platform, --status, --term), which `export
// register` takes too.
Result<AccountFilter> accountFilterFrom(const QCommandLineParser &parser);
// The labelled block of `account show`.
QString accountDetails(const Account &account);

} // namespace Brankas::Cli
