// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

class QChartView;

namespace Brankas {

class Workspace;

// The evaluation report's three charts on the Evaluasi page, from the same core description
// (evaluationCharts) drawn by the same builder (ui/charts), so the page and the PDF cannot show
// different things. A month without figures is a gap in the line, never 0. The year is gathered
// only when the charts are shown: it runs the whole evaluation, health check included.
class EvaluationChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationChartsPanel(Workspace &workspace, QWidget *parent = nullptr);

    // Draws the year's charts now when visible, else the next time the panel is shown.
    void setYear(int year);
    void markStale();
    int chartCount() const { return int(m_views.size()); }
    // The titles drawn, for tests.
    QStringList chartTitles() const;
    // The notes under the charts (partial months), empty where a chart has none; for tests.
    QStringList chartNotes() const;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void arrange();
    void retranslateUi();

    Workspace &m_workspace;
    int m_year = 0;
    bool m_stale = true;
    bool m_sideBySide = true;
    static constexpr int SideBySideWidth = 1000;
    QLabel *m_intro;
    QGridLayout *m_grid;
    QList<QChartView *> m_views;
    QList<QLabel *> m_notes;  // under each view, hidden when its chart has no note
    QList<QWidget *> m_cells; // a view with its note, as the grid arranges them
};

} // namespace Brankas
