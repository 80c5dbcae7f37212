//! `src/net_error.rs`: the `NetError` enum, its accessor tables and
//! `kind()`. Its trait impls (`Display`, `Error`, `From<NetError> for
//! io::Error`, `FromStr`) are hand-written, in `net_error_traits.rs`.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

use crate::catalogue::{Catalogue, Code, Explanation, Platform};
use crate::generated_names;
use crate::io_kind::{IoKind, code_kind, host_differences};
use crate::render::language::LANGUAGES;
use crate::render::site;
use crate::render::text::{escape_markdown, reference_links};
use crate::render::tokens::{doc, grouped_arms, ident, option, per_code_table};

/// The tokens of `src/net_error.rs`.
pub fn render(catalogue: &Catalogue) -> TokenStream {
    let net_error = ident(generated_names::NET_ERROR);
    let operation = ident(generated_names::OPERATION);
    let platform_type = ident(generated_names::PLATFORM);
    let all_const = ident(generated_names::ALL);
    let variants = catalogue.codes.iter().map(|code| {
        let docs = variant_doc(catalogue, code);
        let name = ident(&code.name);
        quote!(#docs #name,)
    });
    let all = catalogue.codes.iter().map(|code| ident(&code.name));
    let str_table = |text: fn(&Code) -> &str| {
        per_code_table(catalogue, quote!(&str), |code| {
            Literal::string(text(code)).into_token_stream()
        })
    };
    let full_name_table = str_table(|code| &code.full_name);
    let name_table = str_table(|code| &code.name);
    let summary_table = str_table(|code| &code.summary);
    let en_table = str_table(|code| &code.en.text);
    let zh_table = str_table(|code| &code.zh);
    let zh_explanation_table = str_table(|code| &code.zh_explanation.text);
    let explanation = ident(generated_names::EXPLANATION);
    let parts_table = |parts: fn(&Code) -> &Explanation| {
        per_code_table(catalogue, quote!(#explanation), |code| {
            let parts = parts(code);
            let happened = Literal::string(&parts.happened);
            let advice = Literal::string(&parts.advice);
            let causes = Platform::ALL.map(|platform| {
                option(
                    parts
                        .causes
                        .get(&platform)
                        .map(|text| Literal::string(text)),
                )
            });
            let [linux, windows] = causes;
            quote!(#explanation { happened: #happened, linux: #linux, windows: #windows, advice: #advice })
        })
    };
    let en_parts_table = parts_table(|code| &code.en);
    let zh_parts_table = parts_table(|code| &code.zh_explanation);
    // Without a published site there is no table: the accessors are `None`.
    let page_table = |tag: &str| match &catalogue.site_url {
        Some(site) => per_code_table(catalogue, quote!(Option<&str>), |code| {
            let page = Literal::string(&format!("{site}/{}", site::code_page(tag, code)));
            quote!(Some(#page))
        }),
        None => quote!(None),
    };
    let page_en_table = page_table("en");
    let page_zh_table = page_table("zh");
    let operation_table = per_code_table(catalogue, quote!(&[#operation]), |code| {
        let operations = code
            .operations
            .iter()
            .map(|&id| ident(&catalogue.operations[id].variant));
        quote!(&[#(#operation::#operations),*])
    });
    let platform_table = per_code_table(catalogue, quote!(&[#platform_type]), |code| {
        let platforms = code.platforms().map(|p| ident(p.name()));
        quote!(&[#(#platform_type::#platforms),*])
    });
    let value_accessors = Platform::ALL.map(|platform| {
        let facts = platform.facts();
        let docs = doc(&[facts.value_doc.to_string()]);
        let name = ident(facts.value_accessor);
        let table = per_code_table(catalogue, quote!(Option<i32>), |code| {
            option(
                code.native(platform)
                    .map(|n| Literal::i32_unsuffixed(n.value)),
            )
        });
        quote! {
            #docs
            #[must_use]
            pub const fn #name(self) -> Option<i32> {
                #table
            }
        }
    });
    let symbol_accessors = Platform::ALL.map(|platform| {
        let facts = platform.facts();
        let example = catalogue
            .codes
            .iter()
            .find_map(|code| code.native(platform))
            .map(|native| format!(", such as `{}`", native.symbol))
            .unwrap_or_default();
        let docs = doc(&[format!(
            "The {} symbol{example}, if {} reports this code.",
            facts.symbol_noun, facts.name
        )]);
        let name = ident(facts.symbol_accessor);
        let table = per_code_table(catalogue, quote!(Option<&str>), |code| {
            option(code.native(platform).map(|n| n.symbol.clone()))
        });
        quote! {
            #docs
            #[must_use]
            pub const fn #name(self) -> Option<&'static str> {
                #table
            }
        }
    });
    let message_accessors = Platform::ALL.map(|platform| {
        let facts = platform.facts();
        let english = ident(&format!("{}_message", facts.value_accessor));
        let chinese = ident(&format!("{}_message_zh", facts.value_accessor));
        let source = catalogue.message_sources.get(&platform);
        let source_line = |text: Option<&String>| match text {
            Some(text) => format!("Source: {}.", escape_markdown(text)),
            None => "The spec has none.".to_string(),
        };
        let english_doc = doc(&[
            format!(
                "{}'s own message for this code's value, in English, as {} writes it;",
                facts.name, facts.message_noun
            ),
            format!("`None` when {} does not report the code.", facts.name),
            String::new(),
            source_line(source.map(|s| &s.en)),
        ]);
        let chinese_doc = doc(&[
            format!(
                "{}'s own message for this code's value, in Chinese, where the spec has",
                facts.name
            ),
            "its exact text; `None` otherwise.".to_string(),
            String::new(),
            source_line(source.and_then(|s| s.zh.as_ref())),
        ]);
        let english_table = per_code_table(catalogue, quote!(Option<&str>), |code| {
            option(code.native(platform).map(|n| Literal::string(&n.message)))
        });
        let chinese_table = per_code_table(catalogue, quote!(Option<&str>), |code| {
            option(
                code.native(platform)
                    .and_then(|n| n.message_zh.as_deref())
                    .map(Literal::string),
            )
        });
        quote! {
            #english_doc
            #[must_use]
            pub const fn #english(self) -> Option<&'static str> {
                #english_table
            }

            #chinese_doc
            #[must_use]
            pub const fn #chinese(self) -> Option<&'static str> {
                #chinese_table
            }
        }
    });
    let host_value_arms = Platform::ALL.map(|platform| {
        let variant = ident(platform.name());
        let accessor = ident(platform.facts().value_accessor);
        quote!(Some(#platform_type::#variant) => self.#accessor(),)
    });
    let kind_arms = grouped_arms(catalogue, |code| kind_expression(code_kind(code)));
    let kind_doc = kind_doc(catalogue);
    let prefix = &catalogue.prefix;
    // Examples in the docs come from the spec, never from a hard-coded code.
    let first = catalogue.codes.first();
    let full_name_doc = doc(&[format!(
        "The full code, such as `{}`.",
        first.map_or("", |code| code.full_name.as_str())
    )]);
    let name_doc = doc(&[format!(
        "The code without its prefix, such as `{}`; also the variant's name.",
        first.map_or("", |code| code.name.as_str())
    )]);
    let enum_doc = doc(&[
        format!("A socket error code of the WMKC network library (`{prefix}*`)."),
        String::new(),
        "One variant per code, in the order of the spec. A code knows its texts, the".to_string(),
        "operations that report it, and its Linux errno and Winsock values. New codes".to_string(),
        "may be added, so the enum is `#[non_exhaustive]`.".to_string(),
    ]);
    let uses_platform_in_kind = catalogue
        .codes
        .iter()
        .any(|code| matches!(code_kind(code), IoKind::Unstable(..)));
    let host_kind_fn = uses_platform_in_kind.then(|| {
        quote! {
            /// std's kind for a value whose `ErrorKind` variant is not stable yet:
            /// read from std where the host uses `platform`'s numbers, else `Other`.
            fn host_kind(platform: #platform_type, value: i32) -> std::io::ErrorKind {
                if #platform_type::host() == Some(platform) {
                    std::io::Error::from_raw_os_error(value).kind()
                } else {
                    std::io::ErrorKind::Other
                }
            }
        }
    });

    quote! {
        use crate::{#explanation, #operation, #platform_type};

        #enum_doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum #net_error {
            #(#variants)*
        }

        impl #net_error {
            /// Every code, in spec order.
            pub const #all_const: &'static [#net_error] = &[#(Self::#all),*];

            #full_name_doc
            #[must_use]
            pub const fn code(self) -> &'static str {
                #full_name_table
            }

            #name_doc
            #[must_use]
            pub const fn name(self) -> &'static str {
                #name_table
            }

            /// One short English line in the strerror tradition, such as
            /// `connection refused by the peer`: lower case, no final period, at
            /// most 60 characters. `Display` writes it after the name.
            #[must_use]
            pub const fn summary(self) -> &'static str {
                #summary_table
            }

            /// What the error means, in English: what happened, the usual causes
            /// on each platform that reports it, and what to do, as one paragraph
            /// ([`en_parts`](Self::en_parts) gives them apart).
            #[must_use]
            pub const fn en(self) -> &'static str {
                #en_table
            }

            /// The English explanation in its parts: what happened, the causes on
            /// each platform, what to do.
            #[must_use]
            pub const fn en_parts(self) -> #explanation {
                #en_parts_table
            }

            /// What the error means, in Chinese: the user's own line, verbatim.
            /// [`zh_explanation`](Self::zh_explanation) says as much as
            /// [`en`](Self::en) does.
            #[must_use]
            pub const fn zh(self) -> &'static str {
                #zh_table
            }

            /// The English explanation in Chinese, as one paragraph: the same
            /// facts, with symbols, calls and options in Latin letters.
            #[must_use]
            pub const fn zh_explanation(self) -> &'static str {
                #zh_explanation_table
            }

            /// The Chinese explanation in its parts.
            #[must_use]
            pub const fn zh_explanation_parts(self) -> #explanation {
                #zh_parts_table
            }

            /// This code's English page on the docs site, such as
            /// `https://example.org/wmkc-net-err/en/EINTR.html`; `None` when the
            /// spec names no published site (`site.url`).
            #[must_use]
            pub const fn page_en(self) -> Option<&'static str> {
                #page_en_table
            }

            /// This code's Chinese page on the docs site (`…/zh/EINTR.html`);
            /// `None` when the spec names no published site.
            #[must_use]
            pub const fn page_zh(self) -> Option<&'static str> {
                #page_zh_table
            }

            /// The socket operations that can report this code, in the spec's order.
            #[must_use]
            pub const fn operations(self) -> &'static [#operation] {
                #operation_table
            }

            /// The platforms that report this code.
            #[must_use]
            pub const fn platforms(self) -> &'static [#platform_type] {
                #platform_table
            }

            #(#value_accessors)*

            #(#symbol_accessors)*

            #(#message_accessors)*

            /// Whether `op` is among the operations that can report this code.
            #[must_use]
            pub fn applies_to(self, op: #operation) -> bool {
                self.operations().contains(&op)
            }

            #kind_doc
            #[must_use]
            pub fn kind(self) -> std::io::ErrorKind {
                match self { #(#kind_arms)* }
            }

            /// The value of this code in the host's own table, if it has one
            /// (`From<NetError> for io::Error` keeps it).
            pub(crate) const fn host_value(self) -> Option<i32> {
                match #platform_type::host() {
                    #(#host_value_arms)*
                    None => None,
                }
            }
        }

        #host_kind_fn
    }
}

/// The rustdoc of `kind()`: what it is, that it is the same on every host,
/// and the codes for which std's own decoding on some host says otherwise.
fn kind_doc(catalogue: &Catalogue) -> TokenStream {
    let mut lines = vec![
        "The `io::ErrorKind` std gives this code, the same on every host: what".to_string(),
        "std gives its Linux errno, or, for a Windows-only code, its Winsock value;".to_string(),
        "`ErrorKind::Other` where std has no specific kind.".to_string(),
        String::new(),
        "Where std's kind is a variant that is not stable yet (such as".to_string(),
        "`FilesystemLoop`), it is taken from std on a host that uses those numbers and is"
            .to_string(),
        "`ErrorKind::Other` elsewhere.".to_string(),
    ];
    let differences: Vec<String> = catalogue
        .codes
        .iter()
        .flat_map(|code| {
            host_differences(code).into_iter().map(|(platform, host)| {
                format!(
                    "- [`{name}`](Self::{name}): `{}`, while std on {} decodes `{}` as `{}`.",
                    code_kind(code).name(),
                    platform.name(),
                    code.native(platform).map_or("", |n| n.symbol.as_str()),
                    std_kind_label(host),
                    name = code.name,
                )
            })
        })
        .collect();
    if !differences.is_empty() {
        lines.extend([
            String::new(),
            "So on a host whose std decodes a code's value differently,".to_string(),
            "`io::Error::from(code).kind()` (std's decoding of the host's number) is not"
                .to_string(),
            "always `code.kind()`:".to_string(),
            String::new(),
        ]);
        lines.extend(differences);
    }
    doc(&lines)
}

/// How the rustdoc names the kind std gives a value with no specific kind.
fn std_kind_label(kind: IoKind) -> &'static str {
    match kind {
        IoKind::Other => "Uncategorized",
        kind => kind.name(),
    }
}

fn kind_expression(kind: IoKind) -> TokenStream {
    let platform_type = ident(generated_names::PLATFORM);
    match kind {
        IoKind::Stable(name) => {
            let name = ident(name);
            quote!(std::io::ErrorKind::#name)
        }
        IoKind::Unstable(_, platform, value) => {
            let platform = ident(platform.name());
            let value = Literal::i32_unsuffixed(value);
            quote!(host_kind(#platform_type::#platform, #value))
        }
        IoKind::Other => quote!(std::io::ErrorKind::Other),
    }
}

fn variant_doc(catalogue: &Catalogue, code: &Code) -> TokenStream {
    // The summary alone first: rustdoc's lists show a variant's first paragraph.
    let mut lines = vec![
        escape_markdown(&code.summary),
        String::new(),
        format!("`{}`: {}", code.full_name, escape_markdown(&code.en.text)),
        String::new(),
    ];
    lines.extend(code.zh.lines().map(escape_markdown));
    lines.push(String::new());
    lines.push(escape_markdown(&code.zh_explanation.text));
    lines.push(String::new());
    let operations: Vec<String> = code
        .operations
        .iter()
        .map(|&id| format!("`{}`", catalogue.operations[id].name))
        .collect();
    lines.push(format!("- Operations: {}", operations.join(", ")));
    for platform in Platform::ALL {
        let line = match code.native(platform) {
            Some(native) => {
                let alias = native
                    .alias_of
                    .map(|id| {
                        let target = &catalogue.codes[id].name;
                        format!(" (decodes as [`{target}`](Self::{target}))")
                    })
                    .unwrap_or_default();
                format!(
                    "- {}: `{}` = {}{alias}: \"{}\"",
                    platform.name(),
                    native.symbol,
                    native.value,
                    escape_markdown(&native.message)
                )
            }
            None => format!("- {}: not reported", platform.name()),
        };
        lines.push(line);
    }
    lines.push(format!(
        "- References: {}",
        reference_links(&code.references)
    ));
    if let Some(site) = &catalogue.site_url {
        let pages: Vec<String> = LANGUAGES
            .iter()
            .map(|language| {
                format!(
                    "[{}]({site}/{})",
                    language.own_name,
                    site::code_page(language.tag, code)
                )
            })
            .collect();
        lines.push(format!("- On the docs site: {}", pages.join(", ")));
    }
    doc(&lines)
}
