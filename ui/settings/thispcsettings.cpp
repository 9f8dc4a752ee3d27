// SPDX-License-Identifier: GPL-3.0-or-later
#include "thispcsettings.h"

#include "../app/preferences.h"
#include "../look.h"
#include "backupfolderfield.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Brankas {

ThisPcSettings::ThisPcSettings(Preferences &preferences, LanguageSwitcher &language, QWidget *parent)
    : SettingsCard(QStringLiteral("thisPc"), parent)
    , m_preferences(preferences)
    , m_language(language)
    , m_languageCaption(Look::label(this, QStringLiteral("languageCaption"), false))
    , m_languageBox(new QComboBox(this))
    , m_idleCaption(Look::label(this, QStringLiteral("idleCaption"), false))
    , m_idle(new QSpinBox(this))
    , m_clipboardCaption(Look::label(this, QStringLiteral("clipboardCaption"), false))
    , m_clipboard(new QSpinBox(this))
    , m_paperCaption(Look::label(this, QStringLiteral("paperCaption"), false))
    , m_paper(new QComboBox(this))
    , m_backupCaption(Look::label(this, QStringLiteral("backupCaption"), false))
    , m_backupFolder(new BackupFolderField(this))
    , m_save(new QPushButton(this))
    , m_state(Look::label(this, QStringLiteral("thisPcState"), false))
{
    m_languageBox->setObjectName(QStringLiteral("language"));
    m_idle->setObjectName(QStringLiteral("idleLockMinutes"));
    m_clipboard->setObjectName(QStringLiteral("clipboardClearSeconds"));
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_save->setObjectName(QStringLiteral("saveThisPc"));
    // Languages are named in themselves, so each is found whatever the UI shows.
    m_languageBox->addItem(QStringLiteral("Bahasa Indonesia"), int(Language::Indonesian));
    m_languageBox->addItem(QStringLiteral("English"), int(Language::English));
    m_idle->setRange(0, 240); // the bounds Preferences keeps
    m_clipboard->setRange(5, 600);
    m_paper->addItem(QStringLiteral("A4 (210 × 297 mm)"), int(PaperSize::A4));
    m_paper->addItem(QStringLiteral("F4 (215 × 330 mm)"), int(PaperSize::F4));
    Look::setMuted(m_state);
    for (QWidget *field : std::initializer_list<QWidget *>{m_languageBox, m_idle, m_clipboard, m_paper}) {
        field->setMinimumWidth(220); // short values: a field across the card would look empty
    }

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_languageCaption, m_languageBox);
    form->addRow(m_idleCaption, m_idle);
    form->addRow(m_clipboardCaption, m_clipboard);
    form->addRow(m_paperCaption, m_paper);
    form->addRow(m_backupCaption, m_backupFolder);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_state, 1);
    body()->addLayout(form);
    body()->addLayout(buttons);

    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &ThisPcSettings::languageChanged);
    connect(m_idle, &QSpinBox::valueChanged, this, &ThisPcSettings::showDirty);
    connect(m_clipboard, &QSpinBox::valueChanged, this, &ThisPcSettings::showDirty);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ThisPcSettings::showDirty);
    connect(m_backupFolder, &BackupFolderField::edited, this, &ThisPcSettings::showDirty);
    connect(m_save, &QPushButton::clicked, this, &ThisPcSettings::save);
    load();
    retranslateUi();
}

void ThisPcSettings::load()
{
    const QSignalBlocker languageBlocker(m_languageBox);
    const QSignalBlocker idleBlocker(m_idle);
    const QSignalBlocker clipboardBlocker(m_clipboard);
    const QSignalBlocker paperBlocker(m_paper);
    m_languageBox->setCurrentIndex(m_languageBox->findData(int(m_language.language())));
    m_idle->setValue(m_preferences.idleLockMinutes());
    m_clipboard->setValue(m_preferences.clipboardClearSeconds());
    m_paper->setCurrentIndex(m_paper->findData(int(m_preferences.paperSize())));
    m_backupFolder->setFolder(m_preferences.backupFolder());
    m_state->clear();
}

void ThisPcSettings::save()
{
    m_preferences.setIdleLockMinutes(m_idle->value());
    m_preferences.setClipboardClearSeconds(m_clipboard->value());
    m_preferences.setPaperSize(PaperSize(m_paper->currentData().toInt()));
    m_preferences.setBackupFolder(m_backupFolder->folder());
    m_state->setText(tr("Saved."));
}

void ThisPcSettings::languageChanged()
{
    // The language applies at once (everything retranslates) and is kept for the next start.
    const auto chosen = Language(m_languageBox->currentData().toInt());
    if (chosen != m_language.language()) {
        m_language.setLanguage(chosen);
    }
    m_preferences.setLanguage(chosen);
}

void ThisPcSettings::showDirty()
{
    m_state->setText(tr("Not saved yet."));
}

void ThisPcSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    SettingsCard::changeEvent(event);
}

void ThisPcSettings::retranslateUi()
{
    setTitle(tr("This PC"), tr("These choices apply to Brankas on this computer only."));
    m_languageCaption->setText(tr("Language:"));
    m_idleCaption->setText(tr("Lock after being idle for:"));
    m_idle->setSuffix(tr(" minutes"));
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setToolTip(tr("0 turns the idle lock off; Ctrl+L still locks at once."));
    m_clipboardCaption->setText(tr("Clear a copied password after:"));
    m_clipboard->setSuffix(tr(" seconds"));
    m_paperCaption->setText(tr("Paper size for printing:"));
    m_backupCaption->setText(tr("Automatic backups into:"));
    m_backupCaption->setToolTip(tr("After changes (at most once a day) and when the window closes. The last %1 are "
                                   "kept, and one a month for a year.")
                                    .arg(m_preferences.backupsKept()));
    m_save->setText(tr("Save"));
    if (!m_state->text().isEmpty()) {
        m_state->clear();
    }
}

} // namespace Brankas
