#include "region.h"

namespace Brankas {

QString officeNameFor(const Regency &regency)
{
    return QStringLiteral("Bawaslu ") + regency.name;
}

} // namespace Brankas
