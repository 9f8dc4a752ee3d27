// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Brankas {

// Version, purpose, Brankas's own licence, and the credits and licences of what it is built with:
// the area data (the ODbL asks for it), the report fonts and the libraries with their versions.
QString aboutText();
void showAbout(QWidget *parent);

} // namespace Brankas
