// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace Brankas {

// One titled section of the settings page, drawn as a card like the start window's.
class SettingsCard : public QFrame
{
    Q_OBJECT

public:
    SettingsCard(const QString &objectName, QWidget *parent = nullptr);

    void setTitle(const QString &title, const QString &explanation);
    QVBoxLayout *body() const { return m_body; }

private:
    QLabel *m_title;
    QLabel *m_explanation;
    QVBoxLayout *m_body;
};

} // namespace Brankas
