// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerseed.h"

#include "../storage/kecamatanstore.h"
#include "../storage/officestore.h"

namespace Brankas {

Status seedRegister(Storage::Database &db, const Regency &regency, const QString &officeName,
                    const ReferenceData &reference, const QDateTime &now)
{
    Storage::OfficeStore offices(db);
    auto existing = offices.get();
    if (existing) {
        return {};
    }
    if (existing.error().code() != ErrorCode::NotFound) {
        return existing.error();
    }
    OfficeDetails office;
    office.name = officeName;
    office.officerTitle = QStringLiteral("Staf Hubungan Masyarakat");
    office.headTitle = regency.name.startsWith(QLatin1String("Kota")) ? QStringLiteral("Ketua Bawaslu Kota")
                                                                      : QStringLiteral("Ketua Bawaslu Kabupaten");
    office.emailDomains = {QStringLiteral("bawaslu.go.id")};
    if (Status status = offices.put(office); !status) {
        return status;
    }
    Storage::KecamatanStore kecamatan(db);
    auto count = kecamatan.count();
    if (!count) {
        return count.error();
    }
    if (count.value() > 0) {
        return {};
    }
    return kecamatan.insertAll(reference.kecamatanOf(regency.code), now);
}

} // namespace Brankas
