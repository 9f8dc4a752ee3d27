// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Brankas {

enum class Platform { Instagram, Facebook, X, TikTok, YouTube, Threads, Other };

QList<Platform> allPlatforms();
QString platformId(Platform platform); // "instagram", "facebook", "x", ...: stored and typed on the CLI
std::optional<Platform> platformFromId(const QString &id);
QString platformDisplayName(Platform platform);

// Takes what an officer pastes — "@bawaslu_buol", "instagram.com/bawaslu_buol/", a full URL — and
// returns the bare handle, or refuses it with the platform's rule in plain words.
Result<QString> normalizeHandle(Platform platform, const QString &input);
// The platform whose profile host a pasted address names ("https://www.tiktok.com/@akun" -> TikTok),
// or none when the text is not such an address.
std::optional<Platform> platformFromUrl(const QString &text);
// The public profile address of a handle.
QString profileUrl(Platform platform, const QString &handle);

} // namespace Brankas
