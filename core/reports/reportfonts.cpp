// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfonts.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace Brankas {

Result<QString> reportFontFamily()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Reports need Brankas's graphics library, which this program "
                                                         "did not start."));
    }
    static const QString family = [] {
        QString loaded;
        for (const QString &file : {QStringLiteral(":/fonts/LiberationSans-Regular.ttf"),
                                    QStringLiteral(":/fonts/LiberationSans-Bold.ttf")}) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id >= 0 && loaded.isEmpty()) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                loaded = families.isEmpty() ? QString() : families.first();
            }
        }
        return loaded;
    }();
    if (family.isEmpty()) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Brankas is missing one of its own files (%1); reinstall it."),
                     {QStringLiteral("fonts/LiberationSans-Regular.ttf")});
    }
    return family;
}

} // namespace Brankas
