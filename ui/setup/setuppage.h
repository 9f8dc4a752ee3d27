// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace Brankas {

// A page of the setup wizard: its own large heading and a short explanation above the page's
// content, instead of QWizard's header, so every page reads the same on Windows and Linux.
class SetupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupPage(const QString &objectName, QWidget *parent = nullptr);

    QString heading() const;
    QString explanation() const;

protected:
    QVBoxLayout *body() const { return m_body; }
    void setHeading(const QString &heading, const QString &explanation);
    // Sets every text again; called once the page is built and on each language change.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_heading;
    QLabel *m_explanation;
    QVBoxLayout *m_body;
};

} // namespace Brankas
