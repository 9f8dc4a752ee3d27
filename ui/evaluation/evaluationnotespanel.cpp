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
    , m_table(new QTableView(this))
    , m_model(new EvaluationNoteModel(this))
{
    m_add->setObjectName(QStringLiteral("addEvaluationNote"));
    m_add->setVisible(workspace.canChangeRegister());
    m_table->setObjectName(QStringLiteral("evaluationNoteTable"));
    m_table->setModel(m_model);
    RegisterTable::setUp(m_table);
    Look::setMuted(m_intro);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_intro, 1);
    bar->addWidget(m_add, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &EvaluationNotesPanel::addNote);
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
}

void EvaluationNotesPanel::addNote()
{
    RegisterFormDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addEvaluationNoteDialog"));
    dialog.setWindowTitle(tr("Add an evaluation note"));
    dialog.setIntro(tr("Write, in a sentence or two, what the kecamatan's accounts achieved in %1 or what got in "
                       "their way. The printed evaluation report lists it.")
                        .arg(m_year));
    auto *kecamatanModel = new KecamatanListModel(&dialog);
    if (Status loaded = kecamatanModel->load(m_workspace.vault(), false); !loaded) {
        Messages::showError(this, loaded.error());
        return;
    }
    auto *kecamatan = new QComboBox(&dialog);
    kecamatan->setObjectName(QStringLiteral("noteKecamatan"));
    kecamatan->setModel(kecamatanModel);
    if (const int row = kecamatanModel->rowOfCode(m_kecamatanCode); row >= 0) {
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
    dialog.setAcceptText(tr("Add note"));
    dialog.setSubmit([&]() -> Status {
        const auto noteKind = NoteKind(kind->currentData().toInt());
        const std::optional<ObstacleCategory> noteCategory =
            noteKind == NoteKind::Obstacle ? std::optional(ObstacleCategory(category->currentData().toInt()))
                                           : std::nullopt;
        auto added = EvaluationNotes(m_workspace.vault())
                         .add(m_workspace.session(), kecamatan->currentData(KecamatanListModel::CodeRole).toString(),
                              m_year, noteKind, noteCategory, text->text());
        if (!added) {
            return added.error();
        }
        return {};
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    load(m_year, m_kecamatanCode);
    Q_EMIT noteAdded();
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
    m_model->retranslate();
}

} // namespace Brankas
