// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An office with a term and two accounts of Momunu in use, and a signed-in Workspace for any of
// its officers, for the handover and report GUI suites.
#include "../register/registertesting.h"

#include <core/register/officesettings.h>
#include <ui/app/preferences.h>
#include <ui/app/secretclipboard.h>
#include <ui/app/workspace.h>

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTimer>

namespace Brankas::Testing {

inline const QString Momunu = QStringLiteral("72.05.01");

struct HandoverDesk : Office
{
    QTemporaryDir settingsDir;
    Preferences preferences{
        std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("prefs.ini")), QSettings::IniFormat)};
    SecretClipboard clipboard{QApplication::clipboard(), t.clock};
    Term term;
    Account instagram; // term-bound, active
    Account facebook;  // permanent, active

    HandoverDesk()
    {
        preferences.setLanguage(Language::English);
        term = addTerm(QStringLiteral("Pemilu 2024"), QDate(2023, 1, 14), QDate(2024, 12, 31));
        OfficeDetails office = valueOf(OfficeSettings(*vault).get(), "office");
        office.headName = QStringLiteral("Dra. Hj. Nurhayati");
        office.headTitle = QStringLiteral("Ketua Bawaslu Kabupaten Buol");
        office.officerTitle = QStringLiteral("Staf Humas");
        office.city = QStringLiteral("Buol");
        require(OfficeSettings(*vault).set(siti, office), "office");
        instagram =
            addAccount(newAccount(Momunu, Platform::Instagram, QStringLiteral("@panwaslu.momunu")), "old password 1");
        NewAccount spec = newAccount(Momunu, Platform::Facebook, QStringLiteral("panwaslumomunu"));
        spec.nature = AccountNature::Permanent;
        facebook = addAccount(spec, "old password 2");
    }

    std::unique_ptr<Workspace> workspace(const Session &session)
    {
        return std::make_unique<Workspace>(*vault, session, preferences, clipboard);
    }

    AccountStatus statusOf(const Account &account) { return valueOf(Accounts(*vault).find(account.id), "find").status; }

    qsizetype logged(const QString &action)
    {
        LogFilter filter;
        filter.actionPrefix = action;
        return valueOf(vault->log().entries(filter), "entries").size();
    }
};

// Clicks the button named `buttonText` on the next message box that shows (confirmations run
// their own event loop), and keeps what it said.
inline void answerNextMessageBox(const QString &buttonText, QString *seenText = nullptr)
{
    QTimer::singleShot(10, [buttonText, seenText] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                if (seenText) {
                    *seenText = box->text();
                }
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text() == buttonText) {
                        button->click();
                        return;
                    }
                }
                box->buttons().constFirst()->click();
                return;
            }
        }
        answerNextMessageBox(buttonText, seenText);
    });
}

// The text of a PDF, through poppler's pdftotext.
inline QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000)) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace Brankas::Testing
