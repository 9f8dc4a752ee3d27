// SPDX-License-Identifier: GPL-3.0-or-later
#include "section.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

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
    case Section::Evaluation:
        return QCoreApplication::translate("Brankas::Section", "Evaluation");
    case Section::ArchiveLog:
        return QCoreApplication::translate("Brankas::Section", "Archive log");
    case Section::Officers:
        return QCoreApplication::translate("Brankas::Section", "Officers");
    case Section::Settings:
        return QCoreApplication::translate("Brankas::Section", "Settings");
    }
    return {};
}

QIcon tintedIcon(const QString &name, const QColor &normal, const QColor &selected)
{
    const QIcon source(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon result;
    for (const int size : {16, 20, 24, 32, 48}) {
        for (const auto &[mode, colour] : {std::pair{QIcon::Normal, normal}, std::pair{QIcon::Selected, selected}}) {
            QPixmap pixmap = source.pixmap(QSize(size, size));
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), colour);
            painter.end();
            result.addPixmap(pixmap, mode);
        }
    }
    return result;
}

QIcon sectionIcon(Section section)
{
    static const char *const names[] = {"nav-home",  "nav-kecamatan", "nav-accounts",
                                        "nav-terms", "nav-handovers", "nav-evaluation",
                                        "nav-log",   "nav-officers",  "nav-settings"};
    const auto index = std::find(std::begin(AllSections), std::end(AllSections), section) - std::begin(AllSections);
    return tintedIcon(QString::fromLatin1(names[index]), QColor(0xe4, 0xec, 0xf5), QColor(0x17, 0x37, 0x5e));
}

} // namespace Brankas
