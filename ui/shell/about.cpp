// SPDX-License-Identifier: GPL-3.0-or-later
#include "about.h"

#include <core/domain/referencedata.h>
#include <core/libraryversions.h>

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Brankas {

namespace {
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Brankas::About", sourceText);
}

QString link(const char *url, const char *shown)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(url), QLatin1String(shown));
}

QString libraryList()
{
    QStringList items;
    for (const LibraryVersion &library : libraryVersions()) {
        const QString version =
            library.version.isEmpty() ? text(QT_TRANSLATE_NOOP("Brankas::About", "version unknown")) : library.version;
        items << QStringLiteral("%1 %2 (%3)").arg(library.name, version, library.licence).toHtmlEscaped();
    }
    return items.join(QStringLiteral("<br>"));
}
} // namespace

QString aboutText()
{
    const QString gpl = link("https://www.gnu.org/licenses/gpl-3.0.html", "gnu.org/licenses/gpl-3.0");
    const QString odbl =
        link("https://opendatacommons.org/licenses/odbl/1-0/", "opendatacommons.org/licenses/odbl/1-0");
    const QString ofl = link("https://openfontlicense.org", "openfontlicense.org");
    return QStringLiteral("<h3>Brankas %1</h3><p>%2</p><p>%3<br>%4</p><p>%5<br>%6</p><p>%7<br>%8</p><p>%9<br>%10</p>")
        .arg(QStringLiteral(BRANKAS_VERSION),
             text(QT_TRANSLATE_NOOP("Brankas::About",
                                    "Register and encrypted password archive of the Panwaslu Kecamatan "
                                    "social-media accounts, for Bawaslu Kabupaten/Kota offices."))
                 .toHtmlEscaped(),
             text(QT_TRANSLATE_NOOP("Brankas::About",
                                    "Brankas is free software under the GNU General Public License, version 3 or "
                                    "later (GPL-3.0-or-later). It comes with no warranty."))
                 .toHtmlEscaped(),
             text(QT_TRANSLATE_NOOP("Brankas::About", "Licence text: %1")).toHtmlEscaped().arg(gpl),
             text(QT_TRANSLATE_NOOP("Brankas::About", "The lists of provinces, regencies and kecamatan come from %1."))
                 .arg(ReferenceData::attribution())
                 .toHtmlEscaped(),
             text(QT_TRANSLATE_NOOP("Brankas::About", "Licence text: %1")).toHtmlEscaped().arg(odbl),
             text(QT_TRANSLATE_NOOP("Brankas::About", "Reports are set in %1."))
                 .arg(QStringLiteral("Liberation Sans 2.1.5, SIL Open Font License 1.1 (OFL-1.1)"))
                 .toHtmlEscaped(),
             text(QT_TRANSLATE_NOOP("Brankas::About", "Licence text: %1")).toHtmlEscaped().arg(ofl),
             text(QT_TRANSLATE_NOOP("Brankas::About", "Built with:")).toHtmlEscaped(), libraryList());
}

void showAbout(QWidget *parent)
{
    QMessageBox box(QMessageBox::Information, text(QT_TRANSLATE_NOOP("Brankas::About", "About Brankas")), aboutText(),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::RichText);
    box.addButton(text(QT_TRANSLATE_NOOP("Brankas::About", "Close")), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace Brankas
