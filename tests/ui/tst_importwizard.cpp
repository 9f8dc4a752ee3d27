// SPDX-License-Identifier: GPL-3.0-or-later
#include "../import/xlsxfixtures.h"
#include "handovertesting.h"

#include <core/log/logactions.h>
#include <core/register/secrets.h>
#include <ui/import/importaction.h>
#include <ui/import/importcolumnspage.h>
#include <ui/import/importdonepage.h>
#include <ui/import/importfilepage.h>
#include <ui/import/importpreviewpage.h>
#include <ui/import/importproblemmodel.h>
#include <ui/import/importwizard.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace Brankas;
using namespace Brankas::Testing;

namespace {
// Where pictures of each step go when BRANKAS_SHOTS names a folder (for looking at them).
void shoot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("BRANKAS_SHOTS");
    if (!folder.isEmpty()) {
        QCoreApplication::processEvents();
        widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

// An office's sheet as it comes: `;` separated, Indonesian headers, a column nobody told Brankas
// about, passwords in the clear, a kecamatan by name, one that does not exist, a row repeating
// another, an account the vault already has, and a blank row.
const QByteArray MessySheet = "Kecamatan;Media Sosial;Akun;Nama Akun;Kata Sandi;Dibuat Oleh\r\n"
                              "KEC. MOMUNU;YouTube;@panwaslumomunu;Panwaslu Momunu;sandi satu;Andi\r\n"
                              "72.05.02;X;https://x.com/panwaslu_lakea;Panwaslu Lakea;sandi dua;Andi\r\n"
                              ";;;;;\r\n"
                              "Kec. Tidakada;Threads;@panwaslu.entah;;sandi tiga;Rina\r\n"
                              "72.05.02;X;@panwaslu_lakea;Panwaslu Lakea;sandi dua;Andi\r\n"
                              "Momunu;Instagram;@panwaslu.momunu;;;Rina\r\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write the fixture");
    }
    return path;
}

std::optional<Account> accountWithHandle(Vault &vault, Platform platform, const QString &handle)
{
    for (const Account &account : valueOf(Accounts(vault).list({}), "list")) {
        if (account.platform == platform && account.handle == handle) {
            return account;
        }
    }
    return std::nullopt;
}

// What the columns page says a column holds: a field's id, or "ignored".
QString meaningOf(const ImportColumnsPage *page, int column)
{
    const std::optional<ImportField> field = page->meaning(column);
    return field ? importFieldId(*field) : QStringLiteral("ignored");
}

int columnOfHeader(ImportWizard &wizard, const QString &header)
{
    return int(wizard.headers().indexOf(header));
}
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardRecordsTheValidRowsOfAMessySheet();
    void anInvalidSheetRecordsNothingUntilTheOfficerSkipsItsRows();
    void theMappingIsRememberedForTheNextFileWithTheSameHeaders();
    void twoColumnsForOneFieldAreRefusedOnTheColumnsPage();
    void aWorkbookOfSeveralSheetsOffersTheChoice();
    void aDamagedFileIsNamedOnTheFirstPage();
    void problemModelPassesTheTester();
    void onlyOperatorsAndAdministratorsGetTheImport();
};

void TestImportWizard::wizardRecordsTheValidRowsOfAMessySheet()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("akun.csv"), MessySheet);
    ImportWizard wizard(*workspace);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.filePage()->setPath(path);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.filePage()->sheetBox()->isHidden()); // a CSV file has no sheets to choose
    shoot(wizard, QStringLiteral("import-1-file"));
    wizard.next();

    // Recognised headers come filled in; "Dibuat Oleh" is not a field Brankas knows.
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPageId));
    ImportColumnsPage *columns = wizard.columnsPage();
    QCOMPARE(columns->columns().size(), 6);
    QCOMPARE(meaningOf(columns, 0), QStringLiteral("kecamatan"));
    QCOMPARE(meaningOf(columns, 1), QStringLiteral("platform"));
    QCOMPARE(meaningOf(columns, 2), QStringLiteral("handle"));
    QCOMPARE(meaningOf(columns, 3), QStringLiteral("display-name"));
    QCOMPARE(meaningOf(columns, 4), QStringLiteral("password"));
    QCOMPARE(meaningOf(columns, 5), QStringLiteral("ignored"));
    // The officer says the unknown column is the holder.
    columns->setMeaning(5, ImportField::Holder);
    // A password is never shown as a column's first value.
    const auto labels = columns->findChildren<QLabel *>(QStringLiteral("columnSample"));
    for (const QLabel *label : labels) {
        QVERIFY2(!label->text().contains(QLatin1String("sandi")), qPrintable(label->text()));
    }
    shoot(wizard, QStringLiteral("import-2-columns"));
    wizard.next();

    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    const auto &preview = wizard.preview();
    QVERIFY(preview);
    QCOMPARE(int(preview->valid.size()), 2);
    QCOMPARE(preview->invalidRows, 3);
    QCOMPARE(preview->duplicates, 2);
    ImportProblemModel *problems = wizard.previewPage()->problemModel();
    QCOMPARE(problems->rowCount(), 3);
    // Row numbers as the sheet shows them, the column by its header in the sheet.
    QVERIFY2(problems->line(0).startsWith(QLatin1String("row 5: Kecamatan: ")), qPrintable(problems->line(0)));
    QVERIFY2(problems->line(1).startsWith(QLatin1String("row 6: Akun: ")), qPrintable(problems->line(1)));
    QVERIFY2(problems->line(1).contains(QLatin1String("row 3")), qPrintable(problems->line(1)));
    QVERIFY2(problems->line(2).startsWith(QLatin1String("row 7: Akun: ")), qPrintable(problems->line(2)));
    QVERIFY2(problems->line(2).contains(QLatin1String("already in the register")), qPrintable(problems->line(2)));
    // With problem rows nothing can be recorded until the officer chooses to skip them.
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY(wizard.previewPage()->skipInvalidBox()->isVisible());
    wizard.previewPage()->skipInvalidBox()->setChecked(true);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    shoot(wizard, QStringLiteral("import-3-preview"));
    QCOMPARE(desk.logged(LogAction::registerImported()), 0);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(ImportWizard::DonePageId));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(wizard.recordedCount(), 2);
    QCOMPARE(desk.logged(LogAction::registerImported()), 1);
    const auto youtube = accountWithHandle(*desk.vault, Platform::YouTube, QStringLiteral("panwaslumomunu"));
    QVERIFY(youtube);
    QCOMPARE(youtube->platform, Platform::YouTube);
    QCOMPARE(youtube->kecamatanCode, Momunu);
    QCOMPARE(youtube->holder, QStringLiteral("Andi"));
    auto password = Secrets(*desk.vault).reveal(desk.siti, youtube->id, SecretKind::Password);
    QVERIFY(password);
    QCOMPARE(password.value().view(), QByteArrayView("sandi satu"));
    QVERIFY(accountWithHandle(*desk.vault, Platform::X, QStringLiteral("panwaslu_lakea")));
    QVERIFY(!accountWithHandle(*desk.vault, Platform::Threads, QStringLiteral("panwaslu.entah")));
    QVERIFY2(wizard.donePage()->headlineText().startsWith(QLatin1String("2 account")),
             qPrintable(wizard.donePage()->headlineText()));
    QVERIFY2(wizard.donePage()->skippedText().contains(QLatin1String("5, 6, 7")),
             qPrintable(wizard.donePage()->skippedText()));
    QVERIFY2(wizard.donePage()->passwordWarningText().contains(QLatin1String("akun.csv still holds them")),
             qPrintable(wizard.donePage()->passwordWarningText()));
    shoot(wizard, QStringLiteral("import-4-done"));
}

void TestImportWizard::anInvalidSheetRecordsNothingUntilTheOfficerSkipsItsRows()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    QTemporaryDir dir;
    ImportWizard wizard(*workspace);
    wizard.show();
    wizard.filePage()->setPath(writeFile(dir, QStringLiteral("akun.csv"), MessySheet));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    // Even called directly, the record refuses while rows have problems and the officer has not
    // chosen to skip them: all or nothing.
    answerNextMessageBox(QStringLiteral("OK"));
    QVERIFY(!wizard.record(false));
    QCOMPARE(desk.logged(LogAction::registerImported()), 0);
    QVERIFY(!accountWithHandle(*desk.vault, Platform::YouTube, QStringLiteral("panwaslumomunu")));

    // A clean sheet without passwords: recorded at once, and no warning about passwords.
    ImportWizard clean(*workspace);
    clean.show();
    clean.filePage()->setPath(
        writeFile(dir, QStringLiteral("bersih.csv"), "Kecamatan,Platform,Username\n72.05.03,TikTok,@panwaslu.bokat\n"));
    clean.next();
    clean.next();
    QVERIFY(clean.previewPage()->skipInvalidBox()->isHidden());
    QVERIFY(clean.button(QWizard::CommitButton)->isEnabled());
    clean.next();
    QCOMPARE(clean.currentId(), int(ImportWizard::DonePageId));
    QCOMPARE(clean.recordedCount(), 1);
    QVERIFY(clean.donePage()->passwordWarningText().isEmpty());
    QVERIFY(clean.donePage()->skippedText().isEmpty());
}

void TestImportWizard::theMappingIsRememberedForTheNextFileWithTheSameHeaders()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    QTemporaryDir dir;
    const QByteArray header = "Kec,Medsos,Alamat,Pegang\r\n";
    {
        ImportWizard wizard(*workspace);
        wizard.show();
        wizard.filePage()->setPath(
            writeFile(dir, QStringLiteral("satu.csv"), header + "72.05.01,YouTube,@kanal.momunu,Andi\r\n"));
        wizard.next();
        // "Alamat" (address) and "Pegang" are not headers core knows.
        QCOMPARE(meaningOf(wizard.columnsPage(), 2), QStringLiteral("ignored"));
        QCOMPARE(meaningOf(wizard.columnsPage(), 3), QStringLiteral("ignored"));
        QVERIFY(!wizard.validateCurrentPage()); // no username column yet
        wizard.columnsPage()->setMeaning(2, ImportField::Handle);
        wizard.columnsPage()->setMeaning(3, ImportField::Holder);
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.recordedCount(), 1);
    }
    {
        // The next file with the same header row (spelt with other case and spacing) starts from
        // the same meanings.
        ImportWizard wizard(*workspace);
        wizard.show();
        wizard.filePage()->setPath(writeFile(dir, QStringLiteral("dua.csv"),
                                             "KEC, Medsos ,ALAMAT,pegang\r\n72.05.02,YouTube,@kanal.lakea,Rina\r\n"));
        wizard.next();
        QCOMPARE(meaningOf(wizard.columnsPage(), 2), QStringLiteral("handle"));
        QCOMPARE(meaningOf(wizard.columnsPage(), 3), QStringLiteral("holder"));
        wizard.next();
        wizard.next();
        QCOMPARE(accountWithHandle(*desk.vault, Platform::YouTube, QStringLiteral("kanal.lakea"))->holder,
                 QStringLiteral("Rina"));
    }
    {
        // Another header row is not mapped from it.
        ImportWizard wizard(*workspace);
        wizard.show();
        wizard.filePage()->setPath(
            writeFile(dir, QStringLiteral("tiga.csv"),
                      "Kec,Medsos,Alamat,Pegang,Lain\r\n72.05.03,YouTube,@kanal.bokat,Rina,x\r\n"));
        wizard.next();
        QCOMPARE(meaningOf(wizard.columnsPage(), 2), QStringLiteral("ignored"));
    }
}

void TestImportWizard::twoColumnsForOneFieldAreRefusedOnTheColumnsPage()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    QTemporaryDir dir;
    ImportWizard wizard(*workspace);
    wizard.show();
    wizard.filePage()->setPath(writeFile(dir, QStringLiteral("akun.csv"), MessySheet));
    wizard.next();
    // Ignoring a column core recognises leaves it out of the import.
    wizard.columnsPage()->setMeaning(columnOfHeader(wizard, QStringLiteral("Kata Sandi")), std::nullopt);
    wizard.columnsPage()->setMeaning(columnOfHeader(wizard, QStringLiteral("Dibuat Oleh")), ImportField::DisplayName);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPageId));
    const auto problem = wizard.columnsPage()->findChild<QLabel *>(QStringLiteral("importColumnsProblem"));
    QVERIFY2(problem->text().contains(QLatin1String("\"Nama Akun\" and \"Dibuat Oleh\"")), qPrintable(problem->text()));
    wizard.columnsPage()->setMeaning(columnOfHeader(wizard, QStringLiteral("Dibuat Oleh")), std::nullopt);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(!wizard.preview()->hasPasswords);
    QVERIFY(wizard.preview()->ignoredColumns.contains(QStringLiteral("Kata Sandi")));
}

void TestImportWizard::aWorkbookOfSeveralSheetsOffersTheChoice()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    QTemporaryDir dir;
    const QByteArray book =
        openpyxlWorkbook(QStringLiteral("import sys, openpyxl\n"
                                        "wb = openpyxl.Workbook()\n"
                                        "wb.active.title = 'Petunjuk'\n"
                                        "wb.active.append(['Isi sheet Akun dengan akun Panwaslu'])\n"
                                        "ws = wb.create_sheet('Akun')\n"
                                        "ws.append(['Kode Kecamatan', 'Platform', 'Username'])\n"
                                        "ws.append(['72.05.04', 'Instagram', '@panwaslu.bunobogu'])\n"
                                        "wb.save(sys.argv[1])\n"));
    ImportWizard wizard(*workspace);
    wizard.show();
    wizard.filePage()->setPath(writeFile(dir, QStringLiteral("akun.xlsx"), book));
    QVERIFY(wizard.filePage()->sheetBox()->isVisible());
    QCOMPARE(wizard.filePage()->sheetBox()->count(), 2);
    QCOMPARE(wizard.sheet().name, QStringLiteral("Petunjuk")); // the first by default
    wizard.filePage()->setSheet(QStringLiteral("Akun"));
    QCOMPARE(wizard.filePage()->sheetBox()->currentText(), QStringLiteral("Akun"));
    wizard.next();
    QCOMPARE(meaningOf(wizard.columnsPage(), 0), QStringLiteral("kecamatan"));
    wizard.next();
    QCOMPARE(int(wizard.preview()->valid.size()), 1);
    wizard.next();
    QCOMPARE(wizard.recordedCount(), 1);
    QCOMPARE(desk.logged(LogAction::registerImported()), 1);
}

void TestImportWizard::aDamagedFileIsNamedOnTheFirstPage()
{
    HandoverDesk desk;
    auto workspace = desk.workspace(desk.budi);
    QTemporaryDir dir;
    ImportWizard wizard(*workspace);
    wizard.show();
    wizard.filePage()->setPath(writeFile(dir, QStringLiteral("rusak.xlsx"), QByteArray("PK\x03\x04broken", 10)));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(wizard.filePage()->problemText().contains(QLatin1String("damaged")),
             qPrintable(wizard.filePage()->problemText()));
    wizard.filePage()->setPath(dir.filePath(QStringLiteral("tidak-ada.csv")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(wizard.filePage()->problemText().contains(QLatin1String("cannot be read")),
             qPrintable(wizard.filePage()->problemText()));
}

void TestImportWizard::problemModelPassesTheTester()
{
    ImportProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProblems(
        {{3, QStringLiteral("Kecamatan"), QStringLiteral("unknown")}, {9, QString(), QStringLiteral("x")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ImportProblemModel::ColumnColumn).data().toString(), QStringLiteral("(whole row)"));
    QCOMPARE(model.line(0), QStringLiteral("row 3: Kecamatan: unknown"));
    QCOMPARE(model.line(1), QStringLiteral("row 9: x"));
    model.retranslate();
    model.setProblems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestImportWizard::onlyOperatorsAndAdministratorsGetTheImport()
{
    HandoverDesk desk;
    QWidget parent;
    auto viewer = desk.workspace(desk.ani);
    QVERIFY(importActions(*viewer, &parent).isEmpty());
    auto operatorSpace = desk.workspace(desk.budi);
    QCOMPARE(importActions(*operatorSpace, &parent).size(), 1);
    auto administrator = desk.workspace(desk.siti);
    QCOMPARE(importActions(*administrator, &parent).size(), 1);
    // Even a wizard opened for a viewer records nothing: core refuses the viewer's preview.
    QTemporaryDir dir;
    ImportWizard wizard(*viewer);
    wizard.show();
    wizard.filePage()->setPath(
        writeFile(dir, QStringLiteral("akun.csv"), "Kecamatan,Platform,Username\n72.05.03,TikTok,@panwaslu.bokat\n"));
    wizard.next();
    wizard.next();
    QVERIFY(!wizard.preview());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
