// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewpage.h"

#include "importproblemmodel.h"
#include "importwizard.h"

#include <ui/look.h>

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Brankas {

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(Look::label(this, QStringLiteral("importSummary")))
    , m_ignored(Look::label(this, QStringLiteral("importIgnored")))
    , m_problems(new QTableView(this))
    , m_model(new ImportProblemModel(this))
    , m_skipInvalid(new QCheckBox(this))
{
    setCommitPage(true);
    Look::setFont(m_summary, 1.05, QFont::DemiBold);
    Look::setMuted(m_ignored);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setModel(m_model);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->horizontalHeader()->resizeSection(ImportProblemModel::RowColumn, fontMetrics().averageCharWidth() * 8);
    m_problems->horizontalHeader()->resizeSection(ImportProblemModel::ColumnColumn,
                                                  fontMetrics().averageCharWidth() * 22);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_ignored);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_skipInvalid);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void ImportPreviewPage::initializePage()
{
    m_skipInvalid->setChecked(false);
    m_refusal.clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status made = m_wizard->makePreview();
    QApplication::restoreOverrideCursor();
    if (!made) {
        m_refusal = made.error().message();
    }
    showPreview();
}

void ImportPreviewPage::showPreview()
{
    const auto &preview = m_wizard->preview();
    m_model->setProblems(preview ? preview->problems : QList<ImportProblem>());
    m_problems->setVisible(preview && !preview->problems.isEmpty());
    // Messages that wrap get their height, again whenever the columns widen; past a few hundred
    // rows measuring each costs seconds.
    m_problems->verticalHeader()->setSectionResizeMode(m_model->rowCount() <= 300 ? QHeaderView::ResizeToContents
                                                                                  : QHeaderView::Interactive);
    m_skipInvalid->setVisible(preview && preview->invalidRows > 0 && !preview->valid.empty());
    m_ignored->setVisible(preview && !preview->ignoredColumns.isEmpty());
    if (!preview) {
        m_summary->setText(m_refusal);
        return;
    }
    const int valid = int(preview->valid.size());
    QString summary = preview->invalidRows == 0
                          ? tr("All %n row(s) can be recorded.", nullptr, valid)
                          : tr("%n row(s) can be recorded.", nullptr, valid) + QLatin1Char(' ') +
                                tr("%n row(s) have problems and stop the import:", nullptr, preview->invalidRows);
    if (preview->duplicates > 0) {
        summary += QLatin1Char(' ') + tr("%n of them repeat an earlier row or an account already in the vault.",
                                         nullptr, preview->duplicates);
    }
    m_summary->setText(summary);
    m_ignored->setText(tr("Columns not read (ignored): %1").arg(preview->ignoredColumns.join(QStringLiteral(", "))));
    m_skipInvalid->setText(tr("Record only the %n valid row(s) and skip the rows with problems", nullptr, valid));
}

QString ImportPreviewPage::summaryText() const
{
    return m_summary->text();
}

bool ImportPreviewPage::isComplete() const
{
    const auto &preview = m_wizard->preview();
    return preview && !preview->valid.empty() && (preview->invalidRows == 0 || m_skipInvalid->isChecked());
}

bool ImportPreviewPage::validatePage()
{
    return bool(m_wizard->record(m_skipInvalid->isChecked()));
}

void ImportPreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportPreviewPage::retranslateUi()
{
    setTitle(tr("Check before recording"));
    setSubTitle(tr("Every row was checked with the rules of recording one account. Nothing is written until you "
                   "press Import; then all the rows are recorded together, or none."));
    m_model->retranslate();
    showPreview();
}

} // namespace Brankas
