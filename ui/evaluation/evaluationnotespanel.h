// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Brankas {

class EvaluationNoteModel;
struct EvaluationNote;
class Workspace;

// The Evaluasi page's notes: what each kecamatan's accounts achieved in the year and the obstacles
// they met (kendala, with their category), as the printed report lists them. Officers who may
// change the register add and correct notes; viewers read them.
class EvaluationNotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationNotesPanel(Workspace &workspace, QWidget *parent = nullptr);

    // The notes of the year; of one kecamatan when a code is given.
    void load(int year, const QString &kecamatanCode);
    // Asks for a note in a dialog and records it through core; a refusal keeps the dialog open.
    void addNote();
    // The same dialog for the selected note: its text and category (core logs the correction).
    void editNote();

    EvaluationNoteModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void notesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void runNoteDialog(const EvaluationNote *existing);
    void updateActions();
    void retranslateUi();

    Workspace &m_workspace;
    int m_year = 0;
    QString m_kecamatanCode;
    QLabel *m_intro;
    QPushButton *m_add;
    QPushButton *m_edit;
    QTableView *m_table;
    EvaluationNoteModel *m_model;
};

} // namespace Brankas
