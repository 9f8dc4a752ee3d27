// SPDX-License-Identifier: GPL-3.0-or-later
#include "termspage.h"

#include <core/register/terms.h>
#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/kecamatan/registerformdialog.h>
#include <ui/kecamatan/registertable.h>
#include <ui/look.h>
#include <ui/models/displaytime.h>
#include <ui/models/termtablemodel.h>

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Brankas {

namespace {
QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    return edit;
}
} // namespace

TermsPage::TermsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_add(new QPushButton(this))
    , m_extend(new QPushButton(this))
    , m_readOnly(Look::label(this, QStringLiteral("readOnlyNote"), false))
    , m_table(new QTableView(this))
    , m_detailTitle(Look::label(this, QStringLiteral("termDetailTitle")))
    , m_detail(Look::label(this, QStringLiteral("termDetail")))
    , m_model(new TermTableModel(this))
{
    m_add->setObjectName(QStringLiteral("addTerm"));
    m_extend->setObjectName(QStringLiteral("extendTerm"));
    m_table->setObjectName(QStringLiteral("termTable"));
    m_table->setModel(m_model);
    RegisterTable::setUp(m_table);
    Look::setMuted(m_readOnly);
    Look::setFont(m_detailTitle, 1.1, QFont::DemiBold);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_readOnly);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_extend);
    auto *detailBox = new QWidget(this);
    detailBox->setObjectName(QStringLiteral("noteBox"));
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(12, 10, 12, 10);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(detailBox);

    const bool canChange = m_workspace.canChangeRegister();
    m_add->setVisible(canChange);
    m_extend->setVisible(canChange);
    m_readOnly->setVisible(!canChange);

    connect(m_add, &QPushButton::clicked, this, &TermsPage::addTerm);
    connect(m_extend, &QPushButton::clicked, this, &TermsPage::extendSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TermsPage::showSelected);
    connect(&m_workspace, &Workspace::registerChanged, this, [this]() {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    });
    retranslateUi();
}

void TermsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Pages are made at sign-in but read the register only when first shown: sign-in stays fast.
    if (m_stale) {
        reload();
    }
}

void TermsPage::reload()
{
    m_stale = false;
    const int row = selectedRow();
    const qint64 selected = row >= 0 ? m_model->term(row).id : 0;
    auto terms = Terms(m_workspace.vault()).list();
    if (!terms) {
        Messages::showError(this, terms.error());
        return;
    }
    m_model->setTerms(std::move(terms).value(), m_workspace.clock().nowUtc().toLocalTime().date());
    RegisterTable::fitColumns(m_table);
    if (!select(selected) && m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
    showSelected();
}

bool TermsPage::select(qint64 termId)
{
    const int row = termId > 0 ? m_model->rowOf(termId) : -1;
    if (row < 0) {
        return false;
    }
    m_table->selectRow(row);
    return true;
}

int TermsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TermsPage::showSelected()
{
    const int row = selectedRow();
    m_extend->setEnabled(row >= 0);
    if (row < 0) {
        m_detailTitle->setText(m_model->rowCount() == 0 ? tr("No term yet") : QString());
        m_detail->setText(m_model->rowCount() == 0
                              ? tr("Add the term of the current election: accounts follow its period.")
                              : tr("Choose a term to see its extensions."));
        return;
    }
    const Term &term = m_model->term(row);
    m_detailTitle->setText(term.name + QStringLiteral(" — ") + m_model->stateText(term));
    QStringList lines;
    lines << tr("Formed on %1, ends on %2.")
                 .arg(DisplayTime::longDate(term.formedOn), DisplayTime::longDate(term.endsOn));
    if (term.extensions.isEmpty()) {
        lines << tr("Not extended.");
    }
    for (const TermExtension &extension : term.extensions) {
        lines << tr("Extended until %1 by %2 (recorded by %3 on %4).")
                     .arg(DisplayTime::longDate(extension.until), extension.basis, extension.officer,
                          DisplayTime::date(extension.createdAt.toLocalTime().date()));
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void TermsPage::addTerm()
{
    const QDate today = m_workspace.clock().nowUtc().toLocalTime().date();
    RegisterFormDialog dialog(this);
    dialog.setWindowTitle(tr("Add a term"));
    dialog.setIntro(tr("The masa tugas of the committees formed for one election, as the decree states it."));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("termName"));
    name->setPlaceholderText(tr("e.g. Pemilu 2029"));
    auto *formed = dateEdit(&dialog, today);
    formed->setObjectName(QStringLiteral("termFormed"));
    auto *ends = dateEdit(&dialog, today.addYears(1));
    ends->setObjectName(QStringLiteral("termEnds"));
    dialog.addRow(tr("Name"), name);
    dialog.addRow(tr("Formed on"), formed);
    dialog.addRow(tr("Ends on"), ends);
    dialog.setAcceptText(tr("Add"));
    qint64 added = 0;
    dialog.setSubmit([&]() -> Status {
        auto term = Terms(m_workspace.vault()).add(m_workspace.session(), name->text(), formed->date(), ends->date());
        if (!term) {
            return term.error();
        }
        added = term->id;
        return {};
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_workspace.notifyRegisterChanged();
        select(added);
    }
}

void TermsPage::extendSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const Term term = m_model->term(row);
    RegisterFormDialog dialog(this);
    dialog.setWindowTitle(tr("Extend a term"));
    dialog.setIntro(tr("Extend %1 (now ending %2). Name the decree that extends it: it goes into the archive log.")
                        .arg(term.name, DisplayTime::date(term.effectiveEnd())));
    auto *until = dateEdit(&dialog, term.effectiveEnd().addMonths(3));
    until->setObjectName(QStringLiteral("extendUntil"));
    auto *basis = new QLineEdit(&dialog);
    basis->setObjectName(QStringLiteral("extendBasis"));
    basis->setPlaceholderText(tr("e.g. Keputusan Bawaslu Nomor 123/2024"));
    dialog.addRow(tr("New end date"), until);
    dialog.addRow(tr("Legal basis"), basis);
    dialog.setAcceptText(tr("Extend"));
    dialog.setSubmit([&]() -> Status {
        auto extended = Terms(m_workspace.vault()).extend(m_workspace.session(), term.id, until->date(), basis->text());
        return extended ? Status{} : Status{extended.error()};
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_workspace.notifyRegisterChanged();
    }
}

void TermsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TermsPage::retranslateUi()
{
    m_add->setText(tr("Add term…"));
    m_extend->setText(tr("Extend…"));
    m_readOnly->setText(tr("Read only: viewers do not change the register."));
    m_model->retranslate();
    showSelected();
}

} // namespace Brankas
