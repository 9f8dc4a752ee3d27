#include "vaultpages.h"

#include "commandline.h"
#include "look.h"
#include "startwindow.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

namespace {
QFrame *box(QWidget *parent, const QString &objectName)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    return frame;
}

void setTitleFont(QLabel *title)
{
    Look::setFont(title, 1.45, QFont::DemiBold);
}
} // namespace

MissingVaultPage::MissingVaultPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("missingPage"));
    m_title = Look::label(this, QStringLiteral("missingTitle"));
    setTitleFont(m_title);
    m_intro = Look::label(this, QStringLiteral("missingIntro"));

    QFrame *commandBox = box(this, QStringLiteral("commandBox"));
    m_command = Look::label(commandBox, QStringLiteral("initCommand"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy = new QPushButton(commandBox);
    m_copy->setObjectName(QStringLiteral("copyCommand"));
    auto *commandLayout = new QHBoxLayout(commandBox);
    commandLayout->setContentsMargins(14, 12, 12, 12);
    commandLayout->setSpacing(12);
    commandLayout->addWidget(m_command, 1);
    commandLayout->addWidget(m_copy, 0, Qt::AlignTop);

    m_placeholders = Look::label(this, QStringLiteral("missingPlaceholders"));
    m_next = Look::label(this, QStringLiteral("missingNext"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(commandBox);
    layout->addWidget(m_placeholders);
    layout->addWidget(m_next);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, &MissingVaultPage::copyCommand);
    retranslateUi();
}

void MissingVaultPage::setVault(const QString &path, const QString &cliProgram)
{
    m_path = path;
    m_program = cliProgram;
    retranslateUi();
}

QString MissingVaultPage::commandLine() const
{
    //: Placeholders in a command line the officer types: capitals, no spaces.
    return initCommandLine(m_program, m_path, tr("CODE"), tr("NAME"));
}

void MissingVaultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void MissingVaultPage::retranslateUi()
{
    m_title->setText(tr("There is no vault here yet"));
    m_intro->setText(tr("Setting up the office's vault from this window comes in the next version of Brankas. For "
                        "now, an administrator creates it with this command, in a terminal on this computer:"));
    m_command->setText(commandLine());
    m_copy->setText(tr("Copy command"));
    m_placeholders->setText(
        tr("Replace %1 with the Kemendagri code of your regency or city (for example 72.05 for Kabupaten Buol) and "
           "%2 with the name of the first administrator, in quotes if it has a space. The command asks for that "
           "administrator's passphrase, then for the recovery passphrase: write the recovery passphrase on paper and "
           "keep it in the office safe.")
            .arg(tr("CODE"), tr("NAME")));
    m_next->setText(tr("When the command has finished, click \"%1\".").arg(StartWindow::checkAgainText()));
}

void MissingVaultPage::copyCommand()
{
    QGuiApplication::clipboard()->setText(commandLine());
    emit commandCopied();
}

VaultSummaryPage::VaultSummaryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("vaultPage"));
    m_title = Look::label(this, QStringLiteral("officeTitle"));
    setTitleFont(m_title);
    m_subtitle = Look::label(this, QStringLiteral("vaultSubtitle"));
    Look::setMuted(m_subtitle);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(28);
    form->setVerticalSpacing(10);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    static const char *const valueNames[RowCount] = {"regencyValue",  "provinceValue",   "vaultIdValue", "createdValue",
                                                     "officersValue", "logEntriesValue", "keychainValue"};
    for (int row = 0; row < RowCount; ++row) {
        m_names[row] = Look::label(this, QStringLiteral("fieldName"), false);
        Look::setMuted(m_names[row]);
        m_values[row] = Look::label(this, QLatin1String(valueNames[row]));
        m_values[row]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(m_names[row], m_values[row]);
    }
    m_values[VaultId]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    QFrame *noteBox = box(this, QStringLiteral("noteBox"));
    m_note = Look::label(noteBox, QStringLiteral("vaultNote"));
    auto *noteLayout = new QHBoxLayout(noteBox);
    noteLayout->setContentsMargins(12, 12, 14, 12);
    noteLayout->setSpacing(10);
    noteLayout->addWidget(Look::icon(noteBox, QStyle::SP_MessageBoxInformation, 24));
    noteLayout->addWidget(m_note, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(14);
    layout->addLayout(form);
    layout->addSpacing(18);
    layout->addWidget(noteBox);
    layout->addStretch(1);
    retranslateUi();
}

void VaultSummaryPage::setProbe(const VaultProbe &probe)
{
    m_probe = probe;
    retranslateUi();
}

void VaultSummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void VaultSummaryPage::retranslateUi()
{
    m_title->setText(m_probe.officeName);
    m_subtitle->setText(tr("Brankas opened this vault read-only: no passphrase was needed and nothing was changed."));
    m_names[RegencyCode]->setText(tr("Regency code"));
    m_names[Province]->setText(tr("Province"));
    m_names[VaultId]->setText(tr("Vault id"));
    m_names[Created]->setText(tr("Created"));
    m_names[Officers]->setText(tr("Officers"));
    m_names[LogEntries]->setText(tr("Archive log entries"));
    m_names[Keychain]->setText(tr("Keychain on this computer"));

    const QLocale locale;
    m_values[RegencyCode]->setText(m_probe.regency.name.isEmpty()
                                       ? m_probe.regency.code
                                       : QStringLiteral("%1 (%2)").arg(m_probe.regency.code, m_probe.regency.name));
    m_values[Province]->setText(m_probe.provinceName);
    m_values[VaultId]->setText(m_probe.vaultId);
    const QDateTime created = m_probe.createdAt.toLocalTime();
    m_values[Created]->setText(created.isValid()
                                   ? QStringLiteral("%1, %2").arg(locale.toString(created.date(), QLocale::LongFormat),
                                                                  locale.toString(created.time(), QLocale::ShortFormat))
                                   : QString());
    m_values[Officers]->setText(locale.toString(m_probe.counts.officers));
    m_values[LogEntries]->setText(locale.toString(m_probe.counts.logEntries));
    // A ready state's description already begins with "Ready:"; a problem is introduced as one.
    m_values[Keychain]->setText(m_probe.keychain.ready() ? m_probe.keychain.description()
                                                         : tr("Not ready: %1").arg(m_probe.keychain.description()));
    m_note->setText(tr("Signing in and working with the register from this window come in the next version of "
                       "Brankas. Until then, officers keep the kecamatan, terms, accounts and their passwords with "
                       "brankas-cli (see brankas-cli --help)."));
}

VaultErrorPage::VaultErrorPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("errorPage"));
    QFrame *errorBox = box(this, QStringLiteral("errorBox"));
    m_title = Look::label(errorBox, QStringLiteral("errorTitle"));
    Look::setFont(m_title, 1.2, QFont::DemiBold);
    m_message = Look::label(errorBox, QStringLiteral("errorMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_untouched = Look::label(errorBox, QStringLiteral("errorUntouched"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(8);
    texts->addWidget(m_title);
    texts->addWidget(m_message);
    texts->addWidget(m_untouched);
    auto *boxLayout = new QHBoxLayout(errorBox);
    boxLayout->setContentsMargins(16, 16, 18, 16);
    boxLayout->setSpacing(14);
    boxLayout->addWidget(Look::icon(errorBox, QStyle::SP_MessageBoxCritical, 32));
    boxLayout->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(errorBox);
    layout->addStretch(1);
    retranslateUi();
}

void VaultErrorPage::setError(const Error &error)
{
    m_error = error;
    retranslateUi();
}

void VaultErrorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void VaultErrorPage::retranslateUi()
{
    m_title->setText(tr("Brankas cannot open this file as a vault"));
    m_message->setText(m_error.message());
    m_untouched->setText(tr("Brankas left the file as it was. Choose another file, or click \"%1\" once the file "
                            "has been put right.")
                             .arg(StartWindow::checkAgainText()));
}

} // namespace Brankas
