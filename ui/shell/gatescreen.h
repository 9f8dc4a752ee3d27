// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/i18n/language.h>

#include <QWidget>

class QLabel;
class QPushButton;

namespace Brankas {

class RecoveryPage;
class SignInPage;
class VaultErrorPage;
class WelcomePage;

// What the window shows before anyone has signed in: a header with the language switch and one
// card in the middle (welcome, sign-in, recovery, or why the file cannot be opened).
class GateScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Card { Welcome, SignIn, Recovery, Failed };

    GateScreen(Language language, QWidget *parent = nullptr);

    void showCard(Card card);
    Card currentCard() const { return m_card; }
    void setLanguage(Language language);

    WelcomePage *welcomePage() const { return m_welcome; }
    SignInPage *signInPage() const { return m_signIn; }
    RecoveryPage *recoveryPage() const { return m_recovery; }
    VaultErrorPage *errorPage() const { return m_error; }
    QPushButton *openOtherButton() const { return m_openOther; }
    QPushButton *openServerButton() const { return m_openServer; }

Q_SIGNALS:
    void languageRequested(Language language);
    void aboutRequested();
    void openOtherRequested();
    void openServerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader(Language language);
    QWidget *buildCard();
    void retranslateUi();

    Card m_card = Card::Welcome;
    QLabel *m_appName = nullptr;
    QLabel *m_appDescription = nullptr;
    QPushButton *m_indonesian = nullptr;
    QPushButton *m_english = nullptr;
    QPushButton *m_about = nullptr;
    WelcomePage *m_welcome = nullptr;
    SignInPage *m_signIn = nullptr;
    RecoveryPage *m_recovery = nullptr;
    VaultErrorPage *m_error = nullptr;
    QPushButton *m_openOther = nullptr;
    QPushButton *m_openServer = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace Brankas
