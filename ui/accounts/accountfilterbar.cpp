// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountfilterbar.h"

#include "../layout/flowlayout.h"
#include "../models/accounticons.h"
#include "../models/kecamatanlistmodel.h"
#include "../models/termlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace Brankas {

namespace {
// The status combo's own rows before the statuses: everything, and the accounts past their term.
constexpr int AllStatusesRow = 0;
constexpr int PastTermRow = 1;
constexpr int FirstStatusRow = 2;

QComboBox *combo(QWidget *parent, const QString &objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

AccountFilterBar::AccountFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_platform(combo(this, QStringLiteral("platformFilter")))
    , m_status(combo(this, QStringLiteral("statusFilter")))
    , m_kecamatan(combo(this, QStringLiteral("kecamatanFilter")))
    , m_term(combo(this, QStringLiteral("termFilter")))
    , m_clear(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_kecamatanModel(new KecamatanListModel(this))
    , m_termModel(new TermListModel(this))
{
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    m_platform->addItem(QString());
    for (const Platform platform : allPlatforms()) {
        m_platform->addItem(AccountIcons::platform(platform), QString(), int(platform));
    }
    m_status->addItem(QString());
    m_status->addItem(AccountIcons::warning(), QString());
    for (const AccountStatus status : allStatuses()) {
        m_status->addItem(AccountIcons::status(status), QString(), int(status));
    }
    m_kecamatanModel->setAllRow(true);
    m_kecamatan->setModel(m_kecamatanModel);
    m_kecamatan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kecamatan->setMinimumContentsLength(14);
    m_termModel->setExtraRows(true, true);
    m_term->setModel(m_termModel);
    m_term->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_term->setMinimumContentsLength(12);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_count->setObjectName(QStringLiteral("accountCount"));
    m_count->setTextFormat(Qt::PlainText);

    // On a narrow screen the filters wrap to a second row rather than widen the window.
    auto *layout = new FlowLayout(this, 8);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_search, m_platform, m_status, m_kecamatan, m_term, m_clear, m_count}) {
        layout->addWidget(widget);
    }

    connect(m_search, &QLineEdit::textChanged, this, &AccountFilterBar::emitChanged);
    for (QComboBox *box : {m_platform, m_status, m_kecamatan, m_term}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AccountFilterBar::emitChanged);
    }
    connect(m_clear, &QPushButton::clicked, this, &AccountFilterBar::clear);
    retranslateUi();
}

void AccountFilterBar::reload(Vault &vault)
{
    const AccountFilterCriteria current = criteria();
    m_settingCriteria = true;
    // A failure leaves the combo with only its "All" row: the table still shows every account.
    if (!m_kecamatanModel->load(vault)) {
        m_kecamatanModel->setKecamatan({});
    }
    if (!m_termModel->load(vault)) {
        m_termModel->setTerms({});
    }
    m_settingCriteria = false;
    setCriteria(current);
}

AccountFilterCriteria AccountFilterBar::criteria() const
{
    AccountFilterCriteria criteria;
    criteria.text = m_search->text();
    if (m_platform->currentIndex() > 0) {
        criteria.platform = Platform(m_platform->currentData().toInt());
    }
    if (m_status->currentIndex() == PastTermRow) {
        criteria.pastTermOnly = true;
    } else if (m_status->currentIndex() >= FirstStatusRow) {
        criteria.status = AccountStatus(m_status->currentData().toInt());
    }
    criteria.kecamatanId = m_kecamatan->currentData(KecamatanListModel::KecamatanIdRole).toLongLong();
    criteria.termId = m_termModel->termIdAt(m_term->currentIndex());
    return criteria;
}

void AccountFilterBar::setCriteria(const AccountFilterCriteria &criteria)
{
    m_settingCriteria = true;
    m_search->setText(criteria.text);
    m_platform->setCurrentIndex(criteria.platform ? m_platform->findData(int(*criteria.platform)) : 0);
    if (criteria.pastTermOnly) {
        m_status->setCurrentIndex(PastTermRow);
    } else {
        m_status->setCurrentIndex(criteria.status ? m_status->findData(int(*criteria.status)) : AllStatusesRow);
    }
    m_kecamatan->setCurrentIndex(std::max(0, m_kecamatanModel->rowOfId(criteria.kecamatanId)));
    m_term->setCurrentIndex(std::max(0, m_termModel->rowOf(criteria.termId)));
    m_settingCriteria = false;
    emitChanged();
}

void AccountFilterBar::clear()
{
    setCriteria({});
}

void AccountFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AccountFilterBar::setCounts(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    const QLocale locale;
    m_count->setText(tr("%1 of %2 accounts").arg(locale.toString(shown), locale.toString(total)));
    m_clear->setEnabled(!criteria().isEmpty());
}

void AccountFilterBar::emitChanged()
{
    if (m_settingCriteria) {
        return;
    }
    const AccountFilterCriteria current = criteria();
    m_clear->setEnabled(!current.isEmpty());
    Q_EMIT criteriaChanged(current);
}

void AccountFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AccountFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search handle, name, kecamatan, e-mail… (Ctrl+F)"));
    m_search->setToolTip(tr("Type words of a handle, display name, kecamatan, e-mail, phone number or holder; every "
                            "word must be found (Ctrl+F)"));
    m_platform->setItemText(0, tr("All platforms"));
    const QList<Platform> platforms = allPlatforms();
    for (int i = 0; i < platforms.size(); ++i) {
        m_platform->setItemText(i + 1, platformDisplayName(platforms.at(i)));
    }
    m_status->setItemText(AllStatusesRow, tr("All statuses"));
    m_status->setItemText(PastTermRow, tr("Past its term"));
    m_status->setItemData(PastTermRow, tr("Accounts someone can still post on after their active period ended"),
                          Qt::ToolTipRole);
    const QList<AccountStatus> statuses = allStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        m_status->setItemText(FirstStatusRow + i, statusDisplayName(statuses.at(i)));
    }
    m_platform->setToolTip(tr("Platform"));
    m_status->setToolTip(tr("Status"));
    m_kecamatan->setToolTip(tr("Kecamatan"));
    m_term->setToolTip(tr("Term"));
    m_kecamatanModel->retranslate();
    m_termModel->retranslate();
    m_clear->setText(tr("Clear filters"));
    setCounts(m_shown, m_total);
}

} // namespace Brankas
