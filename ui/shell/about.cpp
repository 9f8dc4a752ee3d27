#include "about.h"

#include <core/domain/referencedata.h>

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Brankas {

namespace {
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Brankas::About", sourceText);
}
} // namespace

void showAbout(QWidget *parent)
{
    const QString licence = QStringLiteral("<a href=\"https://opendatacommons.org/licenses/odbl/1-0/\">"
                                           "opendatacommons.org/licenses/odbl/1-0</a>");
    const QString body =
        QStringLiteral("<h3>Brankas %1</h3><p>%2</p><p>%3<br>%4</p><p>%5</p>")
            .arg(QStringLiteral(BRANKAS_VERSION),
                 text(QT_TRANSLATE_NOOP("Brankas::About",
                                        "Register and encrypted password archive of the Panwaslu Kecamatan "
                                        "social-media accounts, for Bawaslu Kabupaten/Kota offices."))
                     .toHtmlEscaped(),
                 text(QT_TRANSLATE_NOOP("Brankas::About",
                                        "The lists of provinces, regencies and kecamatan come from %1."))
                     .arg(ReferenceData::attribution())
                     .toHtmlEscaped(),
                 text(QT_TRANSLATE_NOOP("Brankas::About", "Licence text: %1")).toHtmlEscaped().arg(licence),
                 text(QT_TRANSLATE_NOOP("Brankas::About", "Built with Qt %1.")).arg(QString::fromLatin1(qVersion())));
    QMessageBox box(QMessageBox::Information, text(QT_TRANSLATE_NOOP("Brankas::About", "About Brankas")), body,
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::RichText);
    box.addButton(text(QT_TRANSLATE_NOOP("Brankas::About", "Close")), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace Brankas
