// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Brankas {

class EvaluationNoteModel;
class Workspace;

// The Evaluasi page's notes: what each kecamatan's accounts achieved in the year and the obstacles
// they met (kendala, with their category), as the printed report lists them. Officers who may
// change the register add notes; viewers read them.
class EvaluationNotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationNotesPanel(Workspace &workspace, QWidget *parent = nullptr);

    // The notes of the year; of one kecamatan when a code is given.
    void load(int year, const QString &kecamatanCode);
    // Asks for a note in a dialog and records it through core; a refusal keeps the dialog open.
    void addNote();

    EvaluationNoteModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void noteAdded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Workspace &m_workspace;
    int m_year = 0;
    QString m_kecamatanCode;
    QLabel *m_intro;
    QPushButton *m_add;
    QTableView *m_table;
    EvaluationNoteModel *m_model;
};

} // namespace Brankas
