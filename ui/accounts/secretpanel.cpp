// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretpanel.h"

#include "../app/messages.h"
#include "../app/preferences.h"
#include "../app/secretclipboard.h"
#include "../app/workspace.h"
#include "../look.h"

#include <core/register/secrets.h>

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Brankas {

namespace {
const QString Dots = QString(10, QChar(0x2022));

QString groupedCode(const QString &code)
{
    // "123 456" reads more easily off the screen than "123456".
    const qsizetype half = code.size() / 2;
    return code.left(half) + QLatin1Char(' ') + code.mid(half);
}

QString plain(const SecretBytes &bytes)
{
    return QString::fromUtf8(bytes.view());
}
} // namespace

SecretPanel::SecretPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_grid(new QGridLayout)
    , m_clipboardNote(Look::label(this, QStringLiteral("clipboardNote")))
    , m_auditNote(Look::label(this, QStringLiteral("secretAuditNote")))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("secretPanel"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int line = 0;
    for (const SecretKind kind : allSecretKinds()) {
        Row row;
        const QString id = secretKindId(kind);
        row.name = Look::label(this, QStringLiteral("secretName_") + id, false);
        Look::setMuted(row.name);
        row.value = Look::label(this, QStringLiteral("secretValue_") + id);
        row.value->setFont(fixed);
        row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.countdown = Look::label(this, QStringLiteral("secretCountdown_") + id, false);
        Look::setMuted(row.countdown);
        row.reveal = new QPushButton(this);
        row.reveal->setObjectName(QStringLiteral("reveal_") + id);
        row.copy = new QPushButton(this);
        row.copy->setObjectName(QStringLiteral("copy_") + id);
        m_grid->addWidget(row.name, line, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_grid->addWidget(row.value, line, 1);
        m_grid->addWidget(row.countdown, line, 2);
        m_grid->addWidget(row.reveal, line, 3);
        m_grid->addWidget(row.copy, line, 4);
        connect(row.reveal, &QPushButton::clicked, this, [this, kind] { toggleReveal(kind); });
        connect(row.copy, &QPushButton::clicked, this, [this, kind] {
            if (kind == SecretKind::Totp) {
                copyTotpCode();
            } else {
                copy(kind);
            }
        });
        m_rows.insert(kind, row);
        ++line;
    }
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(6);
    Look::setMuted(m_auditNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_grid);
    layout->addWidget(m_clipboardNote);
    layout->addWidget(m_auditNote);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SecretPanel::tick);
    connect(&m_workspace.clipboard(), &SecretClipboard::copied, this, &SecretPanel::updateClipboardNote);
    connect(&m_workspace.clipboard(), &SecretClipboard::cleared, this, &SecretPanel::updateClipboardNote);
    m_timer->start();
    retranslateUi();
    setAccount(0, {});
}

SecretPanel::~SecretPanel() = default;

void SecretPanel::setAccount(qint64 accountId, const QList<SecretKind> &present)
{
    hideAll();
    m_accountId = accountId;
    m_present = present;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        // The password row stays, saying there is none: the officer sees what is missing.
        const bool shown = it.key() == SecretKind::Password || present.contains(it.key());
        for (QWidget *widget : {static_cast<QWidget *>(it->name), static_cast<QWidget *>(it->value),
                                static_cast<QWidget *>(it->countdown), static_cast<QWidget *>(it->reveal),
                                static_cast<QWidget *>(it->copy)}) {
            widget->setVisible(shown);
        }
        updateRow(it.key());
    }
    updateClipboardNote();
}

bool SecretPanel::isRevealed(SecretKind kind) const
{
    return m_shown.contains(kind);
}

bool SecretPanel::reveal(SecretKind kind)
{
    if (m_accountId == 0 || !m_present.contains(kind)) {
        return false;
    }
    auto value = Secrets(m_workspace.vault()).reveal(m_workspace.session(), m_accountId, kind);
    Q_EMIT secretUsed();
    if (!value) {
        fail(value.error());
        return false;
    }
    Shown shown;
    shown.hideAt = m_workspace.clock().nowUtc().addSecs(kind == SecretKind::Totp ? TotpShowSeconds : RevealSeconds);
    if (kind == SecretKind::Totp) {
        auto parameters = parseTotpSeed(value.value().view());
        if (!parameters) {
            fail(parameters.error());
            return false;
        }
        m_totp = std::move(parameters).value();
    } else {
        shown.text = plain(value.value());
    }
    m_shown.insert(kind, shown);
    updateRow(kind);
    return true;
}

bool SecretPanel::copy(SecretKind kind)
{
    if (m_accountId == 0 || !m_present.contains(kind)) {
        return false;
    }
    if (kind == SecretKind::Totp) {
        return copyTotpCode();
    }
    auto value = Secrets(m_workspace.vault()).copy(m_workspace.session(), m_accountId, kind);
    Q_EMIT secretUsed();
    if (!value) {
        fail(value.error());
        return false;
    }
    m_workspace.clipboard().copy(plain(value.value()), m_workspace.preferences().clipboardClearSeconds());
    return true;
}

bool SecretPanel::copyTotpCode()
{
    if (m_accountId == 0 || !m_present.contains(SecretKind::Totp)) {
        return false;
    }
    auto seed = Secrets(m_workspace.vault()).copy(m_workspace.session(), m_accountId, SecretKind::Totp);
    Q_EMIT secretUsed();
    if (!seed) {
        fail(seed.error());
        return false;
    }
    auto parameters = parseTotpSeed(seed.value().view());
    if (!parameters) {
        fail(parameters.error());
        return false;
    }
    auto code = totpAt(parameters.value(), m_workspace.clock().nowUtc());
    if (!code) {
        fail(code.error());
        return false;
    }
    m_workspace.clipboard().copy(code.value().code, m_workspace.preferences().clipboardClearSeconds());
    return true;
}

void SecretPanel::hideAll()
{
    m_shown.clear();
    m_totp.reset();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        updateRow(it.key());
    }
}

void SecretPanel::toggleReveal(SecretKind kind)
{
    if (isRevealed(kind)) {
        m_shown.remove(kind);
        if (kind == SecretKind::Totp) {
            m_totp.reset();
        }
        updateRow(kind);
    } else {
        reveal(kind);
    }
}

void SecretPanel::tick()
{
    const QDateTime now = m_workspace.clock().nowUtc();
    const QList<SecretKind> kinds = m_shown.keys();
    for (const SecretKind kind : kinds) {
        if (now >= m_shown.value(kind).hideAt) {
            m_shown.remove(kind);
            if (kind == SecretKind::Totp) {
                m_totp.reset();
            }
        }
        updateRow(kind);
    }
    updateClipboardNote();
}

std::optional<QString> SecretPanel::currentCode(int *secondsRemaining)
{
    if (!m_totp) {
        return std::nullopt;
    }
    auto code = totpAt(*m_totp, m_workspace.clock().nowUtc());
    if (!code) {
        return std::nullopt;
    }
    *secondsRemaining = code.value().secondsRemaining;
    return code.value().code;
}

void SecretPanel::updateRow(SecretKind kind)
{
    const Row &row = m_rows[kind];
    const bool present = m_present.contains(kind);
    const bool shown = isRevealed(kind);
    row.reveal->setEnabled(present);
    row.copy->setEnabled(present);
    row.countdown->clear();
    if (!present) {
        row.value->setText(kind == SecretKind::Password ? tr("No password recorded") : QString());
        row.reveal->setText(tr("Reveal"));
    } else if (kind == SecretKind::Totp) {
        int remaining = 0;
        const std::optional<QString> code = shown ? currentCode(&remaining) : std::nullopt;
        row.value->setText(code ? groupedCode(*code) : QStringLiteral("••• •••"));
        if (code) {
            row.countdown->setText(tr("new code in %n s", nullptr, remaining));
        }
        row.reveal->setText(shown ? tr("Hide") : tr("Show code"));
    } else {
        row.value->setText(shown ? m_shown.value(kind).text : Dots);
        row.reveal->setText(shown ? tr("Hide") : tr("Reveal"));
        if (shown) {
            const qint64 left = m_workspace.clock().nowUtc().secsTo(m_shown.value(kind).hideAt);
            row.countdown->setText(tr("hides in %n s", nullptr, int(std::max<qint64>(left, 0))));
        }
    }
}

void SecretPanel::updateClipboardNote()
{
    const SecretClipboard &clipboard = m_workspace.clipboard();
    if (!clipboard.holdsSecret()) {
        m_clipboardNote->hide();
        m_clipboardNote->clear();
        return;
    }
    const qint64 left = std::max<qint64>(0, m_workspace.clock().nowUtc().secsTo(clipboard.clearsAt()));
    m_clipboardNote->setText(tr("Copied. The clipboard clears in %n s.", nullptr, int(left)));
    m_clipboardNote->show();
}

void SecretPanel::fail(const Error &error)
{
    Messages::showError(this, error);
}

void SecretPanel::hideEvent(QHideEvent *event)
{
    // Nothing stays on screen behind another page or a locked window.
    hideAll();
    QWidget::hideEvent(event);
}

void SecretPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SecretPanel::retranslateUi()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        // The TOTP row shows codes, not the seed the kind is named after.
        it->name->setText(it.key() == SecretKind::Totp ? tr("Two-factor code") : secretKindDisplayName(it.key()));
        it->copy->setText(it.key() == SecretKind::Totp ? tr("Copy code") : tr("Copy"));
        it->copy->setToolTip(it.key() == SecretKind::Password ? tr("Copy the password (Ctrl+C)")
                             : it.key() == SecretKind::Totp   ? tr("Copy the current code (Ctrl+T)")
                                                              : QString());
        it->reveal->setToolTip(
            tr("Shows the value for %n seconds; the archive log records it.", nullptr, RevealSeconds));
        updateRow(it.key());
    }
    m_auditNote->setText(tr("Every reveal and copy is recorded in the archive log under your name."));
    updateClipboardNote();
}

} // namespace Brankas
