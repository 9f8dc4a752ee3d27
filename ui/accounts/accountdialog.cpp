// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "../app/messages.h"
#include "../app/workspace.h"
#include "../layout/verticalscroll.h"
#include "../look.h"
#include "../models/accounticons.h"
#include "../models/kecamatanlistmodel.h"
#include "../models/termlistmodel.h"
#include "newpasswordfield.h"

#include <core/register/accounts.h>
#include <core/register/terms.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Brankas {

namespace {
// The form's rows, in order; their labels are set (and set again) by retranslateUi().
enum Row {
    KecamatanRow,
    PlatformRow,
    PlatformNameRow,
    HandleRow,
    DisplayNameRow,
    EmailRow,
    PhoneRow,
    TwoFactorRow,
    NatureRow,
    TermRow,
    StatusRow,
    HolderRow,
    NotesRow,
    PasswordRow
};
} // namespace

AccountDialog::AccountDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kecamatanModel(new KecamatanListModel(this))
    , m_termModel(new TermListModel(this))
{
    // New accounts go to kecamatan still in use only.
    if (Status loaded = m_kecamatanModel->load(workspace.vault(), false); !loaded) {
        Messages::showError(parent, loaded.error());
    }
    build();
    // The term that covers today, as core would choose it.
    if (auto current = Terms(workspace.vault()).current(workspace.clock().nowUtc().date());
        current && current.value()) {
        m_term->setCurrentIndex(m_termModel->rowOf(current.value()->id));
    }
    retranslateUi();
    openAtNaturalSize(*this);
}

AccountDialog::AccountDialog(Workspace &workspace, const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(account)
    , m_kecamatanModel(new KecamatanListModel(this))
    , m_termModel(new TermListModel(this))
{
    if (Status loaded = m_kecamatanModel->load(workspace.vault(), true); !loaded) {
        Messages::showError(parent, loaded.error());
    }
    build();
    load(account);
    retranslateUi();
    openAtNaturalSize(*this);
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::build()
{
    setObjectName(QStringLiteral("accountDialog"));
    setMinimumWidth(640);
    if (Status loaded = m_termModel->load(m_workspace.vault()); !loaded) {
        Messages::showError(this, loaded.error());
    }
    // Editing may take an account out of any term; a new one joins a term or today's by default.
    m_termModel->setExtraRows(false, isEditing());

    auto field = [this](auto *widget, const QString &objectName) {
        widget->setObjectName(objectName);
        return widget;
    };
    m_kecamatan = field(new QComboBox(this), QStringLiteral("kecamatanField"));
    m_kecamatan->setModel(m_kecamatanModel);
    m_platform = field(new QComboBox(this), QStringLiteral("platformField"));
    for (const Platform platform : allPlatforms()) {
        m_platform->addItem(AccountIcons::platform(platform), platformDisplayName(platform), int(platform));
    }
    m_platformName = field(new QLineEdit(this), QStringLiteral("platformNameField"));
    m_handle = field(new QLineEdit(this), QStringLiteral("handleField"));
    m_handleHint = hint(QStringLiteral("handleHint"));
    m_displayName = field(new QLineEdit(this), QStringLiteral("displayNameField"));
    m_email = field(new QLineEdit(this), QStringLiteral("emailField"));
    m_emailHint = hint(QStringLiteral("emailHint"));
    m_phone = field(new QLineEdit(this), QStringLiteral("phoneField"));
    m_phoneHint = hint(QStringLiteral("phoneHint"));
    m_twoFactor = field(new QComboBox(this), QStringLiteral("twoFactorField"));
    for (const TwoFactorMethod method : {TwoFactorMethod::None, TwoFactorMethod::AuthenticatorApp, TwoFactorMethod::Sms,
                                         TwoFactorMethod::Email, TwoFactorMethod::SecurityKey}) {
        m_twoFactor->addItem(QString(), int(method));
    }
    m_nature = field(new QComboBox(this), QStringLiteral("natureField"));
    m_nature->addItem(QString(), int(AccountNature::TermBound));
    m_nature->addItem(QString(), int(AccountNature::Permanent));
    m_term = field(new QComboBox(this), QStringLiteral("termField"));
    m_term->setModel(m_termModel);
    m_status = field(new QComboBox(this), QStringLiteral("statusField"));
    for (const AccountStatus status : {AccountStatus::Active, AccountStatus::Requested}) {
        m_status->addItem(AccountIcons::status(status), QString(), int(status));
    }
    m_holder = field(new QLineEdit(this), QStringLiteral("holderField"));
    m_notes = field(new QPlainTextEdit(this), QStringLiteral("notesField"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_password = new NewPasswordField(this);

    auto withHint = [this](QWidget *input, QLabel *below) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(3);
        layout->addWidget(input);
        layout->addWidget(below);
        return box;
    };
    m_form = new QFormLayout;
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    const QList<QWidget *> inputs = {m_kecamatan,
                                     m_platform,
                                     m_platformName,
                                     withHint(m_handle, m_handleHint),
                                     m_displayName,
                                     withHint(m_email, m_emailHint),
                                     withHint(m_phone, m_phoneHint),
                                     m_twoFactor,
                                     m_nature,
                                     m_term,
                                     m_status,
                                     m_holder,
                                     m_notes,
                                     m_password};
    for (QWidget *input : inputs) {
        m_form->addRow(new QLabel(this), input);
    }
    // What identifies a recorded account, and what only a new one has, is not offered in editing.
    m_form->setRowVisible(StatusRow, !isEditing());
    m_form->setRowVisible(PasswordRow, !isEditing());

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    // On a short screen the form scrolls and OK and Cancel stay in view.
    auto *form = new QWidget(this);
    form->setObjectName(QStringLiteral("accountForm"));
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(m_form);
    // Height the scroll area has beyond the form's goes below it, not between its rows.
    formLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(new VerticalScroll(form, this), 1);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_platformName, m_handle, m_email, m_phone}) {
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    }
    for (QComboBox *box : {m_kecamatan, m_platform}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AccountDialog::validate);
    }
}

QLabel *AccountDialog::hint(const QString &objectName)
{
    QLabel *label = Look::label(this, objectName);
    // Room for a two-line refusal, so the form does not jump while the officer types.
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 2);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

void AccountDialog::load(const Account &account)
{
    m_kecamatan->setCurrentIndex(m_kecamatanModel->rowOfId(account.kecamatanId));
    m_platform->setCurrentIndex(m_platform->findData(int(account.platform)));
    m_platformName->setText(account.platformName);
    m_handle->setText(account.handle);
    const QList<QWidget *> identifying = {m_kecamatan, m_platform, m_platformName, m_handle};
    for (QWidget *fixed : identifying) {
        fixed->setEnabled(false);
    }
    m_displayName->setText(account.displayName);
    m_email->setText(account.email);
    m_phone->setText(account.phone);
    m_twoFactor->setCurrentIndex(m_twoFactor->findData(int(account.twoFactor)));
    m_nature->setCurrentIndex(m_nature->findData(int(account.nature)));
    m_term->setCurrentIndex(std::max(0, m_termModel->rowOf(account.termId)));
    m_holder->setText(account.holder);
    m_notes->setPlainText(account.notes);
}

void AccountDialog::setKecamatan(const QString &code)
{
    m_kecamatan->setCurrentIndex(m_kecamatanModel->rowOfCode(code));
}

void AccountDialog::showHint(QLabel *label, const QString &text, bool problem)
{
    label->setText(problem ? QStringLiteral("⚠ ") + text : text);
    // The symbol and the words carry the meaning; the colour only repeats it.
    label->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    if (!problem) {
        Look::setMuted(label);
    }
    label->setVisible(!text.isEmpty());
    // Two lines are kept free so the form does not jump while the officer types; a longer refusal
    // (Indonesian ones often are) gets its lines from the form's height-for-width, which the
    // scrolling form honours. A minimum taken from the label's width of the moment was stale by the
    // next layout and cut the refusal off or left a gap.
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 2);
}

void AccountDialog::validate()
{
    const auto platform = Platform(m_platform->currentData().toInt());
    m_form->setRowVisible(PlatformNameRow, platform == Platform::Other);
    bool valid = m_kecamatan->currentIndex() >= 0;
    if (platform == Platform::Other && m_platformName->text().simplified().isEmpty()) {
        valid = false;
    }

    if (m_handle->text().trimmed().isEmpty()) {
        showHint(m_handleHint, tr("Paste the profile address or type the handle, e.g. @panwaslu.momunu."), false);
        valid = false;
    } else if (auto handle = normalizeHandle(platform, m_handle->text()); !handle) {
        showHint(m_handleHint, handle.error().message(), true);
        valid = false;
    } else {
        const QString url = profileUrl(platform, handle.value());
        showHint(m_handleHint,
                 url.isEmpty() ? tr("Recorded as @%1").arg(handle.value())
                               : tr("Recorded as @%1 · %2").arg(handle.value(), url),
                 false);
    }

    const Status email = Accounts::checkEmail(m_email->text().trimmed());
    showHint(m_emailHint, email ? QString() : email.error().message(), !email);
    const Status phone = Accounts::checkPhone(m_phone->text().trimmed());
    showHint(m_phoneHint, phone ? QString() : phone.error().message(), !phone);
    valid = valid && email && phone;
    m_ok->setEnabled(valid);
}

void AccountDialog::accept()
{
    if (!m_ok->isEnabled()) {
        return;
    }
    if (save()) {
        m_workspace.notifyRegisterChanged();
        QDialog::accept();
    }
}

bool AccountDialog::save()
{
    const std::optional<qint64> term = m_termModel->termIdAt(m_term->currentIndex());
    Accounts accounts(m_workspace.vault());
    Result<Account> result = [&]() -> Result<Account> {
        if (isEditing()) {
            const Account &was = *m_original;
            AccountChanges changes;
            auto changed = [](const QString &now, const QString &before) {
                return now != before ? std::optional<QString>(now) : std::nullopt;
            };
            changes.displayName = changed(m_displayName->text(), was.displayName);
            changes.email = changed(m_email->text(), was.email);
            changes.phone = changed(m_phone->text(), was.phone);
            changes.holder = changed(m_holder->text(), was.holder);
            changes.notes = changed(m_notes->toPlainText(), was.notes);
            if (const auto method = TwoFactorMethod(m_twoFactor->currentData().toInt()); method != was.twoFactor) {
                changes.twoFactor = method;
            }
            if (const auto nature = AccountNature(m_nature->currentData().toInt()); nature != was.nature) {
                changes.nature = nature;
            }
            if (term && *term != was.termId) {
                changes.termId = *term;
            }
            return accounts.update(m_workspace.session(), was.id, changes, was.updatedAt);
        }
        NewAccount spec;
        spec.kecamatanCode = m_kecamatan->currentData(KecamatanListModel::CodeRole).toString();
        spec.platform = Platform(m_platform->currentData().toInt());
        spec.platformName = m_platformName->text();
        spec.handle = m_handle->text();
        spec.displayName = m_displayName->text();
        spec.email = m_email->text();
        spec.phone = m_phone->text();
        spec.twoFactor = TwoFactorMethod(m_twoFactor->currentData().toInt());
        spec.nature = AccountNature(m_nature->currentData().toInt());
        spec.termId = term;
        spec.status = AccountStatus(m_status->currentData().toInt());
        spec.holder = m_holder->text();
        spec.notes = m_notes->toPlainText();
        if (m_password->isEmpty()) {
            return accounts.add(m_workspace.session(), spec);
        }
        const SecretBytes password = m_password->value();
        return accounts.add(m_workspace.session(), spec, &password);
    }();
    if (!result) {
        Messages::showError(this, result.error());
        if (result.error().code() == ErrorCode::Conflict) {
            // The account was changed elsewhere since this dialog read it: the window reloads it,
            // and the officer edits what it is now.
            m_workspace.notifyRegisterChanged();
            QDialog::reject();
        }
        return false;
    }
    m_saved = std::move(result).value();
    m_password->clear();
    return true;
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AccountDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit account") : tr("Record an account"));
    const QString labels[] = {tr("Kecamatan"),      tr("Platform"),
                              tr("Platform name"),  tr("Handle or address"),
                              tr("Display name"),   tr("Recovery e-mail"),
                              tr("Recovery phone"), tr("Two-factor sign-in"),
                              tr("Nature"),         tr("Term"),
                              tr("Status"),         tr("Holder"),
                              tr("Notes"),          tr("First password")};
    for (int row = 0; row < int(std::size(labels)); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(labels[row]);
        }
    }
    for (int i = 0; i < m_platform->count(); ++i) {
        m_platform->setItemText(i, platformDisplayName(Platform(m_platform->itemData(i).toInt())));
    }
    for (int i = 0; i < m_twoFactor->count(); ++i) {
        m_twoFactor->setItemText(i, twoFactorDisplayName(TwoFactorMethod(m_twoFactor->itemData(i).toInt())));
    }
    for (int i = 0; i < m_nature->count(); ++i) {
        m_nature->setItemText(i, natureDisplayName(AccountNature(m_nature->itemData(i).toInt())));
    }
    for (int i = 0; i < m_status->count(); ++i) {
        m_status->setItemText(i, statusDisplayName(AccountStatus(m_status->itemData(i).toInt())));
    }
    m_platformName->setPlaceholderText(tr("e.g. WhatsApp Channel"));
    m_handle->setPlaceholderText(tr("@name or https://…"));
    m_email->setPlaceholderText(tr("humas.kecamatan@bawaslu.go.id"));
    m_phone->setPlaceholderText(tr("0812-3456-7890"));
    m_holder->setPlaceholderText(tr("Who holds a permanent account"));
    m_kecamatanModel->retranslate();
    m_termModel->retranslate();
    m_ok->setText(isEditing() ? tr("Save") : tr("Record"));
    m_cancel->setText(tr("Cancel"));
    validate();
}

} // namespace Brankas
