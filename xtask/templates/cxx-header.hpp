{#- The C++ header (`generated/c/wmkc_net_err.hpp`; the name follows the spec's prefix).
    View model: `CxxHeader` in `xtask/src/render/cxx_header.rs`. Spec text reaches C++
    only through `|c_comment` (comment lines) and `|c_string` (between a literal's
    quotes). Layout as in `c-header.h`: a tag alone on its line starts with `{%-`.
    askama drops a template's last line break, so this file ends with an empty line. -#}

{#- One line of a comment block: ` * text`, or ` *` for an empty line. -#}
{%- macro comment_line(text) -%}
{%- if text.trim_end().is_empty() %} *{% else %} * {{ text|c_comment }}{% endif -%}
{%- endmacro -%}
/* {{ banner|c_comment }} */
/*
{%- for line in description %}
{% call comment_line(line) %}{% endcall %}
{%- endfor %}
 *
 *   std::error_code ec = {{ qualified }}::last_error(); // errno, or WSAGetLastError()
 *   if (ec == {{ qualified }}::errc::econnrefused) { ... }  // on every host
 *
 * C++11 or later, header-only, no exceptions or RTTI needed; on Linux and
 * Windows (MinGW-w64, and MSVC by construction: it uses only what the C++
 * standard and the Windows SDK define).
 *
 *   {{ qualified }}::errc                 one enumerator per code, lower case
 *   {{ qualified }}::net_category()       the conditions' category, named "{{ category_name }}"
 *   {{ qualified }}::make_error_condition(errc)
 *   {{ qualified }}::std_condition(errc)  its std::errc condition, or an empty one
 *   {{ qualified }}::info(errc)           the C header's {{ functions }}info: texts, operations
 *   {{ qualified }}::last_error()         the host's last socket error, system_category
 *
 * A condition compares equal to a std::error_code in std::system_category()
 * whose value is the code's own value on this host: errno on Linux (11 is both
 * eagain and ewouldblock), WSAGetLastError() on Windows. On Linux, codes in
 * std::generic_category() match the same values; on Windows, generic codes
 * hold the C runtime's errno values, and match through the code's std::errc
 * (std::make_error_code(std::errc::connection_reset) is econnreset
 * everywhere). A code this host never reports matches nothing here.
 *
 * The trap: on Windows, the C runtime's <errno.h> constants are not Winsock's
 * values (ECONNRESET is 108 there, WSAECONNRESET 10054), and std::errc holds
 * the former. MinGW-w64's libstdc++ maps no Winsock value to std::errc (MSVC's
 * STL maps some), so compare a Winsock failure with these conditions, not with
 * std::errc, and build it from WSAGetLastError(), never from errno.
 *
 * net_category() returns a function-local static, never destroyed: one object
 * per program on Linux (per shared object under -fvisibility=hidden), one per
 * module (EXE or DLL) on Windows. A condition asks its own module's category,
 * so it matches a code made in another module whenever std::system_category()
 * is the same object there: with MSVC's STL or a shared libstdc++, not with a
 * libstdc++ linked statically into each module. An error_condition made in one
 * module never equals the same condition made in another.
 *
 * On Windows, last_error() needs ws2_32 linked (-lws2_32, ws2_32.lib), and
 * <winsock2.h> brings <windows.h>: with MSVC, define NOMINMAX before including
 * this header if the code uses std::min or std::max.
 *
 * A condition's value is the code's place in the spec, from 1; it may change
 * when the spec gains codes, so store a code's name, never that number.
 */

#ifndef {{ guard }}
#define {{ guard }}

#include "{{ c_file }}"

#include <cerrno>
#include <cstddef>
#include <new>
#include <string>
#include <system_error>
{% for namespace in namespaces %}
namespace {{ namespace }} {
{%- endfor %}

/* One condition per code of the spec, on every host. */
enum class errc {
{%- for enumerator in enumerators %}
    {{ enumerator.declaration|pad(declaration_width) }} /* {{ enumerator.summary|c_comment }} */
{%- endfor %}
};
{% for namespace in namespaces.iter().rev() %}
} /* namespace {{ namespace }} */
{%- endfor %}

/* errc converts to std::error_condition, so that ec == errc::econnreset compiles. */
namespace std {
template <>
struct is_error_condition_enum<{{ qualified }}::errc> : true_type {};
} /* namespace std */
{% for namespace in namespaces %}
namespace {{ namespace }} {
{%- endfor %}

/* The category of errc: its name() is "{{ category_name }}", its message() the
 * code's "NAME: summary". */
inline const std::error_category &net_category() noexcept;

/* An errc as a std::error_condition in net_category(); found by ADL. */
inline std::error_condition make_error_condition(errc condition) noexcept
{
    return std::error_condition(static_cast<int>(condition), net_category());
}

namespace detail {

/* Whether value, in std::system_category(), is the condition's code here. */
inline bool is_system_value(int value, int condition) noexcept
{
{%- for host in hosts %}
{{ host.opening }}
{%- if host.codes.is_empty() %}
    /* {{ host.name }} reports none of the codes. */
    static_cast<void>(value);
    static_cast<void>(condition);
    return false;
{%- else %}
    switch (static_cast<errc>(condition)) {
{%- for (enumerator, value) in host.codes %}
    case errc::{{ enumerator }}:
        return value == {{ value }};
{%- endfor %}
    default:
        return false;
    }
{%- endif %}
{%- endfor %}
#endif
}

/* Whether value, in std::generic_category(), is the condition's code here. */
inline bool is_generic_value(int value, int condition) noexcept
{
{%- for host in hosts %}
{{ host.opening }}
{%- if host.generic_is_native %}
    /* {{ host.name }}: generic values are the host's own. */
    return is_system_value(value, condition);
{%- else %}
    /* {{ host.name }}: generic values are the C runtime's; a code matches its std::errc. */
{%- if host.standard_codes.is_empty() %}
    static_cast<void>(value);
    static_cast<void>(condition);
    return false;
{%- else %}
    switch (static_cast<errc>(condition)) {
{%- for (enumerator, errc) in host.standard_codes %}
    case errc::{{ enumerator }}:
        return value == static_cast<int>(std::errc::{{ errc }});
{%- endfor %}
    default:
        return false;
    }
{%- endif %}
{%- endif %}
{%- endfor %}
#endif
}

/* "NAME: summary" of a condition, or NULL for a value that is no enumerator.
 * Its own table, not the C header's: a function with external linkage may
 * not use the C header's internal ones. */
inline const char *message_of(int condition) noexcept
{
    static const char *const messages[{{ enumerators.len() }}] = {
{%- for enumerator in enumerators %}
        "{{ enumerator.code|c_string }}: {{ enumerator.summary|c_string }}",
{%- endfor %}
    };
    return condition >= 1 && condition <= {{ enumerators.len() }} ? messages[condition - 1] : nullptr;
}

class net_category_impl final : public std::error_category {
public:
    net_category_impl() noexcept {}

    const char *name() const noexcept override
    {
        return "{{ category_name|c_string }}";
    }

    std::string message(int condition) const override
    {
        const char *text = message_of(condition);
        return text != nullptr ? std::string(text)
                               : "{{ category_name|c_string }}: no code " + std::to_string(condition);
    }

    bool equivalent(const std::error_code &code, int condition) const noexcept override
    {
        if (code.category() == std::system_category()) {
            return is_system_value(code.value(), condition);
        }
        if (code.category() == std::generic_category()) {
            return is_generic_value(code.value(), condition);
        }
        return std::error_category::equivalent(code, condition);
    }
};

} /* namespace detail */

inline const std::error_category &net_category() noexcept
{
    /* Constructed on first use, thread-safely (C++11 [stmt.dcl]), in storage of
     * its own and never destroyed, so that a comparison made while static
     * objects are destroyed at exit still finds it. */
    alignas(detail::net_category_impl) static unsigned char storage[sizeof(detail::net_category_impl)];
    static const detail::net_category_impl *const category = new (storage) detail::net_category_impl();
    return *category;
}

/* The standard condition of the code's std::errc, or an empty
 * std::error_condition (false in a test) where C++ has none. */
inline std::error_condition std_condition(errc condition) noexcept
{
    switch (condition) {
{%- for enumerator in enumerators %}
{%- if let Some(errc) = enumerator.std_errc %}
    case errc::{{ enumerator.name }}:
        return std::make_error_condition(std::errc::{{ errc }});
{%- endif %}
{%- endfor %}
{%- for enumerator in without_std_errc() %}
    case errc::{{ enumerator.name }}:
{%- endfor %}
{%- if !without_std_errc().is_empty() %}
        /* C++ has no std::errc for these. */
        break;
{%- endif %}
    }
    return std::error_condition();
}

/* Everything the spec says of the condition's code, from the C header (name,
 * summary, en, zh, zh_explanation, operations), whether or not this host
 * reports it; NULL for a value that is no enumerator. Internal linkage, like
 * the C header's lookups. */
static inline const {{ functions }}info *info(errc condition) noexcept
{
    const int value = static_cast<int>(condition);
    return value >= 1 ? {{ functions }}at(static_cast<std::size_t>(value) - 1) : nullptr;
}

/* The host's last socket error as a std::error_code in std::system_category(). */
inline std::error_code last_error() noexcept
{
{%- for host in hosts %}
{{ host.opening }}
    return std::error_code({{ host.last_error }}, std::system_category());
{%- endfor %}
#endif
}
{% for namespace in namespaces.iter().rev() %}
} /* namespace {{ namespace }} */
{%- endfor %}

#endif /* {{ guard }} */

