// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverychangedialog.h"

#include "../app/messages.h"
#include "../app/workspace.h"
#include "../look.h"
#include "../reports/reportoutput.h"
#include "../reports/reportsource.h"

#include <core/reports/recoverysheet.h>
#include <core/vault/recoveryproposal.h>
#include <core/vault/vault.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

RecoveryChangeDialog::RecoveryChangeDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_intro(Look::label(this, QStringLiteral("recoveryChangeIntro")))
    , m_currentLabel(Look::label(this, QString(), false))
    , m_current(new QLineEdit(this))
    , m_newLabel(Look::label(this, QString(), false))
    , m_phrase(Look::label(this, QStringLiteral("proposedRecovery"), false))
    , m_otherWords(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_writtenDown(new QCheckBox(this))
{
    setObjectName(QStringLiteral("recoveryChangeDialog"));
    setMinimumWidth(640);
    m_current->setObjectName(QStringLiteral("currentRecovery"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_otherWords->setObjectName(QStringLiteral("otherWords"));
    m_print->setObjectName(QStringLiteral("printNewSheet"));
    m_save->setObjectName(QStringLiteral("saveNewSheet"));
    m_writtenDown->setObjectName(QStringLiteral("writtenDown"));
    QFont mono(QStringLiteral("Liberation Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.4);
    mono.setWeight(QFont::DemiBold);
    m_phrase->setFont(mono);
    m_phrase->setTextInteractionFlags(Qt::NoTextInteraction); // not selectable: no copy to the clipboard

    // The words get a row of their own, wrapping if they must: a cut-off word is a wrong sheet.
    m_phrase->setWordWrap(true);
    m_phrase->setAlignment(Qt::AlignCenter);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_otherWords);
    sheetRow->addStretch(1);
    sheetRow->addWidget(m_print);
    sheetRow->addWidget(m_save);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(m_currentLabel, m_current);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_newLabel);
    layout->addWidget(m_phrase);
    layout->addLayout(sheetRow);
    layout->addWidget(m_writtenDown);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryChangeDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &RecoveryChangeDialog::updateState);
    connect(m_writtenDown, &QCheckBox::toggled, this, &RecoveryChangeDialog::updateState);
    connect(m_otherWords, &QPushButton::clicked, this, &RecoveryChangeDialog::propose);
    connect(m_print, &QPushButton::clicked, this, &RecoveryChangeDialog::printSheet);
    connect(m_save, &QPushButton::clicked, this, &RecoveryChangeDialog::saveSheet);
    propose();
    retranslateUi();
}

RecoveryChangeDialog::~RecoveryChangeDialog()
{
    m_proposed.clear();
    m_current->clear();
    m_phrase->clear();
}

void RecoveryChangeDialog::propose()
{
    auto made = proposeRecoveryPassphrase();
    if (!made) {
        Messages::showError(this, made.error());
        return;
    }
    m_proposed = std::move(made).value();
    m_phrase->setText(QString::fromUtf8(m_proposed.view()));
    // A sheet printed for other words carries the wrong ones.
    m_sheetMade = false;
    m_writtenDown->setChecked(false);
    updateState();
}

QString RecoveryChangeDialog::proposedForTesting() const
{
    return QString::fromUtf8(m_proposed.view());
}

Result<ReportDocument> RecoveryChangeDialog::newSheet() const
{
    auto facts = Reports(m_workspace.vault()).recoverySheetFacts(m_workspace.session());
    if (!facts) {
        return facts.error();
    }
    return recoverySheetDocument(facts.value(), defaultReportOptions(m_workspace), &m_proposed);
}

void RecoveryChangeDialog::printSheet()
{
    auto sheet = newSheet();
    if (!sheet) {
        Messages::showError(this, sheet.error());
        return;
    }
    m_sheetMade = ReportOutput::print(this, sheet.value()) || m_sheetMade;
    sheet.value().wipeSensitive();
    updateState();
}

void RecoveryChangeDialog::saveSheet()
{
    auto sheet = newSheet();
    if (!sheet) {
        Messages::showError(this, sheet.error());
        return;
    }
    const QString path = ReportOutput::askPdfPath(this, tr("Brankas recovery sheet"));
    if (!path.isEmpty()) {
        m_sheetMade = ReportOutput::savePdf(this, sheet.value(), path) || m_sheetMade;
    }
    sheet.value().wipeSensitive();
    updateState();
}

void RecoveryChangeDialog::updateState()
{
    // The new passphrase becomes the vault's only once it is on paper: an unprinted one is a vault
    // nobody can recover.
    m_ok->setEnabled(!m_current->text().trimmed().isEmpty() && !m_proposed.isEmpty() &&
                     (m_sheetMade || m_writtenDown->isChecked()));
}

void RecoveryChangeDialog::accept()
{
    QByteArray current = m_current->text().toUtf8();
    const SecretBytes currentSecret = SecretBytes::takeFrom(current);
    const Status changed =
        m_workspace.vault().changeRecovery(m_workspace.session(), currentSecret.view(), m_proposed.view());
    if (!changed) {
        Messages::showError(this, changed.error());
        return;
    }
    m_current->clear();
    QDialog::accept();
}

void RecoveryChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RecoveryChangeDialog::retranslateUi()
{
    setWindowTitle(tr("Replace recovery passphrase"));
    m_intro->setText(tr("Type the recovery passphrase from the sheet in the office safe. Print or save the new "
                        "sheet before you replace it: from then on only the new passphrase opens the vault on "
                        "another PC or from a backup, and the old sheet opens nothing."));
    m_currentLabel->setText(tr("Current recovery passphrase:"));
    m_newLabel->setText(tr("New recovery passphrase:"));
    m_otherWords->setText(tr("Other words"));
    m_print->setText(tr("Print new sheet…"));
    m_save->setText(tr("Save new sheet as PDF…"));
    m_writtenDown->setText(tr("I have written the new passphrase down by hand"));
    m_ok->setText(tr("Replace"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace Brankas
