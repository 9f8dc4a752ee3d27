// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace Brankas::Crypto {

// Overwrites memory in a way the optimiser may not remove.
void wipe(void *data, size_t size);
// Wipes the array's own bytes (detaching it first if it is shared).
void wipe(QByteArray &bytes);
void wipe(QString &text);

// Compares without leaking through timing where the difference lies.
bool constantTimeEqual(QByteArrayView a, QByteArrayView b);

} // namespace Brankas::Crypto
