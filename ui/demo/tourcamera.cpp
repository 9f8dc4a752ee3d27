// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourcamera.h"

#include "../layout/keyboardcheck.h"
#include "../layout/roomcheck.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QWidget>

namespace Brankas {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

TourCamera::TourCamera(const QString &folder, QSize room, TourResult &result)
    : m_folder(folder)
    , m_room(room)
    , m_result(result)
{
    m_watch.setInterval(200);
    QObject::connect(&m_watch, &QTimer::timeout, [this] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_result.errors << m_prefix + QStringLiteral("a message box interrupted the tour: ") + box->text();
            box->reject();
        }
    });
    m_watch.start();
}

void TourCamera::take(QWidget &window, const QString &name)
{
    settle();
    const QString label = m_prefix + name;
    const QSize needed = RoomCheck::neededSize(window);
    m_result.measured << QStringLiteral("%1 %2x%3: needs %4x%5")
                             .arg(label)
                             .arg(window.width())
                             .arg(window.height())
                             .arg(needed.width())
                             .arg(needed.height());
    for (const QString &problem : RoomCheck::problems(window, m_room)) {
        m_result.crowded << label + QStringLiteral(": ") + problem;
    }
    for (const QStringList &problems : {KeyboardCheck::unnamedButtons(window), KeyboardCheck::unreachable(window)}) {
        for (const QString &problem : problems) {
            m_result.keyboard << label + QStringLiteral(": ") + problem;
        }
    }
    const QString file = QDir(m_folder).filePath(label + QStringLiteral(".png"));
    if (window.grab().save(file, "PNG")) {
        ++m_result.written;
    } else {
        m_result.errors.append(file);
    }
}

void TourCamera::takeDialog(QWidget &dialog, const QString &name)
{
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    settle();
    if (dialog.width() > m_room.width() || dialog.height() > m_room.height()) {
        // As the window manager would: no window larger than the screen.
        dialog.resize(dialog.size().boundedTo(m_room));
    }
    take(dialog, name);
}

} // namespace Brankas
