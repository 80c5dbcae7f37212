/*
 * A fourth translation unit: on Windows, _WINSOCKAPI_ defined by hand before
 * <windows.h>, a common way (with MSVC) to keep the old winsock.h out; the
 * headers must still find Winsock's declarations (last_error() calls
 * WSAGetLastError()), so they include winsock2.h.
 */
#if defined(_WIN32)
#define _WINSOCKAPI_
#include <windows.h>
#endif

#include "wmkc_net_err.hpp"

#include "units.hpp"

bool winsockapi_first_unit_last_error_is_a_system_code()
{
    return wmkc::net::last_error().category() == std::system_category();
}
