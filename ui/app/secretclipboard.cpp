// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretclipboard.h"

#include <core/crypto/random.h>

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QTimer>

namespace Brankas {

namespace {
// Windows reads these formats as DWORDs: 0 keeps the text out of clipboard history and cloud sync.
QByteArray dwordZero()
{
    return QByteArray(4, '\0');
}
} // namespace

SecretClipboard::SecretClipboard(QClipboard *clipboard, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfDue);
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

void SecretClipboard::copy(const QString &secret, int clearAfterSeconds)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper and several GNOME clipboard managers skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Windows: monitors skip it, history and cloud clipboard do not keep it.
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dwordZero());
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dwordZero());
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    if (m_clipboard->supportsSelection()) {
        m_clipboard->clear(QClipboard::Selection);
    }

    // Without the CSPRNG the hash is only unsalted; it still never leaves this process.
    auto salt = Crypto::randomBytes(16);
    m_salt = salt.ok() ? std::move(salt).value() : QByteArray();
    m_hash = hashOf(secret);
    m_clearAt = m_clock.nowUtc().addSecs(clearAfterSeconds);
    m_timer->start();
    Q_EMIT copied(clearAfterSeconds);
}

void SecretClipboard::clearNow()
{
    if (m_hash.isEmpty()) {
        return;
    }
    if (stillOurs()) {
        m_clipboard->clear(QClipboard::Clipboard);
    }
    m_hash.clear();
    m_salt.clear();
    m_clearAt = {};
    m_timer->stop();
    Q_EMIT cleared();
}

void SecretClipboard::clearIfDue()
{
    if (!m_hash.isEmpty() && m_clock.nowUtc() >= m_clearAt) {
        clearNow();
    }
}

QByteArray SecretClipboard::hashOf(const QString &text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(text.toUtf8());
    return hash.result();
}

bool SecretClipboard::stillOurs() const
{
    return hashOf(m_clipboard->text(QClipboard::Clipboard)) == m_hash;
}

} // namespace Brankas
