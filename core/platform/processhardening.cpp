// SPDX-License-Identifier: GPL-3.0-or-later
#include "processhardening.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>

#include <aclapi.h>

#include <vector>
#else
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#include <cerrno>
#include <cstring>

namespace Brankas {

namespace {
Error hardeningFailed(const QString &cause)
{
    return Error(ErrorCode::Io,
                 QT_TRANSLATE_NOOP("Brankas::Error",
                                   "Brankas could not protect its memory from other programs (%1); it goes on "
                                   "without that protection."),
                 {cause});
}

#ifdef Q_OS_WIN
QString lastWindowsError(const char *call)
{
    return QStringLiteral("%1: error %2").arg(QLatin1String(call)).arg(GetLastError());
}

// Owns a handle closed with CloseHandle.
class Handle
{
public:
    Handle() = default;
    ~Handle()
    {
        if (m_handle) {
            CloseHandle(m_handle);
        }
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    HANDLE *out() { return &m_handle; }
    HANDLE get() const { return m_handle; }

private:
    HANDLE m_handle = nullptr;
};

// The process's DACL is replaced by one that grants the user who runs it only what Task Manager
// needs (see it, wait for it, end it) and LocalSystem everything. Without PROCESS_VM_READ,
// PROCESS_VM_WRITE, PROCESS_VM_OPERATION, PROCESS_CREATE_THREAD and PROCESS_DUP_HANDLE another
// program of the same login cannot read the passphrase or the vault key out of memory. The owner
// keeps its implicit right to change the DACL back, so this stops casual and scripted reading,
// not an attacker who targets Brankas on purpose with the same login.
Status restrictProcessDacl()
{
    Handle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, token.out())) {
        return hardeningFailed(lastWindowsError("OpenProcessToken"));
    }
    DWORD size = 0;
    GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    if (size == 0) {
        return hardeningFailed(lastWindowsError("GetTokenInformation"));
    }
    std::vector<BYTE> userBuffer(size);
    auto *user = reinterpret_cast<TOKEN_USER *>(userBuffer.data());
    if (!GetTokenInformation(token.get(), TokenUser, user, size, &size) || !IsValidSid(user->User.Sid)) {
        return hardeningFailed(lastWindowsError("GetTokenInformation"));
    }
    std::vector<BYTE> systemBuffer(SECURITY_MAX_SID_SIZE);
    DWORD systemSize = DWORD(systemBuffer.size());
    PSID system = systemBuffer.data();
    if (!CreateWellKnownSid(WinLocalSystemSid, nullptr, system, &systemSize)) {
        return hardeningFailed(lastWindowsError("CreateWellKnownSid"));
    }
    // Each ACE's size counts its SidStart DWORD, which GetLengthSid's bytes replace.
    DWORD aclSize = DWORD(sizeof(ACL)) + 2 * (DWORD(sizeof(ACCESS_ALLOWED_ACE)) - DWORD(sizeof(DWORD))) +
                    GetLengthSid(user->User.Sid) + GetLengthSid(system);
    aclSize = (aclSize + DWORD(sizeof(DWORD) - 1)) & ~DWORD(sizeof(DWORD) - 1);
    std::vector<BYTE> aclBuffer(aclSize);
    auto *acl = reinterpret_cast<PACL>(aclBuffer.data());
    if (!InitializeAcl(acl, aclSize, ACL_REVISION)) {
        return hardeningFailed(lastWindowsError("InitializeAcl"));
    }
    if (!AddAccessAllowedAce(acl, ACL_REVISION, PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_TERMINATE | SYNCHRONIZE,
                             user->User.Sid)) {
        return hardeningFailed(lastWindowsError("AddAccessAllowedAce"));
    }
    if (!AddAccessAllowedAce(acl, ACL_REVISION, PROCESS_ALL_ACCESS, system)) {
        return hardeningFailed(lastWindowsError("AddAccessAllowedAce"));
    }
    // PROTECTED: no inherited ACE widens the list again.
    const DWORD result = SetSecurityInfo(GetCurrentProcess(), SE_KERNEL_OBJECT,
                                         DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr,
                                         nullptr, acl, nullptr);
    if (result != ERROR_SUCCESS) {
        return hardeningFailed(QStringLiteral("SetSecurityInfo: error %1").arg(result));
    }
    return {};
}
#endif
} // namespace

Status hardenProcess()
{
#ifdef Q_OS_WIN
    return restrictProcessDacl();
#else
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        return hardeningFailed(QStringLiteral("setrlimit: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
#ifdef Q_OS_LINUX
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return hardeningFailed(QStringLiteral("prctl: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
#endif
    return {};
#endif
}

} // namespace Brankas
