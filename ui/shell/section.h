#pragma once

#include <QIcon>
#include <QString>

namespace Brankas {

// The places of the main window's navigation, in the order they are listed (Ctrl+1 … Ctrl+8).
enum class Section { Home, Kecamatan, Accounts, Terms, Handovers, ArchiveLog, Officers, Settings };

inline constexpr Section AllSections[] = {Section::Home,     Section::Kecamatan, Section::Accounts,
                                          Section::Terms,    Section::Handovers, Section::ArchiveLog,
                                          Section::Officers, Section::Settings};

QString sectionTitle(Section section);
QIcon sectionIcon(Section section);

} // namespace Brankas
