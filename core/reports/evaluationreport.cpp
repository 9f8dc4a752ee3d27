// SPDX-License-Identifier: GPL-3.0-or-later
// Reports::evaluation: what the office brings to the province's yearly evaluation meeting.
#include "reports.h"

#include "../domain/referencedata.h"
#include "../evaluation/evaluationyear.h"
#include "../register/officesettings.h"
#include "../vault/vault.h"
#include "evaluationcharts.h"
#include "numberwords.h"
#include "reporttext.h"

#include <QLocale>

namespace Brankas {

namespace {
QString figure(const std::optional<qint64> &value, Language language)
{
    // An unknown figure is a dash, never 0.
    const QLocale locale(language == Language::Indonesian ? QLocale::Indonesian : QLocale::English);
    return value ? locale.toString(*value) : QStringLiteral("–");
}

ReportTable kecamatanTable(const KecamatanYear &kecamatan, Language language)
{
    ReportTable table;
    table.pointSize = 8;
    table.columns = {{say(language, "Platform", "Platform"), 1.3},
                     {say(language, "Akun", "Account"), 2.4},
                     {say(language, "Aktif 31 Des", "Active 31 Dec"), 1.0},
                     {say(language, "Pengikut akhir tahun", "Followers at year end"), 1.3, Qt::AlignRight},
                     {say(language, "Postingan", "Posts"), 1.0, Qt::AlignRight},
                     {say(language, "Jangkauan", "Reach"), 1.3, Qt::AlignRight},
                     {say(language, "Interaksi", "Engagement"), 1.3, Qt::AlignRight},
                     {say(language, "Bulan terlapor", "Months reported"), 1.0, Qt::AlignRight}};
    for (const AccountYear &account : kecamatan.accounts) {
        table.rows.append({account.platformName, QStringLiteral("@") + account.handle,
                           yesNo(account.activeAtYearEnd, language), figure(account.followersAtEnd, language),
                           figure(account.posts, language), figure(account.reach, language),
                           figure(account.engagement, language), QStringLiteral("%1/12").arg(account.monthsReported)});
    }
    return table;
}

// The area's name as the cover prints it ("Provinsi Sulawesi Tengah (72)"), or a refusal that says
// what an area code looks like: a typo must not print the evaluation of nothing.
Result<QString> areaTitle(const QString &areaCode, Language language)
{
    auto reference = ReferenceData::load();
    if (!reference) {
        return reference.error();
    }
    if (const Province *province = reference.value().province(areaCode)) {
        return say(language, "Provinsi %1 (%2)", "Province of %1 (%2)").arg(province->name, province->code);
    }
    if (const Regency *regency = reference.value().regency(areaCode)) {
        return QStringLiteral("%1 (%2)").arg(regency->name, regency->code);
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "There is no province or regency with the code \"%1\". Give a "
                                                     "province's code, such as 72, or a regency's, such as 72.05."),
                 {areaCode});
}
} // namespace

Result<ReportDocument> Reports::evaluation(const Session &, int year, const ReportOptions &options,
                                           const QString &areaCode)
{
    const Language language = options.language;
    if (!options.chartPainter) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The evaluation report has charts, which only the Brankas "
                                                         "window and brankas-cli can draw."));
    }
    const QDateTime now = printedAt();
    if (year < 2000 || year > now.date().year()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The year %1 is not one to evaluate: give a year from 2000 "
                                                         "to %2."),
                     {QString::number(year), QString::number(now.date().year())});
    }
    QString area;
    if (!areaCode.isEmpty()) {
        auto title = areaTitle(areaCode, language);
        if (!title) {
            return title.error();
        }
        area = title.value();
    }
    auto office = OfficeSettings(m_vault).get();
    if (!office) {
        return office.error();
    }
    auto gathered = gatherEvaluationYear(m_vault, year, now.toLocalTime().date(), areaCode);
    if (!gathered) {
        return gathered.error();
    }
    const EvaluationYear &data = gathered.value();
    auto print = fingerprint();
    if (!print) {
        return print.error();
    }

    ReportDocument document;
    document.language = language;
    document.paper = options.paper;
    document.chartPainter = options.chartPainter;
    document.title = say(language, "Evaluasi Pengelolaan Media Sosial %1", "Social-Media Evaluation %1").arg(year);
    document.footer = reportFooter(language, print.value(), now);

    // Cover: the office and the period.
    document.blocks.push_back(letterheadFor(office.value(), options.logo));
    document.blocks.push_back(ReportSpacer{40});
    document.blocks.push_back(heading(
        say(language, "LAPORAN EVALUASI PENGELOLAAN MEDIA SOSIAL", "EVALUATION OF THE SOCIAL-MEDIA ACCOUNTS"), 16));
    document.blocks.push_back(
        heading(say(language, "PANITIA PENGAWAS PEMILIHAN UMUM KECAMATAN", "OF THE PANWASLU KECAMATAN"), 13));
    document.blocks.push_back(ReportSpacer{10});
    document.blocks.push_back(paragraph(office.value().name, Qt::AlignHCenter, 13, true));
    document.blocks.push_back(
        paragraph(say(language, "Periode %1 s.d. %2", "Period %1 to %2")
                      .arg(writtenDate(QDate(year, 1, 1), language), writtenDate(QDate(year, 12, 31), language)),
                  Qt::AlignHCenter, 12));
    document.blocks.push_back(paragraph(say(language, "Tahun %1", "Year %1").arg(year), Qt::AlignHCenter, 12, true));
    if (!area.isEmpty()) {
        document.blocks.push_back(paragraph(say(language, "Wilayah %1", "Area: %1").arg(area), Qt::AlignHCenter, 12));
    }
    document.blocks.push_back(ReportPageBreak{});

    // Summary.
    document.blocks.push_back(heading(say(language, "I. RINGKASAN", "I. SUMMARY")));
    ReportFields coverage;
    coverage.labelWidthMm = 60;
    for (Platform platform : allPlatforms()) {
        if (data.coverage.contains(platform)) {
            coverage.rows.append(
                {platformDisplayName(platform), say(language, "%1 dari %2 kecamatan", "%1 of %2 kecamatan")
                                                    .arg(data.coverage.value(platform))
                                                    .arg(data.kecamatanInUse)});
        }
    }
    if (coverage.rows.isEmpty()) {
        coverage.rows.append({say(language, "Akun aktif", "Active accounts"),
                              say(language, "tidak ada pada akhir tahun", "none at the end of the year")});
    }
    document.blocks.push_back(paragraph(say(language,
                                            "Kecamatan dengan sekurang-kurangnya satu akun aktif pada "
                                            "31 Desember %1, per platform:",
                                            "Kecamatan with at least one active account on 31 December %1, per "
                                            "platform:")
                                            .arg(year),
                                        Qt::AlignLeft, 11));
    document.blocks.push_back(coverage);
    ReportFields changes;
    changes.labelWidthMm = 90;
    changes.rows = {
        {say(language, "Akun dicatat", "Accounts recorded"), QString::number(data.changes.added)},
        {say(language, "Akun dinonaktifkan atau ditutup", "Accounts deactivated or closed"),
         QString::number(data.changes.deactivated)},
        {say(language, "Akun diserahterimakan", "Accounts handed over"), QString::number(data.changes.handedOver)},
        {say(language, "Kata sandi diganti saat serah terima", "Passwords changed at handover"),
         QString::number(data.changes.passwordsRotated)},
        {say(language, "Temuan kritis yang masih terbuka", "Critical findings still open"),
         QString::number(data.criticalFindings)},
    };
    document.blocks.push_back(paragraph(say(language, "Selama tahun %1:", "During %1:").arg(year), Qt::AlignLeft, 11));
    document.blocks.push_back(changes);

    // Charts.
    document.blocks.push_back(heading(say(language, "II. GRAFIK", "II. CHARTS")));
    document.blocks.push_back(paragraph(say(language, "Bulan tanpa angka tampak sebagai celah pada garis, bukan nol.",
                                            "A month without figures shows as a gap in the line, not as zero."),
                                        Qt::AlignLeft, 9));
    for (ReportChart &chart : evaluationCharts(data, language)) {
        const QString note = chart.note;
        document.blocks.push_back(std::move(chart));
        if (!note.isEmpty()) {
            document.blocks.push_back(paragraph(note, Qt::AlignLeft, 9));
        }
    }

    // A table per kecamatan, with its achievements.
    document.blocks.push_back(heading(say(language, "III. AKUN PER KECAMATAN", "III. ACCOUNTS PER KECAMATAN")));
    if (data.kecamatan.isEmpty()) {
        document.blocks.push_back(paragraph(say(language, "Belum ada akun.", "No accounts yet."), Qt::AlignLeft, 10));
    }
    for (const KecamatanYear &kecamatan : data.kecamatan) {
        ReportParagraph title =
            paragraph(say(language, "Kecamatan %1 (%2)", "Kecamatan %1 (%2)").arg(kecamatan.name, kecamatan.code),
                      Qt::AlignLeft, 10, true);
        title.keepWithNext = true;
        document.blocks.push_back(title);
        if (!kecamatan.accounts.isEmpty()) {
            document.blocks.push_back(kecamatanTable(kecamatan, language));
        }
        for (const EvaluationNote &note : kecamatan.achievements) {
            document.blocks.push_back(
                paragraph(say(language, "Capaian: ", "Achievement: ") + note.text, Qt::AlignLeft, 9));
        }
    }

    // Obstacles by category.
    document.blocks.push_back(heading(say(language, "IV. KENDALA", "IV. OBSTACLES")));
    if (data.obstacles.isEmpty()) {
        document.blocks.push_back(paragraph(
            say(language, "Tidak ada kendala yang dicatat.", "No obstacle was recorded."), Qt::AlignLeft, 10));
    }
    std::optional<ObstacleCategory> current;
    for (const EvaluationNote &note : data.obstacles) {
        if (note.category != current) {
            current = note.category;
            ReportParagraph title = paragraph(
                reportObstacleCategory(current.value_or(ObstacleCategory::Other), language), Qt::AlignLeft, 10, true);
            title.keepWithNext = true;
            document.blocks.push_back(title);
        }
        ReportParagraph line = paragraph(
            QStringLiteral("%1 (%2): %3").arg(note.kecamatanName, note.kecamatanCode, note.text), Qt::AlignLeft, 9);
        line.indentMm = 5;
        document.blocks.push_back(line);
    }
    return document;
}

} // namespace Brankas
