// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationchartspanel.h"

#include <core/evaluation/evaluationyear.h>
#include <core/reports/evaluationcharts.h>
#include <core/vault/vault.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/charts/chartbuilder.h>
#include <ui/look.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Brankas {

EvaluationChartsPanel::EvaluationChartsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_intro(Look::label(this, QStringLiteral("evaluationChartsIntro")))
    , m_grid(new QGridLayout)
{
    Look::setMuted(m_intro);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(m_grid, 1);
    retranslateUi();
}

void EvaluationChartsPanel::setYear(int year)
{
    m_year = year;
    markStale();
}

void EvaluationChartsPanel::markStale()
{
    m_stale = true;
    if (isVisible()) {
        rebuild();
    }
}

QStringList EvaluationChartsPanel::chartNotes() const
{
    QStringList notes;
    for (const QLabel *note : m_notes) {
        notes << note->text();
    }
    return notes;
}

QStringList EvaluationChartsPanel::chartTitles() const
{
    QStringList titles;
    for (const QChartView *view : m_views) {
        titles << view->chart()->title();
    }
    return titles;
}

void EvaluationChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        rebuild();
    }
}

void EvaluationChartsPanel::rebuild()
{
    m_stale = false;
    if (m_year == 0) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto year = gatherEvaluationYear(m_workspace.vault(), m_year, m_workspace.clock().nowUtc().date());
    QApplication::restoreOverrideCursor();
    if (!year) {
        Messages::showError(this, year.error());
        return;
    }
    qDeleteAll(m_cells); // the views and notes with them
    m_cells.clear();
    m_views.clear();
    m_notes.clear();
    // The window's language, which the switcher makes the default locale's.
    const Language language = QLocale().language() == QLocale::Indonesian ? Language::Indonesian : Language::English;
    const QList<ReportChart> charts = evaluationCharts(year.value(), language);
    const double pixels = QFontInfo(font()).pixelSize();
    for (int i = 0; i < charts.size(); ++i) {
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        QChart *chart = Charts::buildChart(charts[i], font().family(), pixels);
        auto *view = new QChartView(chart, cell);
        view->setObjectName(QStringLiteral("evaluationChart%1").arg(i + 1));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 250);
        view->setAccessibleName(charts[i].title);
        auto *note = Look::label(cell, QStringLiteral("evaluationChartNote%1").arg(i + 1));
        Look::setMuted(note);
        note->setText(charts[i].note);
        note->setVisible(!charts[i].note.isEmpty());
        cellLayout->addWidget(view, 1);
        cellLayout->addWidget(note);
        cell->show(); // now, not from the event loop: the panel is already visible
        m_views.append(view);
        m_notes.append(note);
        m_cells.append(cell);
    }
    arrange();
}

void EvaluationChartsPanel::arrange()
{
    // The two monthly charts side by side when both have room for twelve month names, with the
    // coverage below them; on a narrow window one under the other (the page scrolls).
    const bool sideBySide = width() >= SideBySideWidth;
    for (int i = 0; i < m_cells.size(); ++i) {
        m_grid->removeWidget(m_cells[i]);
        if (sideBySide) {
            m_grid->addWidget(m_cells[i], i / 2, i % 2, 1, i == 2 ? 2 : 1);
        } else {
            m_grid->addWidget(m_cells[i], i, 0);
        }
    }
    m_sideBySide = sideBySide;
}

void EvaluationChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_cells.isEmpty() && (width() >= SideBySideWidth) != m_sideBySide) {
        arrange();
    }
}

void EvaluationChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The charts speak the report's language, which follows the window's.
        markStale();
    }
    QWidget::changeEvent(event);
}

void EvaluationChartsPanel::retranslateUi()
{
    m_intro->setText(tr("The charts of the printed evaluation report: every account of the year, whatever the "
                        "filters above. A month without figures is a gap in the line, not 0."));
}

} // namespace Brankas
