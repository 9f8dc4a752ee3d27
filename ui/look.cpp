// SPDX-License-Identifier: GPL-3.0-or-later
#include "look.h"

#include <QApplication>
#include <QLabel>

namespace Brankas::Look {

QLabel *label(QWidget *parent, const QString &objectName, bool wrap)
{
    auto *result = new QLabel(parent);
    result->setObjectName(objectName);
    result->setTextFormat(Qt::PlainText);
    result->setWordWrap(wrap);
    return result;
}

QLabel *icon(QWidget *parent, QStyle::StandardPixmap pixmap, int size)
{
    auto *result = new QLabel(parent);
    result->setPixmap(QApplication::style()->standardIcon(pixmap).pixmap(size, size));
    result->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    result->setFixedWidth(size + 4);
    return result;
}

void setFont(QWidget *widget, qreal scale, QFont::Weight weight)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(weight);
    widget->setFont(font);
}

void setMuted(QWidget *widget)
{
    QPalette palette = widget->palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    auto mix = [](int a, int b) { return (a * 62 + b * 38) / 100; };
    palette.setColor(QPalette::WindowText, QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                                                  mix(text.blue(), base.blue())));
    widget->setPalette(palette);
}

QString styleSheet()
{
    return QStringLiteral(R"(
#header { background: #17375e; }
#header QLabel { color: #ffffff; }
#header QLabel#appDescription { color: #d6e2f0; }
#header QPushButton {
    color: #ffffff; background: transparent; border: 1px solid #8fa9c8; border-radius: 4px; padding: 5px 12px;
}
#header QPushButton:hover { background: #24497a; }
#header QPushButton:checked { color: #17375e; background: #ffffff; border-color: #ffffff; }
#header QPushButton:focus { border: 2px solid #ffd166; }
#content { background: palette(window); }
#card QPushButton {
    color: palette(button-text); background: palette(button); border: 1px solid palette(mid); border-radius: 4px;
    padding: 6px 14px;
}
#card QPushButton:hover { background: palette(midlight); }
#card QPushButton:pressed { background: palette(mid); }
#card QPushButton:focus { border: 2px solid palette(highlight); }
QStatusBar QLabel { padding: 2px 16px 4px 16px; }
#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
#card QLabel { background: transparent; }
#pathBar { background: palette(alternate-base); border-radius: 6px; }
#commandBox { background: #f3f5f7; border: 1px solid #c4ccd4; border-radius: 6px; }
#commandBox QLabel { color: #1b1f24; }
#noteBox { background: #eef4fb; border: 1px solid #a9c2e0; border-radius: 6px; }
#noteBox QLabel { color: #1b2a3a; }
#errorBox { background: #fdeceb; border: 2px solid #b3261e; border-radius: 6px; }
#errorBox QLabel { color: #4a100c; }
#navigationPanel { background: #17375e; }
#navigationPanel QLabel { color: #ffffff; }
QListWidget#navigation { background: transparent; color: #e4ecf5; outline: none; border: 2px solid transparent; }
QListWidget#navigation:focus { border: 2px solid #ffd166; }
QListWidget#navigation::item { padding: 4px 16px; border-left: 4px solid transparent; }
QListWidget#navigation::item:hover { background: #24497a; }
QListWidget#navigation::item:selected { background: #ffffff; color: #17375e; border-left: 4px solid #ffd166; }
#topBar { background: palette(base); border-bottom: 1px solid palette(mid); }
#topBar QPushButton { padding: 6px 14px; }
QLabel#signInError, QLabel#recoveryError, QLabel#backupProblem, QLabel#restoreProblem, QLabel#serverVaultProblem {
    color: #4a100c; background: #fdeceb; border: 1px solid #b3261e; border-radius: 4px; padding: 8px 10px;
}
QLabel#lockNotice, QLabel#backupOutcome, QLabel#restoreOutcome { color: #1b2a3a; background: #eef4fb; border: 1px solid #a9c2e0; border-radius: 4px; padding: 8px 10px; }
#card QLineEdit, #card QComboBox { padding: 5px 6px; }
#card QPushButton:default { color: #ffffff; background: #17375e; border-color: #17375e; }
#card QPushButton:default:hover { background: #24497a; }
#card QPushButton:default:disabled { color: #d6e2f0; background: #8fa9c8; border-color: #8fa9c8; }
#card QPushButton:flat { border: none; background: transparent; color: palette(link); }
)");
}

} // namespace Brankas::Look
