// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/passwordgenerator.h>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <array>
#include <cmath>

using namespace Brankas;

namespace {

const QByteArray Lower = QByteArrayLiteral("abcdefghijklmnopqrstuvwxyz");
const QByteArray Upper = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QByteArray Digits = QByteArrayLiteral("0123456789");

PasswordPolicy policy(int length, bool lowercase, bool uppercase, bool digits, bool symbols, bool avoidAmbiguous)
{
    PasswordPolicy result;
    result.length = length;
    result.lowercase = lowercase;
    result.uppercase = uppercase;
    result.digits = digits;
    result.symbols = symbols;
    result.avoidAmbiguous = avoidAmbiguous;
    return result;
}

QByteArray generated(const PasswordPolicy &passwordPolicy)
{
    const Result<SecretBytes> password = generatePassword(passwordPolicy);
    if (!password) {
        qWarning("%s", qPrintable(password.error().untranslatedMessage()));
        return {};
    }
    return password->toByteArrayUnsafe();
}

QByteArray generated(const PronounceablePolicy &pronounceablePolicy)
{
    const Result<SecretBytes> password = generatePronounceable(pronounceablePolicy);
    if (!password) {
        qWarning("%s", qPrintable(password.error().untranslatedMessage()));
        return {};
    }
    return password->toByteArrayUnsafe();
}

bool containsAnyOf(QByteArrayView text, QByteArrayView characters)
{
    for (const char c : characters) {
        if (text.contains(c)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestPasswordGenerator : public QObject
{
    Q_OBJECT

private slots:
    void hasTheAskedLength_data();
    void hasTheAskedLength();
    void usesEveryEnabledClassAndNothingElse_data();
    void usesEveryEnabledClassAndNothingElse();
    void ambiguousCharactersOnlyWhenAllowed();
    void charactersAreEquallyLikely();
    void positionsAreUnbiased();
    void passwordsDiffer();
    void refusesBadPolicies_data();
    void refusesBadPolicies();
    void entropyFigures();
    void pronounceableShape_data();
    void pronounceableShape();
    void pronounceableUsesBothWordLengths();
    void pronounceableRefusesBadPolicies_data();
    void pronounceableRefusesBadPolicies();
    void pronounceableEntropyFigures();
};

void TestPasswordGenerator::hasTheAskedLength_data()
{
    QTest::addColumn<int>("length");
    for (const int length : {8, 9, 16, 20, 64, 127, 128}) {
        QTest::addRow("%d", length) << length;
    }
}

void TestPasswordGenerator::hasTheAskedLength()
{
    QFETCH(int, length);
    for (int sample = 0; sample < 20; ++sample) {
        QCOMPARE(generated(policy(length, true, true, true, true, true)).size(), length);
    }
}

void TestPasswordGenerator::usesEveryEnabledClassAndNothingElse_data()
{
    QTest::addColumn<bool>("lowercase");
    QTest::addColumn<bool>("uppercase");
    QTest::addColumn<bool>("digits");
    QTest::addColumn<bool>("symbols");
    QTest::addColumn<bool>("avoidAmbiguous");

    // Every combination of classes, with and without ambiguous characters.
    for (int mask = 1; mask < 16; ++mask) {
        for (const bool avoid : {true, false}) {
            QTest::addRow("%s%s%s%s%s", mask & 1 ? "lower " : "", mask & 2 ? "upper " : "", mask & 4 ? "digits " : "",
                          mask & 8 ? "symbols " : "", avoid ? "unambiguous" : "any")
                << bool(mask & 1) << bool(mask & 2) << bool(mask & 4) << bool(mask & 8) << avoid;
        }
    }
}

void TestPasswordGenerator::usesEveryEnabledClassAndNothingElse()
{
    QFETCH(bool, lowercase);
    QFETCH(bool, uppercase);
    QFETCH(bool, digits);
    QFETCH(bool, symbols);
    QFETCH(bool, avoidAmbiguous);

    QByteArray allowed;
    QList<QByteArray> classes;
    for (const auto &[enabled, characters] :
         {std::pair{lowercase, Lower}, std::pair{uppercase, Upper}, std::pair{digits, Digits},
          std::pair{symbols, QByteArray(PasswordSymbols)}}) {
        if (enabled) {
            classes.append(characters);
            allowed.append(characters);
        }
    }
    // The shortest password has the least room for every class, so it is the one to check.
    const PasswordPolicy shortest = policy(PasswordMinLength, lowercase, uppercase, digits, symbols, avoidAmbiguous);
    for (int sample = 0; sample < 300; ++sample) {
        const QByteArray password = generated(shortest);
        QCOMPARE(password.size(), PasswordMinLength);
        for (const char c : password) {
            QVERIFY2(allowed.contains(c), password.constData());
            if (avoidAmbiguous) {
                QVERIFY2(!QByteArrayView(AmbiguousCharacters).contains(c), password.constData());
            }
        }
        for (const QByteArray &characters : classes) {
            QVERIFY2(containsAnyOf(password, characters), password.constData());
        }
    }
}

void TestPasswordGenerator::ambiguousCharactersOnlyWhenAllowed()
{
    // 200 passwords of 128 characters from a pool of at most 75: each character is expected about
    // 340 times, so one missing by chance has a probability far below 1e-100.
    QByteArray avoiding;
    QByteArray allowing;
    for (int sample = 0; sample < 200; ++sample) {
        avoiding += generated(policy(128, true, true, true, true, true));
        allowing += generated(policy(128, true, true, true, true, false));
    }
    QCOMPARE(avoiding.size(), 200 * 128);
    QVERIFY(!containsAnyOf(avoiding, AmbiguousCharacters));
    for (const char c : QByteArrayView(AmbiguousCharacters)) {
        QVERIFY2(allowing.contains(c), QByteArray(1, c).constData());
    }
    for (const char c : QByteArrayView(PasswordSymbols)) {
        QVERIFY(avoiding.contains(c));
    }
}

void TestPasswordGenerator::charactersAreEquallyLikely()
{
    // 10000 digits: each is expected 1000 times with a standard deviation of 30. The bounds are
    // ten deviations away, so a correct generator fails this less than once in 10^20 runs, while
    // a modulo bias or an off-by-one in the pool would move a count by far more.
    std::array<int, 10> counts{};
    for (int sample = 0; sample < 500; ++sample) {
        const QByteArray password = generated(policy(20, false, false, true, false, false));
        QCOMPARE(password.size(), 20);
        for (const char c : password) {
            ++counts[static_cast<size_t>(c - '0')];
        }
    }
    for (size_t digit = 0; digit < counts.size(); ++digit) {
        QVERIFY2(counts[digit] > 700 && counts[digit] < 1300,
                 qPrintable(QStringLiteral("digit %1 drawn %2 times").arg(digit).arg(counts[digit])));
    }
}

void TestPasswordGenerator::positionsAreUnbiased()
{
    // Planting the required characters at fixed places (say a digit first) is the classic bias.
    // Count digits per position over 4000 eight-character passwords of letters and digits: about
    // 1100 each, standard deviation under 30, so a spread of 250 from the mean is out of reach by
    // chance while a planted position would stand out by thousands.
    constexpr int Samples = 4000;
    std::array<int, 8> digitsAt{};
    for (int sample = 0; sample < Samples; ++sample) {
        const QByteArray password = generated(policy(8, true, false, true, false, false));
        QCOMPARE(password.size(), 8);
        for (size_t at = 0; at < digitsAt.size(); ++at) {
            if (Digits.contains(password[qsizetype(at)])) {
                ++digitsAt[at];
            }
        }
    }
    double mean = 0;
    for (const int count : digitsAt) {
        mean += count;
    }
    mean /= double(digitsAt.size());
    QVERIFY2(mean > 0.2 * Samples && mean < 0.45 * Samples, qPrintable(QString::number(mean)));
    for (size_t at = 0; at < digitsAt.size(); ++at) {
        QVERIFY2(std::abs(digitsAt[at] - mean) < 250,
                 qPrintable(QStringLiteral("position %1: %2 digits, mean %3").arg(at).arg(digitsAt[at]).arg(mean)));
    }
}

void TestPasswordGenerator::passwordsDiffer()
{
    QSet<QByteArray> seen;
    for (int sample = 0; sample < 1000; ++sample) {
        seen.insert(generated(PasswordPolicy()));
    }
    QCOMPARE(seen.size(), 1000);
}

void TestPasswordGenerator::refusesBadPolicies_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("anyClass");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("7 characters") << 7 << true << QStringLiteral("8 to 128 characters long; 7 was asked for");
    QTest::newRow("129 characters") << 129 << true << QStringLiteral("8 to 128 characters long; 129 was asked for");
    QTest::newRow("zero") << 0 << true << QStringLiteral("8 to 128");
    QTest::newRow("negative") << -5 << true << QStringLiteral("8 to 128");
    QTest::newRow("no class") << 20 << false << QStringLiteral("at least one kind of character");
}

void TestPasswordGenerator::refusesBadPolicies()
{
    QFETCH(int, length);
    QFETCH(bool, anyClass);
    QFETCH(QString, mentions);

    const PasswordPolicy bad = policy(length, anyClass, anyClass, anyClass, anyClass, true);
    const Result<SecretBytes> password = generatePassword(bad);
    QVERIFY(!password.ok());
    QCOMPARE(password.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(password.error().untranslatedMessage().contains(mentions),
             qPrintable(password.error().untranslatedMessage()));
    QCOMPARE(estimatedEntropyBits(bad), 0.0);
}

void TestPasswordGenerator::entropyFigures()
{
    const double standard = estimatedEntropyBits(PasswordPolicy());
    QVERIFY2(standard > 100, qPrintable(QString::number(standard)));
    // 69 characters (75 less the 6 ambiguous ones): at most 20 x log2(69), about 122.2 bits.
    QVERIFY2(standard <= 20 * std::log2(69.0) && standard > 20 * std::log2(69.0) - 0.5,
             qPrintable(QString::number(standard)));

    // One class: no draw is ever rejected, so the figure is exactly L x log2(class size).
    QVERIFY(qFuzzyCompare(estimatedEntropyBits(policy(8, false, false, true, false, false)), 8 * std::log2(10.0)));
    QVERIFY(qFuzzyCompare(estimatedEntropyBits(policy(8, false, false, true, false, true)), 8 * std::log2(8.0)));
    QVERIFY(qFuzzyCompare(estimatedEntropyBits(policy(128, true, false, false, false, false)), 128 * std::log2(26.0)));

    // Two classes of 26 and 10 at length 8: the count is 36^8 - 26^8 - 10^8, worked out exactly.
    const double twoClasses = std::log2(2821109907456.0 - 208827064576.0 - 100000000.0);
    QVERIFY(qFuzzyCompare(estimatedEntropyBits(policy(8, true, false, true, false, false)), twoClasses));

    // Requiring every class costs little: at 8 characters about a bit and a quarter.
    const double shortest = estimatedEntropyBits(policy(8, true, true, true, true, true));
    QVERIFY2(shortest < 8 * std::log2(69.0) && shortest > 8 * std::log2(69.0) - 1.5,
             qPrintable(QString::number(shortest)));

    double previous = 0;
    for (int length = PasswordMinLength; length <= PasswordMaxLength; ++length) {
        const double bits = estimatedEntropyBits(policy(length, true, true, true, true, true));
        QVERIFY(bits > previous);
        previous = bits;
    }
    QVERIFY(std::isfinite(previous));
    QVERIFY(previous > 750);
}

void TestPasswordGenerator::pronounceableShape_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<bool>("capitalize");
    QTest::addColumn<bool>("addNumber");

    QTest::newRow("default") << 4 << QChar(QLatin1Char('-')) << true << true;
    QTest::newRow("three words") << 3 << QChar(QLatin1Char('-')) << true << true;
    QTest::newRow("ten words") << 10 << QChar(QLatin1Char('-')) << true << true;
    QTest::newRow("dots, small letters") << 5 << QChar(QLatin1Char('.')) << false << true;
    QTest::newRow("underscore, no number") << 4 << QChar(QLatin1Char('_')) << true << false;
    QTest::newRow("plus, plain") << 3 << QChar(QLatin1Char('+')) << false << false;
}

void TestPasswordGenerator::pronounceableShape()
{
    QFETCH(int, words);
    QFETCH(QChar, separator);
    QFETCH(bool, capitalize);
    QFETCH(bool, addNumber);

    PronounceablePolicy pronounceable;
    pronounceable.words = words;
    pronounceable.separator = separator;
    pronounceable.capitalize = capitalize;
    pronounceable.addNumber = addNumber;

    const QRegularExpression word(capitalize
                                      ? QStringLiteral("^[BCDGHJKLMNPRSTWY][aeiou]([bcdghjklmnprstwy][aeiou]){1,2}$")
                                      : QStringLiteral("^([bcdghjklmnprstwy][aeiou]){2,3}$"));
    const QRegularExpression number(QStringLiteral("^[0-9]{2}$"));
    for (int sample = 0; sample < 200; ++sample) {
        const QString password = QString::fromLatin1(generated(pronounceable));
        const QStringList parts = password.split(separator);
        QCOMPARE(parts.size(), words + (addNumber ? 1 : 0));
        for (int index = 0; index < words; ++index) {
            QVERIFY2(word.match(parts[index]).hasMatch(), qPrintable(password));
        }
        if (addNumber) {
            QVERIFY2(number.match(parts.last()).hasMatch(), qPrintable(password));
        }
    }
}

void TestPasswordGenerator::pronounceableUsesBothWordLengths()
{
    // Two or three syllables are equally likely; 800 words all of one length would happen by
    // chance once in 2^799.
    QSet<qsizetype> lengths;
    QSet<QByteArray> passwords;
    for (int sample = 0; sample < 200; ++sample) {
        const QByteArray password = generated(PronounceablePolicy());
        passwords.insert(password);
        const QList<QByteArray> parts = password.split('-');
        for (qsizetype index = 0; index + 1 < parts.size(); ++index) {
            lengths.insert(parts[index].size());
        }
    }
    QCOMPARE(lengths, (QSet<qsizetype>{4, 6}));
    QCOMPARE(passwords.size(), 200);
}

void TestPasswordGenerator::pronounceableRefusesBadPolicies_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("two words") << 2 << QChar(QLatin1Char('-')) << QStringLiteral("3 to 10 words; 2 was asked for");
    QTest::newRow("eleven words") << 11 << QChar(QLatin1Char('-')) << QStringLiteral("3 to 10 words; 11 was asked for");
    QTest::newRow("letter") << 4 << QChar(QLatin1Char('a')) << QStringLiteral("separated by a symbol");
    QTest::newRow("digit") << 4 << QChar(QLatin1Char('5')) << QStringLiteral("separated by a symbol");
    QTest::newRow("space") << 4 << QChar(QLatin1Char(' ')) << QStringLiteral("separated by a symbol");
    QTest::newRow("none") << 4 << QChar() << QStringLiteral("separated by a symbol");
    QTest::newRow("non-ASCII") << 4 << QChar(u'\u2013') << QStringLiteral("separated by a symbol");
}

void TestPasswordGenerator::pronounceableRefusesBadPolicies()
{
    QFETCH(int, words);
    QFETCH(QChar, separator);
    QFETCH(QString, mentions);

    PronounceablePolicy bad;
    bad.words = words;
    bad.separator = separator;
    const Result<SecretBytes> password = generatePronounceable(bad);
    QVERIFY(!password.ok());
    QCOMPARE(password.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(password.error().untranslatedMessage().contains(mentions),
             qPrintable(password.error().untranslatedMessage()));
    QCOMPARE(estimatedEntropyBits(bad), 0.0);
}

void TestPasswordGenerator::pronounceableEntropyFigures()
{
    // 16 consonants x 5 vowels = 80 syllables; the likeliest word has a chance of 1 in 2 x 80^2.
    const double perWord = std::log2(2 * 80.0 * 80.0);
    PronounceablePolicy pronounceable;
    QVERIFY(qFuzzyCompare(estimatedEntropyBits(pronounceable), 4 * perWord + std::log2(100.0)));
    const double standard = estimatedEntropyBits(pronounceable);
    QVERIFY2(standard > 55 && standard < 70, qPrintable(QString::number(standard)));

    pronounceable.addNumber = false;
    pronounceable.capitalize = false; // capitals are always in the same place, so they add nothing
    QVERIFY(qFuzzyCompare(estimatedEntropyBits(pronounceable), 4 * perWord));

    pronounceable.words = PronounceableMaxWords;
    QVERIFY(estimatedEntropyBits(pronounceable) > 130);
}

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "tst_passwordgenerator.moc"
