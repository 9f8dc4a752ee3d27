// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace Brankas {

class EvaluationChartsPanel;
class EvaluationNotesPanel;
class KecamatanListModel;
class MetricGridModel;
class Workspace;

// "Evaluasi": the accounts' monthly figures of one year in a month x account grid that checks
// what is typed, the kecamatan's notes for the year, and the charts of the evaluation report. The
// grid shows one figure at a time (followers, posts, reach or engagement), for the accounts that
// the kecamatan, platform and search filters find (the search is the register's, AccountSearch).
// Only the chosen year is read, when the page is first shown.
class EvaluationPage : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPage(Workspace &workspace, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const;
    // Reads the chosen year again with the filters as they are.
    void reload();

    QTableView *grid() const { return m_grid; }
    MetricGridModel *model() const { return m_model; }
    QComboBox *figureBox() const { return m_figure; }
    QComboBox *kecamatanBox() const { return m_kecamatan; }
    QComboBox *platformBox() const { return m_platform; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    EvaluationNotesPanel *notesPanel() const { return m_notes; }
    EvaluationChartsPanel *chartsPanel() const { return m_charts; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildFilters();
    // Reads the year now when the page is shown, else when it is next shown.
    void requestReload();
    void fillKecamatan();
    void figuresWritten();
    void updateCount();
    void retranslateUi();

    Workspace &m_workspace;
    bool m_stale = true;
    bool m_ownChange = false;
    QSpinBox *m_year;
    QComboBox *m_figure;
    QComboBox *m_kecamatan;
    QComboBox *m_platform;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QList<QLabel *> m_labels;
    QLabel *m_hint;
    QLabel *m_count;
    QTabWidget *m_tabs;
    QTableView *m_grid;
    MetricGridModel *m_model;
    KecamatanListModel *m_kecamatanModel;
    EvaluationNotesPanel *m_notes;
    EvaluationChartsPanel *m_charts;
};

} // namespace Brankas
