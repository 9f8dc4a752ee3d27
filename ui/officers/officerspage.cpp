// SPDX-License-Identifier: GPL-3.0-or-later
#include "officerspage.h"

#include "officeractions.h"

#include <core/vault/passphrase.h>
#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/kecamatan/registerformdialog.h>
#include <ui/kecamatan/registertable.h>
#include <ui/layout/flowlayout.h>
#include <ui/look.h>
#include <ui/models/officermodel.h>
#include <ui/setup/passphrasemeter.h>

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Brankas {

OfficersPage::OfficersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_add(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_role(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_ownPassphrase(new QPushButton(this))
    , m_note(Look::label(this, QStringLiteral("officersNote"), false))
    , m_table(new QTableView(this))
    , m_roles(Look::label(this, QStringLiteral("rolesExplained")))
    , m_model(new OfficerModel(this))
{
    m_add->setObjectName(QStringLiteral("addOfficer"));
    m_table->setObjectName(QStringLiteral("officerTable"));
    m_table->setModel(m_model);
    RegisterTable::setUp(m_table);
    Look::setMuted(m_note);

    m_close->setObjectName(QStringLiteral("closeAccess"));
    m_open->setObjectName(QStringLiteral("openAccess"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_reset->setObjectName(QStringLiteral("resetPassphrase"));
    m_ownPassphrase->setObjectName(QStringLiteral("changeOwnPassphrase"));

    // The buttons wrap onto a second line on a narrow window rather than push it wider.
    auto *bar = new FlowLayout;
    for (QPushButton *button : {m_add, m_close, m_open, m_role, m_reset, m_ownPassphrase}) {
        bar->addWidget(button);
    }
    auto *rolesBox = new QWidget(this);
    rolesBox->setObjectName(QStringLiteral("noteBox"));
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(12, 10, 12, 10);
    rolesLayout->addWidget(m_roles);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_note);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(rolesBox);

    for (QPushButton *button : {m_add, m_close, m_open, m_role, m_reset}) {
        button->setVisible(m_workspace.isAdministrator());
    }
    connect(m_add, &QPushButton::clicked, this, &OfficersPage::addOfficer);
    connect(m_close, &QPushButton::clicked, this, &OfficersPage::closeSelected);
    connect(m_open, &QPushButton::clicked, this, &OfficersPage::openSelected);
    connect(m_role, &QPushButton::clicked, this, &OfficersPage::changeRoleOfSelected);
    connect(m_reset, &QPushButton::clicked, this, &OfficersPage::resetSelected);
    connect(m_ownPassphrase, &QPushButton::clicked, this, &OfficersPage::changeOwnPassphrase);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OfficersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OfficersPage::updateActions);
    connect(&m_workspace, &Workspace::registerChanged, this, [this]() {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    });
    retranslateUi();
}

void OfficersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Pages are made at sign-in but read the register only when first shown: sign-in stays fast.
    if (m_stale) {
        reload();
    }
}

void OfficersPage::reload()
{
    m_stale = false;
    auto officers = m_workspace.vault().officers().list();
    if (!officers) {
        Messages::showError(this, officers.error());
        return;
    }
    m_model->setOfficers(std::move(officers).value());
    RegisterTable::fitColumns(m_table);
}

void OfficersPage::addOfficer()
{
    RegisterFormDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addOfficerDialog"));
    dialog.setWindowTitle(tr("Add an officer"));
    dialog.setIntro(tr("The new officer signs in with this name and passphrase. Give the passphrase to them in "
                       "person; they can keep it in their own head only."));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("officerName"));
    auto *role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("officerRole"));
    for (Role each : {Role::Operator, Role::Viewer, Role::Administrator}) {
        role->addItem(roleDisplayName(each), int(each));
    }
    auto *passphrase = new QLineEdit(&dialog);
    passphrase->setObjectName(QStringLiteral("officerPassphrase"));
    passphrase->setEchoMode(QLineEdit::Password);
    auto *again = new QLineEdit(&dialog);
    again->setObjectName(QStringLiteral("officerPassphraseAgain"));
    again->setEchoMode(QLineEdit::Password);
    auto *meter = new PassphraseMeter(&dialog);
    dialog.addRow(tr("Name"), name);
    dialog.addRow(tr("Role"), role);
    dialog.addRow(tr("Passphrase"), passphrase);
    dialog.addRow(QString(), meter);
    dialog.addRow(tr("Passphrase again"), again);
    dialog.setAcceptText(tr("Add officer"));
    connect(passphrase, &QLineEdit::textChanged, meter, [meter](const QString &text) { meter->setPassphrase(text); });
    // Why core would refuse the passphrase, while it is typed.
    connect(passphrase, &QLineEdit::textChanged, &dialog, [&dialog, name](const QString &text) {
        QByteArray utf8 = text.toUtf8();
        const Status acceptable =
            text.isEmpty() ? Status{} : checkNewPassphrase(utf8, PassphraseKind::Officer, name->text());
        utf8.fill('\0');
        dialog.showRefusal(acceptable ? QString() : acceptable.error().message());
    });
    dialog.setSubmit([&]() -> Status {
        if (passphrase->text() != again->text()) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Brankas::Error", "The two passphrases differ. Type the same one twice."));
        }
        QByteArray utf8 = passphrase->text().toUtf8();
        auto added = m_workspace.vault().officers().add(m_workspace.session(), name->text(),
                                                        Role(role->currentData().toInt()), utf8);
        // The typed passphrase leaves memory as soon as core has made its verifier.
        utf8.fill('\0');
        return added ? Status{} : Status{added.error()};
    });
    const int result = dialog.exec();
    passphrase->clear();
    again->clear();
    if (result == QDialog::Accepted) {
        m_workspace.notifyRegisterChanged();
    }
}

const Officer *OfficersPage::selected() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? &m_model->officer(current.row()) : nullptr;
}

void OfficersPage::updateActions()
{
    const Officer *officer = selected();
    const bool other = officer && officer->id != m_workspace.session().officer.id;
    m_close->setEnabled(other && !officer->disabled);
    m_open->setEnabled(other && officer->disabled);
    m_role->setEnabled(officer != nullptr);
    m_reset->setEnabled(other);
}

void OfficersPage::afterChange(bool changed)
{
    if (changed) {
        m_workspace.notifyRegisterChanged();
    }
}

void OfficersPage::closeSelected()
{
    if (const Officer *officer = selected()) {
        const Officer copy = *officer; // the list reloads after the change
        afterChange(OfficerActions::closeAccess(this, m_workspace, copy));
    }
}

void OfficersPage::openSelected()
{
    if (const Officer *officer = selected()) {
        const Officer copy = *officer;
        afterChange(OfficerActions::openAccess(this, m_workspace, copy));
    }
}

void OfficersPage::changeRoleOfSelected()
{
    if (const Officer *officer = selected()) {
        const Officer copy = *officer;
        afterChange(OfficerActions::changeRole(this, m_workspace, copy));
    }
}

void OfficersPage::resetSelected()
{
    if (const Officer *officer = selected()) {
        const Officer copy = *officer;
        afterChange(OfficerActions::resetPassphrase(this, m_workspace, copy));
    }
}

void OfficersPage::changeOwnPassphrase()
{
    afterChange(OfficerActions::changeOwnPassphrase(this, m_workspace));
}

void OfficersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void OfficersPage::retranslateUi()
{
    m_add->setText(tr("Add officer…"));
    m_close->setText(tr("Close access…"));
    m_open->setText(tr("Open access…"));
    m_role->setText(tr("Change role…"));
    m_reset->setText(tr("Temporary passphrase…"));
    m_ownPassphrase->setText(tr("Change my passphrase…"));
    m_note->setText(m_workspace.isAdministrator() ? tr("Everyone who may open this vault, with what their role allows.")
                                                  : tr("Only an administrator adds officers and closes access."));
    m_roles->setText(tr("Administrator: officers, settings and recovery. Operator: accounts, passwords and "
                        "handovers. Viewer: reads the register, the log and reports, never a password."));
    m_model->retranslate();
}

} // namespace Brankas
