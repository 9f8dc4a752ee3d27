// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasemeter.h"

#include "../look.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <cmath>

namespace Brankas {

namespace {
constexpr int FullBits = 100;

QString barColour(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::Empty:
    case PassphraseStrength::Level::Weak:
        return QStringLiteral("#b3261e");
    case PassphraseStrength::Level::Fair:
        return QStringLiteral("#c77700");
    case PassphraseStrength::Level::Good:
        return QStringLiteral("#3b7d23");
    case PassphraseStrength::Level::Strong:
        return QStringLiteral("#1f6b3a");
    }
    return {};
}
} // namespace

PassphraseMeter::PassphraseMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(Look::label(this, QStringLiteral("strengthText"), false))
{
    setObjectName(QStringLiteral("passphraseMeter"));
    m_bar->setRange(0, FullBits);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label, 1);
    retranslateUi();
}

void PassphraseMeter::setPassphrase(QStringView text)
{
    m_strength = estimatePassphraseStrength(text);
    m_bar->setValue(std::min(FullBits, int(std::lround(m_strength.bits))));
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; border-radius: 4px; background: palette(mid); }"
                                        "QProgressBar::chunk { border-radius: 4px; background: %1; }")
                             .arg(barColour(m_strength.level)));
    retranslateUi();
}

QString PassphraseMeter::text() const
{
    return m_label->text();
}

void PassphraseMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PassphraseMeter::retranslateUi()
{
    QString word;
    switch (m_strength.level) {
    case PassphraseStrength::Level::Empty:
        word = tr("Strength: nothing typed yet");
        break;
    case PassphraseStrength::Level::Weak:
        word = tr("Strength: weak, easy to guess");
        break;
    case PassphraseStrength::Level::Fair:
        word = tr("Strength: fair");
        break;
    case PassphraseStrength::Level::Good:
        word = tr("Strength: good");
        break;
    case PassphraseStrength::Level::Strong:
        word = tr("Strength: strong");
        break;
    }
    m_label->setText(word);
    m_bar->setAccessibleName(word);
}

} // namespace Brankas
