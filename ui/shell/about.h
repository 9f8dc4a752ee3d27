#pragma once

class QWidget;

namespace Brankas {

// Version, purpose, and the credit and licence the ODbL asks for the area data.
void showAbout(QWidget *parent);

} // namespace Brankas
