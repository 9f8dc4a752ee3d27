// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/clock.h>
#include <core/result.h>
#include <core/vault/vault.h>

#include <memory>

namespace Brankas {

// A vault that looks like an office's after two years of use (Bawaslu Kabupaten Buol, its 11
// kecamatan, two terms, accounts on several platforms in every status, a few findings), for
// screenshots and for trying the window out. Built through the same core API as real data, with
// the clock moved along so the log and the histories read like real ones. Invented people.
namespace Demo {

inline const QString AdminName = QStringLiteral("Nurhayati");
inline const QByteArray AdminPassphrase = QByteArrayLiteral("demo lemari besi kantor");
inline const QByteArray RecoveryPassphrase = QByteArrayLiteral("pintu jendela meja kursi lampu");
// The demo's today: the register is built up to it.
QDateTime demoNow();

// The clock must be the environment's: the builder moves it from mid-2024 to demoNow().
Result<std::unique_ptr<Vault>> createDemoVault(const QString &path, VaultEnvironment environment, FixedClock &clock);

} // namespace Demo
} // namespace Brankas
