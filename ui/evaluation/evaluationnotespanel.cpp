// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationnotespanel.h"

#include "evaluationnotemodel.h"

#include <core/evaluation/evaluationnotes.h>
#include <ui/app/messages.h>
#include <ui/app/workspace.h>
#include <ui/kecamatan/registerformdialog.h>
#include <ui/kecamatan/registertable.h>
#include <ui/look.h>
#include <ui/models/kecamatanlistmodel.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Brankas {

EvaluationNotesPanel::EvaluationNotesPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_intro(Look::label(this, QStringLiteral("evaluationNotesIntro")))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_model(new EvaluationNoteModel(this))
{
    m_add->setObjectName(QStringLiteral("addEvaluationNote"));
    m_edit->setObjectName(QStringLiteral("editEvaluationNote"));
    for (QPushButton *button : {m_add, m_edit}) {
        button->setVisible(workspace.canChangeRegister());
    }
    m_table->setObjectName(QStringLiteral("evaluationNoteTable"));
    m_table->setModel(m_model);
    RegisterTable::setUp(m_table);
    Look::setMuted(m_intro);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_intro, 1);
    bar->addWidget(m_add, 0, Qt::AlignTop);
    bar->addWidget(m_edit, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &EvaluationNotesPanel::addNote);
    connect(m_edit, &QPushButton::clicked, this, &EvaluationNotesPanel::editNote);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this]() {
        if (m_workspace.canChangeRegister()) {
            editNote();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvaluationNotesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvaluationNotesPanel::updateActions);
    retranslateUi();
}

void EvaluationNotesPanel::load(int year, const QString &kecamatanCode)
{
    m_year = year;
    m_kecamatanCode = kecamatanCode;
    auto notes = EvaluationNotes(m_workspace.vault()).list(year);
    if (!notes) {
        Messages::showError(this, notes.error());
        return;
    }
    QList<EvaluationNote> shown;
    for (EvaluationNote &note : notes.value()) {
        if (kecamatanCode.isEmpty() || note.kecamatanCode == kecamatanCode) {
            shown.append(std::move(note));
        }
    }
    m_model->setNotes(std::move(shown));
    RegisterTable::fitColumns(m_table);
    updateActions();
}

void EvaluationNotesPanel::addNote()
{
    runNoteDialog(nullptr);
}

void EvaluationNotesPanel::editNote()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const EvaluationNote note = m_model->note(current.row());
    runNoteDialog(&note);
}

void EvaluationNotesPanel::runNoteDialog(const EvaluationNote *existing)
{
    RegisterFormDialog dialog(this);
    dialog.setObjectName(existing ? QStringLiteral("editEvaluationNoteDialog")
                                  : QStringLiteral("addEvaluationNoteDialog"));
    dialog.setWindowTitle(existing ? tr("Correct an evaluation note") : tr("Add an evaluation note"));
    dialog.setIntro(existing ? tr("Correct the text or the category. The archive log keeps what the note said "
                                  "before.")
                             : tr("Write, in a sentence or two, what the kecamatan's accounts achieved in %1 or what "
                                  "got in their way. The printed evaluation report lists it.")
                                   .arg(m_year));
    auto *kecamatanModel = new KecamatanListModel(&dialog);
    if (Status loaded = kecamatanModel->load(m_workspace.vault(), false); !loaded) {
        Messages::showError(this, loaded.error());
        return;
    }
    auto *kecamatan = new QComboBox(&dialog);
    kecamatan->setObjectName(QStringLiteral("noteKecamatan"));
    kecamatan->setModel(kecamatanModel);
    if (const int row = kecamatanModel->rowOfCode(existing ? existing->kecamatanCode : m_kecamatanCode); row >= 0) {
        kecamatan->setCurrentIndex(row);
    }
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("noteKind"));
    for (NoteKind each : {NoteKind::Achievement, NoteKind::Obstacle}) {
        kind->addItem(noteKindDisplayName(each), int(each));
    }
    auto *category = new QComboBox(&dialog);
    category->setObjectName(QStringLiteral("noteCategory"));
    for (ObstacleCategory each : allObstacleCategories()) {
        category->addItem(obstacleCategoryDisplayName(each), int(each));
    }
    auto *text = new QLineEdit(&dialog);
    text->setObjectName(QStringLiteral("noteText"));
    text->setMinimumWidth(420);
    if (existing) {
        // A correction keeps the note's kecamatan and kind: another one is another note.
        kind->setCurrentIndex(kind->findData(int(existing->kind)));
        if (existing->category) {
            category->setCurrentIndex(category->findData(int(*existing->category)));
        }
        text->setText(existing->text);
        kecamatan->setEnabled(false);
        kind->setEnabled(false);
    }
    // Only an obstacle has a category.
    auto updateCategory = [kind, category]() {
        category->setEnabled(NoteKind(kind->currentData().toInt()) == NoteKind::Obstacle);
    };
    connect(kind, &QComboBox::currentIndexChanged, &dialog, updateCategory);
    updateCategory();
    dialog.addRow(tr("&Kecamatan:"), kecamatan);
    dialog.addRow(tr("K&ind:"), kind);
    dialog.addRow(tr("&Category:"), category);
    dialog.addRow(tr("&Note:"), text);
    dialog.setAcceptText(existing ? tr("Save correction") : tr("Add note"));
    dialog.setSubmit([&]() -> Status {
        const auto noteKind = NoteKind(kind->currentData().toInt());
        const std::optional<ObstacleCategory> noteCategory =
            noteKind == NoteKind::Obstacle ? std::optional(ObstacleCategory(category->currentData().toInt()))
                                           : std::nullopt;
        EvaluationNotes notes(m_workspace.vault());
        auto saved =
            existing ? notes.edit(m_workspace.session(), existing->id, noteCategory, text->text())
                     : notes.add(m_workspace.session(), kecamatan->currentData(KecamatanListModel::CodeRole).toString(),
                                 m_year, noteKind, noteCategory, text->text());
        if (!saved) {
            return saved.error();
        }
        return {};
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    load(m_year, m_kecamatanCode);
    Q_EMIT notesChanged();
}

void EvaluationNotesPanel::updateActions()
{
    m_edit->setEnabled(m_table->currentIndex().isValid());
}

void EvaluationNotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void EvaluationNotesPanel::retranslateUi()
{
    m_intro->setText(tr("What each kecamatan's accounts achieved this year, and the obstacles (kendala) they met."));
    m_add->setText(tr("&Add note…"));
    m_edit->setText(tr("&Correct note…"));
    m_model->retranslate();
}

} // namespace Brankas
