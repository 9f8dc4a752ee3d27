// SPDX-License-Identifier: GPL-3.0-or-later
#include "kecamatanmatcher.h"

#include <algorithm>

namespace Brankas {

namespace {
QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        } else if (c != QLatin1Char('.') && !c.isSpace()) {
            return {};
        }
    }
    return digits;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

QString KecamatanMatcher::nameKey(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing) {
            key += c;
        }
    }
    // Only a prefix that leaves a name: a kecamatan called "Kecamatan" alone stays as it is.
    for (const QLatin1String prefix : {QLatin1String("kecamatan"), QLatin1String("kec")}) {
        if (key.startsWith(prefix) && key.size() > prefix.size()) {
            return key.mid(prefix.size());
        }
    }
    return key;
}

KecamatanMatcher::KecamatanMatcher(QList<KecamatanRecord> kecamatan)
    : m_kecamatan(std::move(kecamatan))
{
    for (int i = 0; i < m_kecamatan.size(); ++i) {
        m_byName[nameKey(m_kecamatan[i].name)] << i;
        m_byCode.insert(digitsOf(m_kecamatan[i].code), i);
    }
}

QString KecamatanMatcher::nearest(const QString &key) const
{
    int best = -1;
    int bestDistance = 0;
    for (int i = 0; i < m_kecamatan.size(); ++i) {
        const int distance = editDistance(key, nameKey(m_kecamatan[i].name));
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best < 0 ? QString() : m_kecamatan[best].code + QLatin1Char(' ') + m_kecamatan[best].name;
}

Result<KecamatanRecord> KecamatanMatcher::match(const QString &text) const
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "the kecamatan is empty."));
    }
    const QString digits = digitsOf(trimmed);
    if (!digits.isEmpty()) {
        if (const auto found = m_byCode.constFind(digits); found != m_byCode.constEnd()) {
            return m_kecamatan[found.value()];
        }
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Brankas::Error", "there is no kecamatan %1 in the office's regency."),
                     {trimmed});
    }
    const QString key = nameKey(trimmed);
    const QList<int> found = m_byName.value(key);
    if (found.size() == 1) {
        return m_kecamatan[found.first()];
    }
    if (found.size() > 1) {
        QStringList codes;
        for (int i : found) {
            codes << m_kecamatan[i].code;
        }
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" names more than one kecamatan (%2); write the code."),
                     {trimmed, codes.join(QStringLiteral(", "))});
    }
    return Error(
        ErrorCode::NotFound,
        QT_TRANSLATE_NOOP("Brankas::Error", "\"%1\" is not a kecamatan of the office's regency; the nearest is %2."),
        {trimmed, nearest(key)});
}

} // namespace Brankas
