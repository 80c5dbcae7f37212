{#- The C/C++ header (`generated/c/wmkc_net_err.h`; the name follows the spec's prefix).
    View model: `CHeader` in `xtask/src/render/c_header.rs`. Spec text reaches C only
    through `|c_comment` (comment lines) and `|c_string` (between a literal's quotes).
    Layout: a tag alone on its line starts with `{%-`, which takes the line break
    before it, so the tag's line leaves one line break and the next line keeps its
    indentation; a tag without the dash keeps the line break before it (a blank line).
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
 * For C99 and C++11 or later, on Linux and Windows. It includes what it needs,
 * may be included any number of times, and defines nothing outside its
 * prefixes:
 *
{%- for (item, what) in contents %}
 *   {{ item|c_comment|pad(contents_width) }}  {{ what|c_comment }}
{%- endfor %}
 *
{%- for line in values %}
{% call comment_line(line) %}{% endcall %}
{%- endfor %}
 */

/*
 * # {{ document_title|c_comment }}
{%- for section in sections %}
 *
 * ### {{ section.title|c_comment }}
 *
 * ------
{%- for entry in section.entries %}
 *
 * ##### {{ entry.heading|c_comment }}
{%- for line in entry.lines %}
 *     {{ line|c_comment }}
{%- endfor %}
{%- endfor %}
 *
 * ------
{%- endfor %}
 */

#ifndef {{ guard }}
#define {{ guard }}

#include <stddef.h>
{%- if needs_32_bit_unsigned %}
#include <limits.h>
#if UINT_MAX < 0xFFFFFFFFu
#error "{{ file }}: needs a 32-bit unsigned int"
#endif
{%- endif %}
{% for host in hosts %}
{{ host.opening }}
{{ host.include }}
{%- endfor %}
#else
#error "{{ file }}: the codes are defined for {{ platform_names }} only"
#endif

/* The socket operations, one bit each: {{ functions }}operations() returns a set of them. */
{%- for bit in operation_bits %}
#define {{ bit.name|pad(operation_width) }} {{ bit.mask }}
{%- endfor %}
{% for host in hosts %}
{{ host.opening }}
/* {{ host.name }}: the codes reported there, as {{ host.symbol_noun }} symbols. */
{%- for code in host.codes %}
#define {{ code.full_name|pad(code_width) }} {{ code.symbol|pad(host.symbol_width) }} /* {{ code.summary|c_comment }} */
{%- endfor %}
{%- if let Some(condition) = host.spec_numbering %}
/* The spec's values, where {{ host.name }} numbers them as the spec does. */
#if {{ condition }}
{%- else %}
/* The spec's values. */
{%- endif %}
{%- for code in host.codes %}
#if {{ code.symbol }} != {{ code.value }}
#error "{{ file }}: {{ code.symbol }} is not {{ code.value }} here, as the spec says it is on {{ host.name }}"
#endif
{%- endfor %}
{%- if host.spec_numbering.is_some() %}
#endif
{%- endif %}
{%- endfor %}
#endif

/* Everything the spec says about one code. */
struct {{ functions }}info {
    const char *name;       /* "ECONNRESET" */
    const char *code;       /* "{{ prefix }}ECONNRESET" */
    const char *summary;    /* one English line */
    const char *en;         /* the English explanation */
    const char *zh;         /* the user's Chinese text, UTF-8 */
    const char *zh_explanation; /* the English explanation in Chinese, UTF-8 */
    unsigned operations;    /* {{ operations }}* bits */
};

/* The spec's code number index (from 0, in the spec's order, the same on every
 * host, whether or not this host reports the code), or NULL past the last. */
static inline const struct {{ functions }}info *{{ functions }}at(size_t index)
{
    static const struct {{ functions }}info codes[{{ infos.len() }}] = {
{%- for info in infos %}
        /* {{ info.name }} */
        {
{%- for text in info.texts %}
{%- for piece in text %}
            "{{ piece|c_string }}"{% if loop.last %},{% endif %}
{%- endfor %}
{%- endfor %}
{%- for line in info.operation_lines %}
            {{ line }}{% if loop.last %},{% endif %}
{%- endfor %}
        },
{%- endfor %}
    };
    return index < {{ infos.len() }}u ? &codes[index] : NULL;
}

/* The code the host's value decodes to, or NULL. */
static inline const struct {{ functions }}info *{{ functions }}lookup(int value)
{
    switch (value) {
{%- for host in hosts %}
{{ host.opening }}
{%- for case in host.cases %}
{%- if let Some(shared_symbol) = case.unless_equal_to %}
{#- An alias whose value may be its target's: where it is, the target has the case. #}
#if {{ case.symbol }} != {{ shared_symbol }}
    case {{ case.symbol }}:
        return {{ functions }}at({{ case.index }});
#endif
{%- else %}
    case {{ case.symbol }}:
        return {{ functions }}at({{ case.index }});
{%- endif %}
{%- endfor %}
{%- endfor %}
#endif
    default:
        return NULL;
    }
}

/* The name ("ECONNRESET") of the code the value decodes to, or NULL. */
static inline const char *{{ functions }}name(int value)
{
    const struct {{ functions }}info *info = {{ functions }}lookup(value);
    return info != NULL ? info->name : NULL;
}

/* The full name ("{{ prefix }}ECONNRESET") of the code the value decodes to, or NULL. */
static inline const char *{{ functions }}code(int value)
{
    const struct {{ functions }}info *info = {{ functions }}lookup(value);
    return info != NULL ? info->code : NULL;
}

/* The one-line English summary of the code the value decodes to, or NULL. */
static inline const char *{{ functions }}summary(int value)
{
    const struct {{ functions }}info *info = {{ functions }}lookup(value);
    return info != NULL ? info->summary : NULL;
}

/* The English explanation of the code the value decodes to, or NULL. */
static inline const char *{{ functions }}en(int value)
{
    const struct {{ functions }}info *info = {{ functions }}lookup(value);
    return info != NULL ? info->en : NULL;
}

/* The user's Chinese text (UTF-8) of the code the value decodes to, or NULL. */
static inline const char *{{ functions }}zh(int value)
{
    const struct {{ functions }}info *info = {{ functions }}lookup(value);
    return info != NULL ? info->zh : NULL;
}

/* The Chinese explanation (UTF-8) of the code the value decodes to, as full
 * as the English one, or NULL. */
static inline const char *{{ functions }}zh_explanation(int value)
{
    const struct {{ functions }}info *info = {{ functions }}lookup(value);
    return info != NULL ? info->zh_explanation : NULL;
}

/* The {{ operations }}* bits of the operations that report the code, or 0. */
static inline unsigned {{ functions }}operations(int value)
{
    const struct {{ functions }}info *info = {{ functions }}lookup(value);
    return info != NULL ? info->operations : 0u;
}

/* The name of one {{ operations }}* bit ("connect"), or NULL. */
static inline const char *{{ functions }}operation_name(unsigned operation)
{
    switch (operation) {
{%- for bit in operation_bits %}
    case {{ bit.name }}:
        return "{{ bit.operation|c_string }}";
{%- endfor %}
    default:
        return NULL;
    }
}

#endif /* {{ guard }} */

