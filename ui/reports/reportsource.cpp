// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsource.h"

#include <ui/app/preferences.h>
#include <ui/app/workspace.h>

namespace Brankas {

ReportOptions defaultReportOptions(const Workspace &workspace)
{
    ReportOptions options;
    options.language = workspace.preferences().language();
    options.paper = workspace.preferences().paperSize() == PaperSize::F4 ? Paper::F4 : Paper::A4;
    return options;
}

qsizetype reportRowCount(const ReportDocument &document)
{
    qsizetype rows = 0;
    for (const ReportBlock &block : document.blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block)) {
            rows += table->rows.size();
        }
    }
    return rows;
}

} // namespace Brankas
