// SPDX-License-Identifier: GPL-3.0-or-later
#include "kecamatanregisterpage.h"

#include "registerformdialog.h"
#include "registertable.h"

#include <core/register/accounts.h>
#include <core/register/kecamatanregister.h>
#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/look.h>
#include <ui/models/kecamatantablemodel.h>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Brankas {

namespace {
// Hides retired kecamatan unless asked for, on top of the text search.
class KecamatanFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool showRetired = false;
    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!showRetired && index.data(KecamatanTableModel::RetiredRole).toBool()) {
            return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};
} // namespace

KecamatanRegisterPage::KecamatanRegisterPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_search(new QLineEdit(this))
    , m_showRetired(new QCheckBox(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_retire(new QPushButton(this))
    , m_readOnly(Look::label(this, QStringLiteral("readOnlyNote"), false))
    , m_table(new QTableView(this))
    , m_status(Look::label(this, QStringLiteral("kecamatanStatus"), false))
    , m_model(new KecamatanTableModel(this))
    , m_proxy(new KecamatanFilter(this))
{
    m_add->setObjectName(QStringLiteral("addKecamatan"));
    m_edit->setObjectName(QStringLiteral("editKecamatan"));
    m_retire->setObjectName(QStringLiteral("retireKecamatan"));
    m_search->setObjectName(QStringLiteral("kecamatanSearch"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setObjectName(QStringLiteral("kecamatanTable"));
    m_table->setModel(m_proxy);
    RegisterTable::setUp(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KecamatanTableModel::CodeColumn, Qt::AscendingOrder);
    Look::setMuted(m_readOnly);
    Look::setMuted(m_status);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_showRetired);
    bar->addStretch(1);
    bar->addWidget(m_readOnly);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_retire);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    const bool canChange = m_workspace.canChangeRegister();
    m_add->setVisible(canChange);
    m_edit->setVisible(canChange);
    m_retire->setVisible(canChange);
    m_readOnly->setVisible(!canChange);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        static_cast<KecamatanFilter *>(m_proxy)->showRetired = show;
        static_cast<KecamatanFilter *>(m_proxy)->refresh();
    });
    connect(m_add, &QPushButton::clicked, this, &KecamatanRegisterPage::addKecamatan);
    connect(m_edit, &QPushButton::clicked, this, &KecamatanRegisterPage::editContacts);
    connect(m_retire, &QPushButton::clicked, this, &KecamatanRegisterPage::retireSelected);
    connect(m_table, &QTableView::activated, this, [this]() {
        if (m_workspace.canChangeRegister()) {
            editContacts();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KecamatanRegisterPage::updateButtons);
    connect(&m_workspace, &Workspace::registerChanged, this, [this]() {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    });
    retranslateUi();
}

void KecamatanRegisterPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Pages are made at sign-in but read the register only when first shown: sign-in stays fast.
    if (m_stale) {
        reload();
    }
}

void KecamatanRegisterPage::reload()
{
    m_stale = false;
    const QString selected = selectedRow() >= 0 ? m_model->record(selectedRow()).code : QString();
    auto records = KecamatanRegister(m_workspace.vault()).list(true);
    auto accounts = Accounts(m_workspace.vault()).list({});
    if (!records || !accounts) {
        Messages::showError(this, !records ? records.error() : accounts.error());
        return;
    }
    QHash<QString, int> live;
    for (const Account &account : accounts.value()) {
        if (isLive(account.status)) {
            ++live[account.kecamatanCode];
        }
    }
    m_model->setKecamatan(std::move(records).value(), std::move(live));
    RegisterTable::fitColumns(m_table);
    select(selected);
    retranslateUi();
}

bool KecamatanRegisterPage::select(const QString &code)
{
    const int row = code.isEmpty() ? -1 : m_model->rowOf(code);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_table->clearSelection();
        updateButtons();
        return false;
    }
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    updateButtons();
    return true;
}

int KecamatanRegisterPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void KecamatanRegisterPage::updateButtons()
{
    const int row = selectedRow();
    m_edit->setEnabled(row >= 0);
    m_retire->setEnabled(row >= 0 && !m_model->record(row).retired());
}

void KecamatanRegisterPage::addKecamatan()
{
    RegisterFormDialog dialog(this);
    dialog.setWindowTitle(tr("Add a kecamatan"));
    dialog.setIntro(tr("Add a kecamatan that is not in the reference list, for example after a re-districting. "
                       "Its code follows the Kemendagri pattern of this regency."));
    auto *code = new QLineEdit(&dialog);
    code->setObjectName(QStringLiteral("kecamatanCode"));
    code->setPlaceholderText(m_workspace.vault().regency().code + QStringLiteral(".xx"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("kecamatanName"));
    dialog.addRow(tr("Code"), code);
    dialog.addRow(tr("Name"), name);
    dialog.setAcceptText(tr("Add"));
    QString added;
    dialog.setSubmit([&]() -> Status {
        auto record = KecamatanRegister(m_workspace.vault()).add(m_workspace.session(), code->text(), name->text());
        if (!record) {
            return record.error();
        }
        added = record->code;
        return {};
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_workspace.notifyRegisterChanged();
        select(added);
    }
}

void KecamatanRegisterPage::editContacts()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const KecamatanRecord record = m_model->record(row);
    RegisterFormDialog dialog(this);
    dialog.setWindowTitle(tr("Secretariat contacts"));
    dialog.setIntro(tr("Contacts of the Panwaslu Kecamatan %1 secretariat.").arg(record.name));
    auto *address = new QLineEdit(record.address, &dialog);
    auto *phone = new QLineEdit(record.phone, &dialog);
    auto *email = new QLineEdit(record.email, &dialog);
    phone->setPlaceholderText(QStringLiteral("0812-3456-7890"));
    email->setPlaceholderText(QStringLiteral("panwascam@bawaslu.go.id"));
    dialog.addRow(tr("Address"), address);
    dialog.addRow(tr("Phone"), phone);
    dialog.addRow(tr("E-mail"), email);
    dialog.setAcceptText(tr("Save"));
    dialog.setSubmit([&]() -> Status {
        auto saved =
            KecamatanRegister(m_workspace.vault())
                .setContacts(m_workspace.session(), record.code, address->text(), phone->text(), email->text());
        return saved ? Status{} : Status{saved.error()};
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_workspace.notifyRegisterChanged();
    }
}

void KecamatanRegisterPage::retireSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const KecamatanRecord record = m_model->record(row);
    RegisterFormDialog dialog(this);
    dialog.setObjectName(QStringLiteral("retireDialog"));
    dialog.setWindowTitle(tr("Retire a kecamatan"));
    dialog.setIntro(tr("Retire %1 %2 when it no longer exists. It stays in the register and the archive log "
                       "with its accounts; it is only no longer offered for new accounts.")
                        .arg(record.code, record.name));
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("retireReason"));
    reason->setPlaceholderText(tr("e.g. merged into another kecamatan by Perda No. …"));
    dialog.addRow(tr("Reason"), reason);
    dialog.setAcceptText(tr("Retire"));
    dialog.setSubmit([&]() -> Status {
        auto retired =
            KecamatanRegister(m_workspace.vault()).retire(m_workspace.session(), record.code, reason->text());
        return retired ? Status{} : Status{retired.error()};
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_workspace.notifyRegisterChanged();
    }
}

void KecamatanRegisterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void KecamatanRegisterPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find a kecamatan by code, name or contact"));
    m_showRetired->setText(tr("Show retired"));
    m_add->setText(tr("Add kecamatan…"));
    m_edit->setText(tr("Edit contacts…"));
    m_retire->setText(tr("Retire…"));
    m_readOnly->setText(tr("Read only: viewers do not change the register."));
    m_model->retranslate();
    int retired = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        retired += m_model->record(row).retired() ? 1 : 0;
    }
    const QLocale locale;
    m_status->setText(tr("%1 kecamatan in use, %2 retired.")
                          .arg(locale.toString(m_model->rowCount() - retired), locale.toString(retired)));
}

} // namespace Brankas
