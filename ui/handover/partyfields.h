// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/handover/handover.h>

#include <QGroupBox>

class QLineEdit;
class QLabel;

namespace Brankas {

// Name, position and office of one party of a handover, as the berita acara prints them.
class PartyFields : public QGroupBox
{
    Q_OBJECT

public:
    explicit PartyFields(QWidget *parent = nullptr);

    HandoverParty party() const;
    void setParty(const HandoverParty &party);
    // What core puts in the office field when it is left empty.
    void setOfficePlaceholder(const QString &text);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *positionEdit() const { return m_position; }
    QLineEdit *officeEdit() const { return m_office; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_nameLabel;
    QLabel *m_positionLabel;
    QLabel *m_officeLabel;
    QLineEdit *m_name;
    QLineEdit *m_position;
    QLineEdit *m_office;
};

} // namespace Brankas
