// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverysheet.h"

#include <core/crypto/wipe.h>

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace Brankas {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void printTo(QTextDocument &document, QPagedPaintDevice &device)
{
    // QTextDocument::print() adds 2 cm margins of its own around a document without a page size.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    document.print(&device);
}
} // namespace

RecoverySheet::RecoverySheet(RecoverySheetContents contents)
    : m_contents(std::move(contents))
{}

RecoverySheet::~RecoverySheet()
{
    Crypto::wipe(m_contents.passphrase);
}

QPageSize RecoverySheet::pageSize(PaperSize paper)
{
    // F4 (215 x 330 mm) is what Indonesian offices file; Qt knows it by no name of its own.
    return paper == PaperSize::F4 ? QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4"))
                                  : QPageSize(QPageSize::A4);
}

QString RecoverySheet::html() const
{
    const RecoverySheetContents &c = m_contents;
    QString rows;
    const auto row = [&rows](const QString &name, const QString &value) {
        rows += QStringLiteral("<tr><td style=\"padding:3px 12px 3px 0; color:#444\">%1</td>"
                               "<td style=\"padding:3px 0\"><b>%2</b></td></tr>")
                    .arg(escaped(name), escaped(value));
    };
    row(tr("Office"), c.officeName);
    row(tr("Area"), c.regionName);
    row(tr("Vault ID"), c.vaultId.isEmpty() ? tr("(given when the vault is created)") : c.vaultId);
    row(tr("Vault file on the PC where it was made"), QDir::toNativeSeparators(c.vaultPath));
    row(tr("Date"), QLocale().toString(c.date, QLocale::LongFormat));

    QString phrase;
    if (c.passphrase.isEmpty()) {
        phrase = QStringLiteral("<p style=\"color:#555\">%1</p>"
                                "<p>&nbsp;</p><p>______________________________________________________________</p>"
                                "<p>&nbsp;</p><p>______________________________________________________________</p>")
                     .arg(escaped(tr("Write the recovery passphrase here by hand, exactly as it was set:")));
    } else {
        QString numbered;
        const QStringList words = c.passphrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            numbered += QStringLiteral("<td align=\"center\" style=\"padding:4px 8px; white-space:nowrap\">"
                                       "<span style=\"font-size:9pt; color:#555\">%1</span><br>"
                                       "<span style=\"font-family:'Liberation Mono','Courier New',monospace; "
                                       "font-size:14pt\"><b>%2</b></span></td>")
                            .arg(i + 1)
                            .arg(escaped(words[i]));
        }
        phrase = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr>%1</tr></table>").arg(numbered);
    }

    return QStringLiteral("<html><body style=\"font-family:'Liberation Sans',Arial,sans-serif; font-size:11pt\">"
                          "<h2 align=\"center\" style=\"margin-bottom:2px\">%1</h2>"
                          "<p align=\"center\" style=\"margin-top:0; color:#444\">%2</p><hr>"
                          "<table cellspacing=\"0\">%3</table>"
                          "<h3 style=\"margin-top:18px\">%4</h3>"
                          "<table width=\"100%\" border=\"1\" cellpadding=\"12\" cellspacing=\"0\" "
                          "style=\"border-color:#17375e; border-style:solid\"><tr><td>%5</td></tr></table>"
                          "<h3 style=\"margin-top:18px\">%6</h3><ol><li>%7</li><li>%8</li><li>%9</li></ol>"
                          "<h3 style=\"margin-top:18px\">%10</h3><p>%11</p>"
                          "<table width=\"100%\" cellspacing=\"0\" style=\"margin-top:18px\"><tr>"
                          "<td width=\"50%\">%12<br><br><br><br>(____________________________)</td>"
                          "<td width=\"50%\">%13<br><br><br><br>(____________________________)</td></tr></table>"
                          "</body></html>")
        .arg(escaped(tr("BRANKAS RECOVERY SHEET")), escaped(tr("Confidential: keep in the office safe")), rows,
             escaped(tr("Recovery passphrase")), phrase, escaped(tr("When do you need it?")),
             escaped(tr("On a new or reinstalled PC, or when this PC's keychain no longer gives Brankas the vault "
                        "key.")),
             escaped(tr("Open Brankas, choose the vault file (or its backup copy) and choose \"Recover with the "
                        "recovery passphrase\".")),
             escaped(tr("Type the passphrase exactly as written here, with a space between the words.")))
        .arg(escaped(tr("Keep it safe")),
             escaped(tr("Anyone who has this sheet and a copy of the vault file can open every password in it. "
                        "Do not photograph it, do not send it by chat or e-mail, and keep it with the office's "
                        "other important documents. If it is lost or seen by others, an administrator should set a "
                        "new recovery passphrase and print a new sheet.")),
             escaped(tr("Written by:")), escaped(tr("Received for safekeeping by:")));
}

std::unique_ptr<QTextDocument> RecoverySheet::document() const
{
    auto document = std::make_unique<QTextDocument>();
    QString text = html();
    document->setHtml(text);
    Crypto::wipe(text);
    return document;
}

Status RecoverySheet::savePdf(const QString &path, PaperSize paper) const
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(pageSize(paper))) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "Brankas could not write %1."),
                     {QDir::toNativeSeparators(path)});
    }
    writer.setTitle(tr("Brankas recovery sheet"));
    writer.setCreator(QStringLiteral("Brankas"));
    auto sheet = document();
    printTo(*sheet, writer);
    sheet->clear();
    if (!QFileInfo::exists(path)) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Brankas::Error", "Brankas could not write %1."),
                     {QDir::toNativeSeparators(path)});
    }
    return {};
}

bool RecoverySheet::print(QWidget *parent, PaperSize paper) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSize(paper));
    printer.setDocName(tr("Brankas recovery sheet"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print recovery sheet"));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    auto sheet = document();
    printTo(*sheet, printer);
    sheet->clear();
    return true;
}

} // namespace Brankas
