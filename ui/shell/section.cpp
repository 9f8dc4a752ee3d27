#include "section.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace Brankas {

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Home:
        return QCoreApplication::translate("Brankas::Section", "Home");
    case Section::Kecamatan:
        return QCoreApplication::translate("Brankas::Section", "Kecamatan");
    case Section::Accounts:
        return QCoreApplication::translate("Brankas::Section", "Accounts");
    case Section::Terms:
        return QCoreApplication::translate("Brankas::Section", "Terms");
    case Section::Handovers:
        return QCoreApplication::translate("Brankas::Section", "Handovers");
    case Section::ArchiveLog:
        return QCoreApplication::translate("Brankas::Section", "Archive log");
    case Section::Officers:
        return QCoreApplication::translate("Brankas::Section", "Officers");
    case Section::Settings:
        return QCoreApplication::translate("Brankas::Section", "Settings");
    }
    return {};
}

QIcon sectionIcon(Section section)
{
    // Theme icons where the desktop has them (freedesktop names), the style's own otherwise.
    const auto themed = [](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
    };
    switch (section) {
    case Section::Home:
        return themed("go-home", QStyle::SP_DirHomeIcon);
    case Section::Kecamatan:
        return themed("folder", QStyle::SP_DirIcon);
    case Section::Accounts:
        return themed("contact-new", QStyle::SP_FileDialogDetailedView);
    case Section::Terms:
        return themed("x-office-calendar", QStyle::SP_FileDialogInfoView);
    case Section::Handovers:
        return themed("document-send", QStyle::SP_ArrowRight);
    case Section::ArchiveLog:
        return themed("document-properties", QStyle::SP_FileDialogContentsView);
    case Section::Officers:
        return themed("system-users", QStyle::SP_DirLinkIcon);
    case Section::Settings:
        return themed("preferences-system", QStyle::SP_FileDialogListView);
    }
    return {};
}

} // namespace Brankas
