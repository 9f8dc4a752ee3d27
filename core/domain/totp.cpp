// SPDX-License-Identifier: GPL-3.0-or-later
#include "totp.h"

#include "../crypto/wipe.h"
#include "base32.h"

#include <array>
#include <optional>
#include <utility>

namespace Brankas {

namespace {

using Crypto::HashAlgorithm;

// Values copied from a link into a message are cut short, so a garbled link cannot flood the dialog.
QString shown(QByteArrayView value)
{
    constexpr qsizetype Limit = 20;
    QString text = QString::fromUtf8(value.first(qMin(value.size(), Limit)));
    if (value.size() > Limit) {
        text += QStringLiteral("...");
    }
    return text;
}

Error emptyKey()
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The setup key is empty. Copy the key the platform shows when "
                                                     "you turn on two-factor authentication."));
}

Error badDigits(const QString &digits)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The two-factor settings ask for codes of %1 digits, but "
                                                     "Brankas supports only %2 to %3 digits."),
                 {digits, QString::number(TotpMinDigits), QString::number(TotpMaxDigits)});
}

Error badPeriod(const QString &period)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The two-factor settings ask for a new code every %1 seconds, "
                                                     "but Brankas supports only %2 to %3 seconds."),
                 {period, QString::number(TotpMinPeriod), QString::number(TotpMaxPeriod)});
}

Error incompleteLink()
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Brankas::Error", "The text starts like a two-factor setup link (otpauth://) but "
                                                     "is incomplete. Copy the whole link, or copy the setup key "
                                                     "instead."));
}

bool digitsInRange(int digits)
{
    return digits >= TotpMinDigits && digits <= TotpMaxDigits;
}

bool periodInRange(int period)
{
    return period >= TotpMinPeriod && period <= TotpMaxPeriod;
}

// A small non-negative decimal, or -1. Anything longer than four digits is out of every range here.
int smallNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 4) {
        return -1;
    }
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// RFC 3986 percent-decoding. Query values are often written by form encoders, which turn spaces
// into '+'; the label is a path, where '+' is literal. A malformed escape is kept as it is, so the
// base32 decoder names the '%' if it ends up in a key.
QByteArray percentDecoded(QByteArrayView text, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if (c == '%' && at + 2 < text.size() && hexValue(text[at + 1]) >= 0 && hexValue(text[at + 2]) >= 0) {
            out.append(static_cast<char>(hexValue(text[at + 1]) * 16 + hexValue(text[at + 2])));
            at += 2;
        } else if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    return out;
}

Result<SecretBytes> decodeKey(QByteArrayView text)
{
    Result<SecretBytes> secret = base32Decode(text);
    if (secret.ok() && secret->isEmpty()) {
        return emptyKey();
    }
    return secret;
}

std::optional<HashAlgorithm> algorithmNamed(QByteArrayView name)
{
    const auto is = [name](const char *candidate) {
        return name.compare(QByteArrayView(candidate), Qt::CaseInsensitive) == 0;
    };
    if (is("SHA1") || is("SHA-1")) {
        return HashAlgorithm::Sha1;
    }
    if (is("SHA256") || is("SHA-256")) {
        return HashAlgorithm::Sha256;
    }
    if (is("SHA512") || is("SHA-512")) {
        return HashAlgorithm::Sha512;
    }
    return std::nullopt;
}

// The Key URI format of Google Authenticator, which every platform's QR code follows:
// otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30
Result<TotpParameters> parseLink(QByteArrayView link)
{
    constexpr QByteArrayView Scheme("otpauth://");
    if (link.size() < Scheme.size() || link.first(Scheme.size()).compare(Scheme, Qt::CaseInsensitive) != 0) {
        return incompleteLink();
    }
    QByteArrayView rest = link.sliced(Scheme.size());
    const qsizetype fragment = rest.indexOf('#');
    if (fragment >= 0) {
        rest = rest.first(fragment);
    }
    const qsizetype slash = rest.indexOf('/');
    if (slash < 0) {
        return incompleteLink();
    }
    const QByteArrayView type = rest.first(slash);
    if (type.compare(QByteArrayView("hotp"), Qt::CaseInsensitive) == 0) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "This setup link is for counter-based codes (HOTP). Brankas "
                                                         "supports only time-based codes (TOTP), which the social "
                                                         "media platforms use."));
    }
    if (type.compare(QByteArrayView("totp"), Qt::CaseInsensitive) != 0) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "This setup link is of an unknown kind (\"%1\"). Brankas "
                                                         "supports only time-based codes (otpauth://totp/...)."),
                     {shown(type)});
    }
    rest = rest.sliced(slash + 1);
    const qsizetype question = rest.indexOf('?');
    const QByteArrayView label = question < 0 ? rest : rest.first(question);
    const QByteArrayView query = question < 0 ? QByteArrayView() : rest.sliced(question + 1);

    TotpParameters parameters;
    std::optional<QByteArrayView> secret;
    std::optional<QByteArrayView> issuer;
    std::optional<QByteArrayView> algorithm;
    std::optional<QByteArrayView> digits;
    std::optional<QByteArrayView> period;
    const std::array<std::pair<const char *, std::optional<QByteArrayView> *>, 5> known = {{
        {"secret", &secret},
        {"issuer", &issuer},
        {"algorithm", &algorithm},
        {"digits", &digits},
        {"period", &period},
    }};
    qsizetype start = 0;
    while (start <= query.size() && !query.isEmpty()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0) {
            end = query.size();
        }
        const QByteArrayView pair = query.sliced(start, end - start);
        start = end + 1;
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView key = equals < 0 ? pair : pair.first(equals);
        const QByteArrayView value = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
        for (const auto &[name, slot] : known) {
            if (key.compare(QByteArrayView(name), Qt::CaseInsensitive) != 0) {
                continue;
            }
            // A parameter given twice (two secrets, say) leaves no way to tell which one the platform meant.
            if (slot->has_value()) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Brankas::Error", "The setup link gives \"%1\" more than once, so it "
                                                                 "is not clear which one is meant. Copy the link "
                                                                 "again from the platform."),
                             {QString::fromLatin1(name)});
            }
            *slot = value;
        }
        // Other parameters (image, color, counter...) do not change the codes and are ignored.
    }

    if (!secret || secret->isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "The setup link has no setup key (its \"secret\" part is "
                                                         "missing or empty). Copy the link again from the platform."));
    }
    if (secret->contains('%') || secret->contains('+')) {
        QByteArray decoded = percentDecoded(*secret, true);
        const SecretBytes text = SecretBytes::takeFrom(decoded);
        Result<SecretBytes> key = decodeKey(text.view());
        if (!key) {
            return key.error();
        }
        parameters.secret = std::move(key).value();
    } else {
        Result<SecretBytes> key = decodeKey(*secret);
        if (!key) {
            return key.error();
        }
        parameters.secret = std::move(key).value();
    }

    if (algorithm) {
        const std::optional<HashAlgorithm> named = algorithmNamed(*algorithm);
        if (!named) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The setup link asks for the method \"%1\", which "
                                                             "Brankas does not support (only SHA1, SHA256 and "
                                                             "SHA512)."),
                         {shown(*algorithm)});
        }
        parameters.algorithm = *named;
    }
    if (digits) {
        parameters.digits = smallNumber(*digits);
        if (!digitsInRange(parameters.digits)) {
            return badDigits(shown(*digits));
        }
    }
    if (period) {
        parameters.period = smallNumber(*period);
        if (!periodInRange(parameters.period)) {
            return badPeriod(shown(*period));
        }
    }

    // The label is "Issuer:account" or just "account"; the issuer parameter is the more reliable
    // of the two, as the Key URI format says, so it wins when both are there.
    const QString labelText = QString::fromUtf8(percentDecoded(label, false));
    const qsizetype colon = labelText.indexOf(QLatin1Char(':'));
    QString labelIssuer;
    if (colon >= 0) {
        labelIssuer = labelText.first(colon).trimmed();
        parameters.account = labelText.sliced(colon + 1).trimmed();
    } else {
        parameters.account = labelText.trimmed();
    }
    const QString issuerText = issuer ? QString::fromUtf8(percentDecoded(*issuer, true)).trimmed() : QString();
    parameters.issuer = issuerText.isEmpty() ? labelIssuer : issuerText;
    return parameters;
}

} // namespace

Result<TotpParameters> parseTotpSeed(QByteArrayView text)
{
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return emptyKey();
    }
    constexpr QByteArrayView LinkStart("otpauth:");
    if (trimmed.size() >= LinkStart.size() &&
        trimmed.first(LinkStart.size()).compare(LinkStart, Qt::CaseInsensitive) == 0) {
        return parseLink(trimmed);
    }
    // Officers sometimes paste the address of the platform's settings page instead of the key.
    if (trimmed.contains("://")) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "This is a web address, not a two-factor setup key. Copy the "
                                                         "setup key (letters and digits) or the otpauth:// link that "
                                                         "the platform shows when you turn on two-factor "
                                                         "authentication."));
    }
    Result<SecretBytes> key = decodeKey(trimmed);
    if (!key) {
        return key.error();
    }
    TotpParameters parameters;
    parameters.secret = std::move(key).value();
    return parameters;
}

Result<QString> hotp(QByteArrayView secret, quint64 counter, int digits, HashAlgorithm algorithm)
{
    if (secret.isEmpty()) {
        return emptyKey();
    }
    if (!digitsInRange(digits)) {
        return badDigits(QString::number(digits));
    }
    std::array<char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<size_t>(i)] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    Result<QByteArray> mac = Crypto::hmac(algorithm, secret, QByteArrayView(message.data(), qsizetype(message.size())));
    if (!mac) {
        return mac.error();
    }
    // RFC 4226 section 5.3, dynamic truncation: the low nibble of the last byte picks four bytes,
    // of which the top bit is dropped so the value reads the same signed or unsigned.
    const QByteArray &bytes = mac.value();
    const auto byteAt = [&bytes](qsizetype at) { return static_cast<quint32>(static_cast<unsigned char>(bytes[at])); };
    const qsizetype offset = byteAt(bytes.size() - 1) & 0x0f;
    const quint32 binary =
        ((byteAt(offset) & 0x7f) << 24) | (byteAt(offset + 1) << 16) | (byteAt(offset + 2) << 8) | byteAt(offset + 3);
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    Crypto::wipe(mac.value());
    return QString::number(binary % modulus).rightJustified(digits, QLatin1Char('0'));
}

Result<TotpCode> totpAt(const TotpParameters &parameters, const QDateTime &utc)
{
    if (parameters.secret.isEmpty()) {
        return emptyKey();
    }
    if (!digitsInRange(parameters.digits)) {
        return badDigits(QString::number(parameters.digits));
    }
    if (!periodInRange(parameters.period)) {
        return badPeriod(QString::number(parameters.period));
    }
    // Before 1970 only a broken clock could be; RFC 6238 counts from the Unix epoch.
    const qint64 seconds = utc.isValid() ? utc.toSecsSinceEpoch() : -1;
    if (seconds < 0) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "Brankas cannot work out the two-factor code because the "
                                                         "computer's clock does not show a valid date and time. "
                                                         "Correct the clock and try again."));
    }
    const auto counter = static_cast<quint64>(seconds / parameters.period);
    Result<QString> code = hotp(parameters.secret.view(), counter, parameters.digits, parameters.algorithm);
    if (!code) {
        return code.error();
    }
    return TotpCode{std::move(code).value(), parameters.period - static_cast<int>(seconds % parameters.period)};
}

} // namespace Brankas
