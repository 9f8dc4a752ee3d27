// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationpage.h"

#include "evaluationchartspanel.h"
#include "evaluationnotespanel.h"
#include "figuredelegate.h"
#include "metricgridmodel.h"

#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/kecamatan/registertable.h>
#include <ui/layout/flowlayout.h>
#include <ui/look.h>
#include <ui/models/accounticons.h>
#include <ui/models/kecamatanlistmodel.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Brankas {

namespace {
QComboBox *combo(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}
} // namespace

EvaluationPage::EvaluationPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_year(new QSpinBox(this))
    , m_figure(combo(this, QStringLiteral("evaluationFigure")))
    , m_kecamatan(combo(this, QStringLiteral("evaluationKecamatan")))
    , m_platform(combo(this, QStringLiteral("evaluationPlatform")))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_hint(Look::label(this, QStringLiteral("evaluationHint")))
    , m_count(Look::label(this, QStringLiteral("evaluationCount"), false))
    , m_tabs(new QTabWidget(this))
    , m_grid(new QTableView(this))
    , m_model(new MetricGridModel(workspace.vault(), workspace.session(), this))
    , m_kecamatanModel(new KecamatanListModel(this))
    , m_notes(new EvaluationNotesPanel(workspace, this))
    , m_charts(new EvaluationChartsPanel(workspace, this))
{
    const int thisYear = workspace.clock().nowUtc().date().year();
    m_year->setObjectName(QStringLiteral("evaluationYear"));
    m_year->setRange(2000, thisYear);
    m_year->setValue(thisYear);
    m_search->setObjectName(QStringLiteral("evaluationSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    for (Figure figure : AllFigures) {
        m_figure->addItem(QString(), int(figure));
    }
    // Four short names: shown whole, never cut ("Pengikut akhir bulan").
    m_figure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_platform->addItem(QString());
    for (const Platform platform : allPlatforms()) {
        m_platform->addItem(AccountIcons::platform(platform), platformDisplayName(platform), int(platform));
    }
    m_kecamatanModel->setAllRow(true);
    m_kecamatan->setModel(m_kecamatanModel);
    Look::setMuted(m_hint);
    Look::setMuted(m_count);

    m_model->setEditable(workspace.canChangeRegister());
    m_grid->setObjectName(QStringLiteral("evaluationGrid"));
    m_grid->setModel(m_model);
    RegisterTable::setUp(m_grid);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->horizontalHeader()->setStretchLastSection(false);
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_grid->setItemDelegate(new FigureDelegate(m_grid));
    // Typing a digit on a cell starts editing it, as in a spreadsheet.
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    const int digit = m_grid->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_grid->setColumnWidth(MetricGridModel::KecamatanColumn, digit * 18);
    m_grid->setColumnWidth(MetricGridModel::AccountColumn, digit * 22);
    // The handle takes what the months leave; on a narrow window the grid scrolls sideways instead.
    m_grid->horizontalHeader()->setSectionResizeMode(MetricGridModel::AccountColumn, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(digit * 6);
    for (int column = MetricGridModel::FirstMonthColumn; column < MetricGridModel::ColumnCount; ++column) {
        m_grid->setColumnWidth(column, digit * 7);
    }

    auto *gridTab = new QWidget(m_tabs);
    auto *gridLayout = new QVBoxLayout(gridTab);
    gridLayout->setContentsMargins(0, 8, 0, 0);
    gridLayout->addWidget(m_hint);
    gridLayout->addWidget(m_grid, 1);
    m_tabs->setObjectName(QStringLiteral("evaluationTabs"));
    m_tabs->addTab(gridTab, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_charts, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(buildFilters());
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &EvaluationPage::requestReload);
    connect(m_figure, &QComboBox::currentIndexChanged, this,
            [this]() { m_model->setFigure(Figure(m_figure->currentData().toInt())); });
    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, &EvaluationPage::requestReload);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &EvaluationPage::requestReload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EvaluationPage::requestReload);
    connect(m_model, &MetricGridModel::figuresWritten, this, &EvaluationPage::figuresWritten);
    connect(m_model, &MetricGridModel::refused, this, [this](const Error &error) {
        // Shown once the editor has closed, not from inside the view's commit.
        QTimer::singleShot(0, this, [this, error]() { Messages::showError(this, error); });
    });
    connect(m_notes, &EvaluationNotesPanel::notesChanged, this, &EvaluationPage::figuresWritten);
    connect(&m_workspace, &Workspace::registerChanged, this, [this]() {
        if (!m_ownChange) {
            m_stale = true;
            requestReload();
        }
    });
    retranslateUi();
}

QWidget *EvaluationPage::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *flow = new FlowLayout(bar);
    flow->setContentsMargins(0, 0, 0, 0);
    const QList<QWidget *> fields{m_year, m_figure, m_kecamatan, m_platform, m_search};
    for (QWidget *field : fields) {
        auto *label = new QLabel(bar);
        label->setBuddy(field);
        m_labels.append(label);
        auto *pair = new QWidget(bar);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(6);
        row->addWidget(label);
        row->addWidget(field);
        flow->addWidget(pair);
    }
    flow->addWidget(m_count);
    return bar;
}

void EvaluationPage::setYear(int year)
{
    m_year->setValue(year);
}

int EvaluationPage::year() const
{
    return m_year->value();
}

void EvaluationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Pages are made at sign-in but read the vault only when first shown: sign-in stays fast.
    if (m_stale) {
        reload();
    }
}

void EvaluationPage::requestReload()
{
    if (isVisible()) {
        reload();
    } else {
        m_stale = true;
    }
}

void EvaluationPage::fillKecamatan()
{
    const QString chosen = m_kecamatan->currentData(KecamatanListModel::CodeRole).toString();
    const QSignalBlocker blocker(m_kecamatan);
    if (Status loaded = m_kecamatanModel->load(m_workspace.vault(), false); !loaded) {
        Messages::showError(this, loaded.error());
        return;
    }
    m_kecamatan->setCurrentIndex(std::max(0, m_kecamatanModel->rowOfCode(chosen)));
}

void EvaluationPage::reload()
{
    if (m_stale || m_kecamatanModel->kecamatan().isEmpty()) {
        fillKecamatan();
    }
    m_stale = false;
    AccountFilter filter;
    filter.kecamatanCode = m_kecamatan->currentData(KecamatanListModel::CodeRole).toString();
    if (m_platform->currentIndex() > 0) {
        filter.platform = Platform(m_platform->currentData().toInt());
    }
    filter.text = m_search->text();
    if (Status loaded = m_model->load(m_year->value(), filter); !loaded) {
        Messages::showError(this, loaded.error());
    }
    m_notes->load(m_year->value(), filter.kecamatanCode);
    m_charts->setYear(m_year->value());
    updateCount();
}

void EvaluationPage::figuresWritten()
{
    m_charts->markStale();
    // The log page shows the new entry; this page already shows the change.
    m_ownChange = true;
    m_workspace.notifyRegisterChanged();
    m_ownChange = false;
}

void EvaluationPage::updateCount()
{
    m_count->setText(tr("%n account(s)", nullptr, m_model->rowCount()));
}

void EvaluationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void EvaluationPage::retranslateUi()
{
    m_labels[0]->setText(tr("&Year:"));
    m_labels[1]->setText(tr("&Figure:"));
    m_labels[2]->setText(tr("&Kecamatan:"));
    m_labels[3]->setText(tr("&Platform:"));
    m_labels[4]->setText(tr("&Search:"));
    for (int i = 0; i < m_figure->count(); ++i) {
        m_figure->setItemText(i, figureDisplayName(Figure(m_figure->itemData(i).toInt())));
    }
    m_platform->setItemText(0, tr("All platforms"));
    m_kecamatanModel->retranslate();
    m_search->setPlaceholderText(tr("Handle, kecamatan, e-mail…"));
    m_hint->setText(m_workspace.canChangeRegister()
                        ? tr("Type a figure into a month's cell: digits only. Leave a cell empty when nobody "
                             "counted that figure; empty is not 0. Months that have not begun cannot be filled. "
                             "Every change is logged.")
                        : tr("You can read the figures and notes; only an administrator or an operator can change "
                             "them."));
    m_tabs->setTabText(0, tr("Monthly figures"));
    m_tabs->setTabText(1, tr("Notes"));
    m_tabs->setTabText(2, tr("Charts"));
    m_model->retranslate();
    updateCount();
}

} // namespace Brankas
