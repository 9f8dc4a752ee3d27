// SPDX-License-Identifier: GPL-3.0-or-later
#include "officesettingsform.h"

#include "../app/workspace.h"
#include "../look.h"

#include <core/handover/handovernumber.h>
#include <core/register/accounts.h>
#include <core/register/officesettings.h>
#include <core/vault/vault.h>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Brankas {

namespace {
QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QRegularExpression(QStringLiteral("[,;\\n]")))) {
        if (!item.trimmed().isEmpty()) {
            items << item.trimmed();
        }
    }
    return items;
}

QString joined(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}
} // namespace

OfficeSettingsForm::OfficeSettingsForm(Workspace &workspace, QWidget *parent)
    : SettingsCard(QStringLiteral("office"), parent)
    , m_workspace(workspace)
    , m_editable(workspace.isAdministrator() && !workspace.vault().isReadOnly())
    , m_grid(new QGridLayout)
    , m_example(Look::label(this, QStringLiteral("handoverNumberExample")))
    , m_readOnlyNote(Look::label(this, QStringLiteral("officeReadOnlyNote")))
    , m_refusal(Look::label(this, QStringLiteral("officeRefusal")))
    , m_state(Look::label(this, QStringLiteral("officeState"), false))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    // Short values two to a row, long ones across the card, so the form fits a 768-pixel screen.
    const auto field = [this](const char *name, int row, int column, int span) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setReadOnly(!m_editable);
        QLabel *caption = Look::label(this, QLatin1String(name) + QStringLiteral("Caption"), false);
        caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        caption->setBuddy(edit);
        m_captions.insert(edit, caption);
        m_grid->addWidget(caption, row, column);
        m_grid->addWidget(edit, row, column + 1, 1, span);
        return edit;
    };
    m_name = field("officeName", 0, 0, 3);
    m_address = field("officeAddress", 1, 0, 3);
    m_city = field("officeCity", 2, 0, 1);
    m_phone = field("officePhone", 2, 2, 1);
    m_email = field("officeEmail", 3, 0, 1);
    m_website = field("officeWebsite", 3, 2, 1);
    m_headName = field("headName", 4, 0, 1);
    m_headTitle = field("headTitle", 4, 2, 1);
    m_officerTitle = field("officerTitle", 5, 0, 1);
    m_domains = field("emailDomains", 6, 0, 3);
    m_numbers = field("phoneNumbers", 7, 0, 3);
    m_template = field("handoverNumberTemplate", 8, 0, 3);
    Look::setMuted(m_example);
    m_grid->addWidget(m_example, 9, 1, 1, 3);

    m_refusal->setStyleSheet(QStringLiteral("color: #9c1c14;"));
    m_refusal->hide();
    Look::setMuted(m_state);
    m_save->setObjectName(QStringLiteral("saveOffice"));
    m_revert->setObjectName(QStringLiteral("revertOffice"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_state, 1);

    body()->addWidget(m_readOnlyNote);
    body()->addLayout(m_grid);
    body()->addWidget(m_refusal);
    body()->addLayout(buttons);
    m_readOnlyNote->setVisible(!m_editable);
    m_save->setVisible(m_editable);
    m_revert->setVisible(m_editable);

    connect(m_save, &QPushButton::clicked, this, &OfficeSettingsForm::save);
    connect(m_revert, &QPushButton::clicked, this, &OfficeSettingsForm::load);
    connect(m_template, &QLineEdit::textChanged, this, &OfficeSettingsForm::updateExample);
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_state->setText(tr("Not saved yet.")); });
    }
    load();
    retranslateUi();
}

void OfficeSettingsForm::load()
{
    auto details = OfficeSettings(m_workspace.vault()).get();
    if (!details) {
        showRefusal(details.error().message());
        return;
    }
    const OfficeDetails &d = details.value();
    m_name->setText(d.name);
    m_address->setText(d.address);
    m_city->setText(d.city);
    m_phone->setText(d.phone);
    m_email->setText(d.email);
    m_website->setText(d.website);
    m_headName->setText(d.headName);
    m_headTitle->setText(d.headTitle);
    m_officerTitle->setText(d.officerTitle);
    m_domains->setText(joined(d.emailDomains));
    m_numbers->setText(joined(d.phoneNumbers));
    m_template->setText(d.handoverNumberTemplate);
    showRefusal(QString());
    m_state->clear();
}

OfficeDetails OfficeSettingsForm::typedDetails() const
{
    OfficeDetails d;
    d.name = m_name->text().simplified();
    d.address = m_address->text().simplified();
    d.city = m_city->text().simplified();
    d.phone = m_phone->text().trimmed();
    d.email = m_email->text().trimmed();
    d.website = m_website->text().trimmed();
    d.headName = m_headName->text().simplified();
    d.headTitle = m_headTitle->text().simplified();
    d.officerTitle = m_officerTitle->text().simplified();
    d.emailDomains = splitList(m_domains->text());
    d.phoneNumbers = splitList(m_numbers->text());
    d.handoverNumberTemplate = m_template->text().trimmed();
    return d;
}

Status OfficeSettingsForm::validate(const OfficeDetails &details) const
{
    if (details.name.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Brankas::Error", "The office needs a name."));
    }
    for (const Status &check : {Accounts::checkEmail(details.email), Accounts::checkPhone(details.phone)}) {
        if (!check) {
            return check;
        }
    }
    for (const QString &domain : details.emailDomains) {
        if (Status check = OfficeSettings::checkEmailDomain(domain); !check) {
            return check;
        }
    }
    for (const QString &number : details.phoneNumbers) {
        if (Status check = OfficeSettings::checkPhoneNumber(number); !check) {
            return check;
        }
    }
    if (!details.handoverNumberTemplate.isEmpty()) {
        return checkHandoverNumberTemplate(details.handoverNumberTemplate);
    }
    return {};
}

bool OfficeSettingsForm::save()
{
    if (!m_editable) {
        return false;
    }
    const OfficeDetails details = typedDetails();
    Status result = validate(details);
    if (result) {
        result = OfficeSettings(m_workspace.vault()).set(m_workspace.session(), details);
    }
    if (!result) {
        showRefusal(result.error().message());
        m_state->setText(tr("Not saved."));
        return false;
    }
    load(); // shows the values as core keeps them (domains in lower case, numbers as digits)
    m_state->setText(tr("Saved, and recorded in the archive log."));
    m_workspace.notifyRegisterChanged();
    Q_EMIT saved();
    return true;
}

QString OfficeSettingsForm::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void OfficeSettingsForm::showRefusal(const QString &text)
{
    m_refusal->setText(text);
    m_refusal->setVisible(!text.isEmpty());
}

void OfficeSettingsForm::updateExample()
{
    const QString pattern = m_template->text().trimmed();
    if (pattern.isEmpty()) {
        m_example->setText(tr("Without a template, handover records use %1.").arg(DefaultHandoverNumberTemplate));
        return;
    }
    if (Status check = checkHandoverNumberTemplate(pattern); !check) {
        m_example->setText(check.error().message());
        return;
    }
    HandoverNumberFields fields;
    fields.sequence = 7;
    fields.regencyCode = m_workspace.vault().regency().code;
    fields.date = m_workspace.clock().nowUtc().date();
    m_example->setText(tr("Example: %1").arg(formatHandoverNumber(pattern, fields)));
}

void OfficeSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    SettingsCard::changeEvent(event);
}

void OfficeSettingsForm::retranslateUi()
{
    setTitle(tr("Office"), tr("Printed on letterheads and handover records, and used by the health check. Kept in "
                              "the vault, so every PC sees the same."));
    const QList<std::pair<QLineEdit *, QString>> captions{
        {m_name, tr("Office name:")},
        {m_address, tr("Address:")},
        {m_city, tr("City:")},
        {m_phone, tr("Telephone:")},
        {m_email, tr("E-mail:")},
        {m_website, tr("Website:")},
        {m_headName, tr("Head of office:")},
        {m_headTitle, tr("Head's position:")},
        {m_officerTitle, tr("Officer's position:")},
        {m_domains, tr("Office e-mail domains:")},
        {m_numbers, tr("Office phone numbers:")},
        {m_template, tr("Handover number template:")},
    };
    for (const auto &[edit, caption] : captions) {
        m_captions.value(edit)->setText(caption);
    }
    m_city->setToolTip(tr("Where the office signs its records, e.g. Buol."));
    m_domains->setPlaceholderText(tr("e.g. bawaslu.go.id, buolkab.go.id"));
    m_domains->setToolTip(tr("A recovery e-mail outside these domains is flagged by the health check."));
    m_numbers->setPlaceholderText(tr("e.g. 0812-3456-7890, 0445-21234"));
    m_numbers->setToolTip(tr("A recovery phone not in this list is flagged by the health check."));
    m_template->setPlaceholderText(DefaultHandoverNumberTemplate);
    m_template->setToolTip(tr("Fields: {seq}, {seq3}, {regency}, {kecamatan}, {day}, {month}, {month-roman}, "
                              "{year}."));
    m_readOnlyNote->setText(tr("Only an administrator can change the office details."));
    m_save->setText(tr("Save office details"));
    m_revert->setText(tr("Undo changes"));
    updateExample();
}

} // namespace Brankas
