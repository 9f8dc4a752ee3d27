// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Brankas {

// The places of the main window's navigation, in the order they are listed (Ctrl+1 … Ctrl+9).
enum class Section { Home, Kecamatan, Accounts, Terms, Handovers, Evaluation, ArchiveLog, Officers, Settings };

inline constexpr Section AllSections[] = {Section::Home,       Section::Kecamatan, Section::Accounts,
                                          Section::Terms,      Section::Handovers, Section::Evaluation,
                                          Section::ArchiveLog, Section::Officers,  Section::Settings};

QString sectionTitle(Section section);
// Line icons for the dark navigation: light when listed, the navigation's blue when chosen.
QIcon sectionIcon(Section section);
// One of our line icons (":/icons/NAME.svg") drawn in the colour, with a second colour for the
// selected state (menus and the chosen navigation entry).
QIcon tintedIcon(const QString &name, const QColor &normal, const QColor &selected);

} // namespace Brankas
