// SPDX-License-Identifier: GPL-3.0-or-later
#include "logpage.h"

#include "logfilterbar.h"

#include <ui/kecamatan/registertable.h>

#include <core/register/accounts.h>
#include <core/register/kecamatanregister.h>
#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/models/logentrymodel.h>
#include <ui/models/logsubjects.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Brankas {

LogPage::LogPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filters(new LogFilterBar(this))
    , m_verify(new QPushButton(this))
    , m_resultIcon(new QLabel(this))
    , m_result(Look::label(this, QStringLiteral("verifyResult")))
    , m_resultBox(new QWidget(this))
    , m_table(new QTableView(this))
    , m_status(Look::label(this, QStringLiteral("logStatus"), false))
    , m_model(new LogEntryModel(workspace.vault().log(), this))
    , m_subjects(std::make_unique<LogSubjects>(workspace.vault()))
{
    m_verify->setObjectName(QStringLiteral("verifyLog"));
    m_verify->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_model->setSubjects(m_subjects.get());

    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_model);
    RegisterTable::setUp(m_table);
    // Widths from sample texts, not from the contents: measuring those would read every row.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    header->resizeSection(LogEntryModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("28 September 2024 23.59")) + padding);
    header->resizeSection(LogEntryModel::OfficerColumn,
                          metrics.horizontalAdvance(QStringLiteral("Siti Rahmawati")) + padding);
    header->resizeSection(LogEntryModel::ActionColumn,
                          metrics.horizontalAdvance(QStringLiteral("Account status changed")) + padding);
    header->resizeSection(
        LogEntryModel::SubjectColumn,
        metrics.horizontalAdvance(QStringLiteral("72.05.11 Paleleh Barat · Instagram @panwaslu_paleleh")) + padding);

    m_resultBox->setObjectName(QStringLiteral("noteBox"));
    m_resultBox->setVisible(false);
    auto *resultLayout = new QHBoxLayout(m_resultBox);
    resultLayout->setContentsMargins(10, 8, 10, 8);
    resultLayout->addWidget(m_resultIcon, 0, Qt::AlignTop);
    resultLayout->addWidget(m_result, 1);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addSpacing(12);
    top->addWidget(m_verify);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_resultBox);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    Look::setMuted(m_status);

    connect(m_filters, &LogFilterBar::changed, this, &LogPage::applyFilters);
    connect(m_verify, &QPushButton::clicked, this, [this]() { verify(); });
    connect(m_table, &QTableView::activated, this, &LogPage::openAccount);
    connect(m_model, &LogEntryModel::rowsInserted, this, &LogPage::updateStatusLine);
    connect(m_model, &LogEntryModel::pageFailed, this,
            [this](const Error &error) { Messages::showError(this, error); });
    connect(&m_workspace, &Workspace::registerChanged, this, [this]() {
        // Another PC's change while the officer reads further down: the list stays where it is
        // rather than jumping back to the newest entries (it reads again when next shown).
        const bool readingOlder = m_table->verticalScrollBar()->value() > 0;
        if (isVisible() && !(m_workspace.isChangeFromElsewhere() && readingOlder)) {
            reload();
        }
    });
    retranslateUi();
}

LogPage::~LogPage() = default;

void LogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Every sign-in, reveal and copy adds an entry without changing the register: read again. (Pages
    // are made at sign-in; reading only when shown keeps sign-in fast.)
    reload();
}

void LogPage::reload()
{
    m_subjects->clear();
    loadChoices();
    auto total = m_workspace.vault().log().count();
    m_total = total ? total.value() : 0;
    applyFilters();
}

void LogPage::loadChoices()
{
    QStringList officers;
    if (auto list = m_workspace.vault().officers().list()) {
        for (const Officer &officer : list.value()) {
            officers << officer.name;
        }
    }
    m_filters->setOfficers(officers);
    QList<std::pair<QString, QString>> kecamatan;
    if (auto list = KecamatanRegister(m_workspace.vault()).list()) {
        for (const KecamatanRecord &record : list.value()) {
            kecamatan.append({record.code, record.name});
        }
    }
    m_filters->setKecamatan(kecamatan);
    if (auto oldest = m_workspace.vault().log().entries({.limit = 1}); oldest && !oldest->isEmpty()) {
        m_filters->setEarliestDate(oldest->first().at.toLocalTime().date());
    }
}

void LogPage::applyFilters()
{
    LogFilter filter = m_filters->filter();
    const QString code = m_filters->kecamatanCode();
    if (!code.isEmpty()) {
        // A kecamatan's entries are its own and those of its accounts.
        filter.targetIn << QStringLiteral("kecamatan:") + code;
        if (auto accounts = Accounts(m_workspace.vault()).list({.kecamatanCode = code})) {
            for (const Account &account : accounts.value()) {
                filter.targetIn << QStringLiteral("account:%1").arg(account.id);
            }
        }
    }
    QApplication::setOverrideCursor(Qt::BusyCursor); // a rare action or kecamatan scans the whole log
    const Status status = m_model->setFilter(filter);
    QApplication::restoreOverrideCursor();
    if (!status) {
        Messages::showError(this, status.error());
    }
    m_table->scrollToTop();
    updateStatusLine();
}

void LogPage::updateStatusLine()
{
    const QLocale locale;
    const QString loaded = locale.toString(m_model->rowCount());
    QString text;
    if (m_model->canFetchMore({})) {
        text = tr("Newest first. %1 entries shown; scroll down for older ones.").arg(loaded);
    } else {
        text = tr("Newest first. %1 entries shown.").arg(loaded);
    }
    m_status->setText(text + QLatin1Char(' ') +
                      tr("The archive log holds %1 entries in all.").arg(locale.toString(m_total)));
}

void LogPage::openAccount(const QModelIndex &index)
{
    const qint64 account = index.data(LogEntryModel::AccountIdRole).toLongLong();
    if (account > 0) {
        Q_EMIT m_workspace.accountRequested(account);
    }
}

std::optional<LogVerification> LogPage::verify()
{
    QProgressDialog progress(this);
    progress.setWindowTitle(tr("Verify the archive log"));
    progress.setLabelText(tr("Checking every entry of the archive log against its seal…"));
    progress.setCancelButtonText(tr("Cancel"));
    progress.setRange(0, 1000);
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    QElapsedTimer sincePaint;
    sincePaint.start();
    // Core calls back every few thousand entries; painting that often would cost more than checking.
    auto onProgress = [&](qint64 done, qint64 total) {
        if (sincePaint.elapsed() >= 50) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
            sincePaint.restart();
        }
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // An administrator's check leaves a signed checkpoint, so the next one is quicker.
    auto result = m_workspace.vault().verifyLog(&m_workspace.session(), onProgress);
    QApplication::restoreOverrideCursor();
    progress.close();
    if (!result) {
        if (result.error().code() != ErrorCode::Cancelled) {
            Messages::showError(this, result.error());
        }
        return std::nullopt;
    }
    showVerification(result->intact(), result->summary());
    return result.value();
}

void LogPage::showVerification(bool intact, const QString &summary)
{
    m_resultBox->setObjectName(intact ? QStringLiteral("noteBox") : QStringLiteral("errorBox"));
    m_resultBox->style()->unpolish(m_resultBox);
    m_resultBox->style()->polish(m_resultBox);
    const int size = fontMetrics().height() * 2;
    m_resultIcon->setPixmap(
        style()->standardIcon(intact ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical).pixmap(size));
    m_result->setText(summary);
    m_resultBox->setVisible(true);

    // The box stays on the page; the dialog makes sure a broken log is not missed. open(), not
    // exec(): the page stays responsive and tests can read the box.
    auto *box = new QMessageBox(intact ? QMessageBox::Information : QMessageBox::Critical, tr("Verify the archive log"),
                                summary, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("verifyMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!intact) {
        box->setInformativeText(tr("Keep this PC and the vault file as they are and tell the head of office: the "
                                   "entries before it are still trustworthy, the ones from it on are not."));
    }
    box->addButton(tr("OK"), QMessageBox::AcceptRole);
    box->open();
    Q_EMIT verified(intact, summary);
}

void LogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LogPage::retranslateUi()
{
    m_verify->setText(tr("Verify"));
    m_verify->setToolTip(tr("Check that no entry of the archive log was edited, deleted or inserted"));
    m_model->retranslate();
    m_subjects->clear(); // term and office names are in the UI language
    updateStatusLine();
    if (m_resultBox->isVisible()) {
        // The verdict's sentence is in the old language; it is still true, but Verify again says it anew.
        m_resultBox->setVisible(false);
    }
}

} // namespace Brankas
