// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Brankas {

class Workspace;

// Reports > "Public list of official accounts…": asks for a folder, writes the list there in the
// report language and paper of the preferences (the web page, CSV, JSON and the PDF with QR codes),
// then says what it wrote and the SHA-256 the archive log keeps. A refusal from core is shown.
void publishPublicList(QWidget *parent, Workspace &workspace);

} // namespace Brankas
