// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reports.h>

#include <QString>

#include <functional>

namespace Brankas {

class Workspace;

// What a preview shows: a way to build the report again whenever the officer switches the paper or
// the language, so every report gets the same preview, print and save without knowing its builder.
struct ReportSource
{
    // withSecrets asks for the sealed-envelope annex; only sources with offersSecrets get true.
    std::function<Result<ReportDocument>(const ReportOptions &options, bool withSecrets)> build;
    bool offersSecrets = false;
    QString fileName; // suggested for Save as PDF, without ".pdf"
};

// The paper and report language the officer works with: this PC's default paper and the UI language.
ReportOptions defaultReportOptions(const Workspace &workspace);

// The rows a report's tables hold: a report this long is saved as PDF rather than previewed, since
// a preview keeps every page it draws in memory.
qsizetype reportRowCount(const ReportDocument &document);
inline constexpr qsizetype PreviewRowLimit = 4000;

} // namespace Brankas
