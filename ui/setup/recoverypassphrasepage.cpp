// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverypassphrasepage.h"

#include "../app/messages.h"
#include "../app/vaultplace.h"
#include "../look.h"
#include "../reports/reportoutput.h"
#include "adminpage.h"
#include "officepage.h"

#include <core/crypto/wipe.h>
#include <core/i18n/language.h>
#include <core/reports/recoverysheet.h>
#include <core/vault/passphrase.h>
#include <core/vault/recoveryproposal.h>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Brankas {

RecoveryPassphrasePage::RecoveryPassphrasePage(const QString &vaultPath, const OfficePage &office,
                                               const AdminPage &admin, QWidget *parent)
    : SetupPage(QStringLiteral("recoveryPage"), parent)
    , m_vaultPath(vaultPath)
    , m_office(office)
    , m_admin(admin)
    , m_useGenerated(new QRadioButton(this))
    , m_useOwn(new QRadioButton(this))
    , m_phrase(Look::label(this, QStringLiteral("recoveryPassphrase")))
    , m_otherWords(new QPushButton(this))
    , m_own(new QLineEdit(this))
    , m_refusal(Look::label(this, QStringLiteral("recoveryRefusal")))
    , m_advice(Look::label(this, QStringLiteral("recoveryAdvice")))
    , m_print(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    m_useGenerated->setObjectName(QStringLiteral("useGenerated"));
    m_useOwn->setObjectName(QStringLiteral("useOwn"));
    m_otherWords->setObjectName(QStringLiteral("otherWords"));
    m_own->setObjectName(QStringLiteral("ownRecoveryPassphrase"));
    m_print->setObjectName(QStringLiteral("printSheet"));
    m_save->setObjectName(QStringLiteral("saveSheet"));
    m_own->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_useGenerated->setChecked(true);

    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("phraseBox"));
    box->setStyleSheet(QStringLiteral("#phraseBox { background: #f4f7fb; border: 2px solid #17375e; "
                                      "border-radius: 8px; } #phraseBox QLabel { color: #10243f; }"));
    QFont mono(QStringLiteral("Liberation Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.7);
    mono.setWeight(QFont::DemiBold);
    m_phrase->setFont(mono);
    m_phrase->setAlignment(Qt::AlignCenter);
    auto *boxLayout = new QHBoxLayout(box);
    boxLayout->setContentsMargins(18, 16, 12, 16);
    boxLayout->addWidget(m_phrase, 1);
    boxLayout->addWidget(m_otherWords, 0, Qt::AlignVCenter);

    m_refusal->setStyleSheet(QStringLiteral("color: #9c1c14;"));
    Look::setMuted(m_advice);

    auto *sheetButtons = new QHBoxLayout;
    sheetButtons->addWidget(m_print);
    sheetButtons->addWidget(m_save);
    sheetButtons->addStretch(1);

    body()->addWidget(m_useGenerated);
    body()->addWidget(box);
    body()->addWidget(m_useOwn);
    body()->addWidget(m_own);
    body()->addWidget(m_refusal);
    body()->addLayout(sheetButtons);
    body()->addWidget(m_advice);
    body()->addStretch(1);

    connect(m_useGenerated, &QRadioButton::toggled, this, &RecoveryPassphrasePage::modeChanged);
    connect(m_otherWords, &QPushButton::clicked, this, &RecoveryPassphrasePage::generate);
    connect(m_own, &QLineEdit::textChanged, this, &RecoveryPassphrasePage::check);
    connect(m_print, &QPushButton::clicked, this, &RecoveryPassphrasePage::printSheet);
    connect(m_save, &QPushButton::clicked, this, &RecoveryPassphrasePage::saveSheet);
    generate();
    modeChanged();
    retranslateUi();
}

RecoveryPassphrasePage::~RecoveryPassphrasePage()
{
    clearSecrets();
}

SecretBytes RecoveryPassphrasePage::passphrase() const
{
    if (usesOwnPassphrase()) {
        QByteArray utf8 = m_own->text().simplified().toUtf8();
        return SecretBytes::takeFrom(utf8);
    }
    return m_generated.clone();
}

bool RecoveryPassphrasePage::usesOwnPassphrase() const
{
    return m_useOwn->isChecked();
}

QString RecoveryPassphrasePage::refusal() const
{
    return m_refusal->text();
}

void RecoveryPassphrasePage::clearSecrets()
{
    m_generated.clear();
    m_phrase->clear();
    m_own->clear();
}

ReportDocument RecoveryPassphrasePage::sheet() const
{
    RecoverySheetFacts facts;
    facts.office.name = m_office.officeName();
    facts.office.address = m_office.address();
    facts.office.headName = m_office.headName();
    facts.region = m_office.areaName();
    facts.vaultPath = VaultPlace::shown(m_vaultPath);
    facts.createdOn = QDate::currentDate();
    facts.printedAt = QDateTime::currentDateTime();
    facts.printedBy = m_admin.adminName();
    ReportOptions options;
    options.language = languageFromCode(QLocale().name()).value_or(Language::Indonesian);
    const SecretBytes phrase = passphrase();
    return recoverySheetDocument(facts, options, &phrase);
}

bool RecoveryPassphrasePage::isComplete() const
{
    return m_acceptable;
}

void RecoveryPassphrasePage::generate()
{
    auto made = proposeRecoveryPassphrase();
    if (!made) {
        Messages::showError(this, made.error());
        return;
    }
    m_generated = std::move(made).value();
    m_phrase->setText(QString::fromUtf8(m_generated.view()));
    check();
}

void RecoveryPassphrasePage::modeChanged()
{
    const bool own = usesOwnPassphrase();
    m_phrase->setEnabled(!own);
    m_otherWords->setEnabled(!own);
    m_own->setEnabled(own);
    if (own) {
        m_own->setFocus();
    }
    check();
}

void RecoveryPassphrasePage::check()
{
    QString reason;
    if (usesOwnPassphrase() && !m_own->text().trimmed().isEmpty()) {
        SecretBytes typed = passphrase();
        SecretBytes admin = m_admin.passphrase();
        if (Status ok = checkNewPassphrase(typed.view(), PassphraseKind::Recovery); !ok) {
            reason = ok.error().message();
        } else if (normalizedPassphrase(typed.view(), PassphraseKind::Recovery) ==
                   normalizedPassphrase(admin.view(), PassphraseKind::Recovery)) {
            reason = tr("The recovery passphrase must differ from the administrator's passphrase.");
        }
    }
    m_refusal->setText(reason);
    m_refusal->setVisible(!reason.isEmpty());
    const bool acceptable =
        usesOwnPassphrase() ? reason.isEmpty() && !m_own->text().trimmed().isEmpty() : !m_generated.isEmpty();
    m_print->setEnabled(acceptable);
    m_save->setEnabled(acceptable);
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT completeChanged();
    }
}

void RecoveryPassphrasePage::printSheet()
{
    ReportDocument document = sheet();
    ReportOutput::print(this, document);
    document.wipeSensitive();
}

void RecoveryPassphrasePage::saveSheet()
{
    const QString path = ReportOutput::askPdfPath(this, tr("Brankas recovery sheet"));
    if (path.isEmpty()) {
        return;
    }
    ReportDocument document = sheet();
    const bool saved = ReportOutput::savePdf(this, document, path);
    document.wipeSensitive();
    if (saved) {
        Q_EMIT sheetSaved(path);
    }
}

void RecoveryPassphrasePage::retranslateUi()
{
    setHeading(tr("Recovery passphrase"),
               tr("If this PC breaks or is replaced, the recovery passphrase is the only way to open the vault "
                  "again. Write it down or print it now, and keep the paper in the office safe."));
    m_useGenerated->setText(tr("Use these words (recommended)"));
    m_otherWords->setText(tr("Other words"));
    m_otherWords->setToolTip(tr("Let Brankas choose new words"));
    m_useOwn->setText(tr("Type my own recovery passphrase"));
    m_own->setPlaceholderText(
        tr("at least %1 characters, e.g. four or five words").arg(MinimumRecoveryPassphraseLength));
    m_print->setText(tr("Print recovery sheet…"));
    m_save->setText(tr("Save as PDF…"));
    m_advice->setText(tr("A saved PDF holds the passphrase: print it, then delete the file. On the next page you "
                         "type two of the words back, to be sure they were written down correctly."));
    check();
}

} // namespace Brankas
