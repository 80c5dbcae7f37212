//! Renders the C++ header (`c/wmkc_net_err.hpp`): the codes as
//! `std::error_code` conditions, one `enum class errc` for every host, and a
//! category that says which host values match each.
//!
//! `CxxHeader` is the view model and `xtask/templates/cxx-header.hpp` the
//! C++11 it fills in. The header includes the C header and builds on its
//! macros (a code's host value) and lookups (`wmkc_net_err_at`, for the
//! texts); only data comes from here: the enumerators, each host's codes,
//! and the `std::errc` of each code from the spec. Spec text reaches it only
//! through `c_string` and `c_comment`, as in the C header.

use askama::Template;

use crate::catalogue::Catalogue;
use crate::generated_names::{c as c_names, cxx as names};
use crate::platform::Platform;
use crate::render::banner::header_sentence;
use crate::render::c_header::comment_lines;
use crate::render::filters;

/// `(path under the output folder, contents)` of the header.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> (String, String) {
    let header = CxxHeader::new(catalogue, spec_label);
    let contents = header
        .render()
        .expect("the C++ header template cannot fail");
    (format!("c/{}", header.file), contents)
}

/// Everything `templates/cxx-header.hpp` shows.
#[derive(Template)]
#[template(path = "cxx-header.hpp", escape = "none")]
struct CxxHeader<'a> {
    /// The generated-file sentence, in a comment on the first line.
    banner: String,
    /// `wmkc_net_err.hpp`.
    file: String,
    /// `wmkc_net_err.h`, which it includes.
    c_file: String,
    /// `WMKC_NET_ERR_HPP_INCLUDED`.
    guard: String,
    /// `wmkc`, `net`: opened one by one, as C++11 needs.
    namespaces: Vec<String>,
    /// `wmkc::net`.
    qualified: String,
    /// What the category's `name()` returns (`wmkc.net`).
    category_name: String,
    /// `wmkc_net_err_`: the C header's functions and struct.
    functions: String,
    /// The overview, wrapped.
    description: Vec<String>,
    /// One per code, in spec order.
    enumerators: Vec<Enumerator<'a>>,
    /// The width of the declarations before their comments.
    declaration_width: usize,
    hosts: Vec<CxxHost<'a>>,
}

/// A code's condition.
struct Enumerator<'a> {
    /// `econnreset`.
    name: String,
    /// `econnreset = 16,`: its line before the comment; the value is the
    /// code's place in the spec, from 1 (0 would be "no error").
    declaration: String,
    /// `ECONNRESET`.
    code: &'a str,
    summary: &'a str,
    /// `connection_reset`, where C++ has one.
    std_errc: Option<&'a str>,
}

/// What one host's conditions match.
struct CxxHost<'a> {
    /// `#if defined(__linux__)` for the first platform, `#elif …` after it.
    opening: String,
    name: &'static str,
    /// The expression of the last socket failure's value (`errno`).
    last_error: &'static str,
    /// Whether `generic_category()` holds native values here.
    generic_is_native: bool,
    /// The codes reported here, in spec order: `(enumerator, C macro)`.
    codes: Vec<(String, String)>,
    /// The codes reported here that have a `std::errc`: `(enumerator, errc)`.
    standard_codes: Vec<(String, &'a str)>,
}

impl<'a> CxxHeader<'a> {
    fn new(catalogue: &'a Catalogue, spec_label: &str) -> Self {
        let prefix = catalogue.prefix.as_str();
        let enumerators: Vec<Enumerator<'a>> = catalogue
            .codes
            .iter()
            .enumerate()
            .map(|(index, code)| Enumerator {
                declaration: format!("{} = {},", names::enumerator(&code.name), index + 1),
                name: names::enumerator(&code.name),
                code: &code.name,
                summary: &code.summary,
                std_errc: code.std_errc.as_deref(),
            })
            .collect();
        let hosts = Platform::ALL
            .into_iter()
            .enumerate()
            .map(|(index, platform)| {
                let facts = platform.facts();
                let reported = || {
                    catalogue
                        .codes
                        .iter()
                        .filter(move |code| code.native(platform).is_some())
                };
                CxxHost {
                    opening: format!(
                        "{} {}",
                        if index == 0 { "#if" } else { "#elif" },
                        facts.c_host
                    ),
                    name: facts.name,
                    last_error: facts.c_last_error,
                    generic_is_native: facts.cxx_generic_is_native,
                    codes: reported()
                        .map(|code| (names::enumerator(&code.name), code.full_name.clone()))
                        .collect(),
                    standard_codes: reported()
                        .filter_map(|code| {
                            Some((names::enumerator(&code.name), code.std_errc.as_deref()?))
                        })
                        .collect(),
                }
            })
            .collect();
        let qualified = names::qualified_namespace(prefix);
        CxxHeader {
            banner: header_sentence(spec_label),
            file: names::header_file(prefix),
            c_file: c_names::header_file(prefix),
            guard: names::guard(prefix),
            namespaces: names::namespaces(prefix),
            category_name: names::category_name(prefix),
            functions: c_names::function_prefix(prefix),
            description: comment_lines(&format!(
                "{}: the codes of {}, as C++11 std::error_code conditions: {qualified}::errc, one enumerator per code on every host, in {qualified}::net_category(), whose conditions match the host's own values in std::system_category() (and std::generic_category()). It includes {} and builds on its macros and lookups.",
                names::header_file(prefix),
                c_names::header_file(prefix),
                c_names::header_file(prefix),
            )),
            declaration_width: enumerators
                .iter()
                .map(|enumerator| enumerator.declaration.len())
                .max()
                .unwrap_or(0),
            enumerators,
            hosts,
            qualified,
        }
    }

    /// The codes with no `std::errc`, for the `std_condition` switch.
    fn without_std_errc(&self) -> Vec<&Enumerator<'a>> {
        self.enumerators
            .iter()
            .filter(|enumerator| enumerator.std_errc.is_none())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::bundled_catalogue;

    /// The lines of `header` from the line `start` to the next line `end`.
    fn block<'h>(header: &'h str, start: &str, end: &str) -> Vec<&'h str> {
        header
            .lines()
            .skip_while(|line| *line != start)
            .skip(1)
            .take_while(|line| *line != end)
            .collect()
    }

    /// The enumerators named by `case errc::x:` lines.
    fn cases<'h>(lines: &[&'h str]) -> Vec<&'h str> {
        lines
            .iter()
            .filter_map(|line| line.trim().strip_prefix("case errc::")?.strip_suffix(':'))
            .collect()
    }

    #[test]
    fn every_code_is_an_enumerator_numbered_by_its_place() {
        let catalogue = bundled_catalogue();
        let (_, header) = render(&catalogue, "spec/net_errors.yaml");
        let enumerators: Vec<(String, usize)> = block(&header, "enum class errc {", "};")
            .iter()
            .map(|line| {
                let (name, rest) = line.trim().split_once(" = ").expect("name = value");
                let value = rest.split(',').next().expect("a value");
                (name.trim().to_string(), value.parse().expect("a number"))
            })
            .collect();
        let expected: Vec<(String, usize)> = catalogue
            .codes
            .iter()
            .enumerate()
            .map(|(index, code)| (code.name.to_ascii_lowercase(), index + 1))
            .collect();
        assert_eq!(enumerators, expected);
    }

    #[test]
    fn each_host_matches_exactly_the_codes_it_reports() {
        let catalogue = bundled_catalogue();
        let (_, header) = render(&catalogue, "spec/net_errors.yaml");
        let system = block(
            &header,
            "inline bool is_system_value(int value, int condition) noexcept",
            "}",
        );
        let linux = block(
            &system.join("\n"),
            "#if defined(__linux__)",
            "#elif defined(_WIN32)",
        )
        .join("\n");
        let windows = block(&system.join("\n"), "#elif defined(_WIN32)", "#endif").join("\n");
        for (platform, lines) in [(Platform::Linux, &linux), (Platform::Windows, &windows)] {
            let reported: Vec<String> = catalogue
                .codes
                .iter()
                .filter(|code| code.native(platform).is_some())
                .map(|code| code.name.to_ascii_lowercase())
                .collect();
            let lines: Vec<&str> = lines.lines().collect();
            assert_eq!(cases(&lines), reported, "{platform:?}");
            for code in catalogue
                .codes
                .iter()
                .filter(|code| code.native(platform).is_some())
            {
                assert!(
                    lines
                        .contains(&format!("        return value == {};", code.full_name).as_str()),
                    "{platform:?}: {} compares with its macro",
                    code.name
                );
            }
        }
    }

    #[test]
    fn std_condition_covers_every_code_once_with_its_std_errc() {
        let catalogue = bundled_catalogue();
        let (_, header) = render(&catalogue, "spec/net_errors.yaml");
        let lines = block(
            &header,
            "inline std::error_condition std_condition(errc condition) noexcept",
            "}",
        );
        let mut covered = cases(&lines);
        covered.sort_unstable();
        let mut all: Vec<String> = catalogue
            .codes
            .iter()
            .map(|code| code.name.to_ascii_lowercase())
            .collect();
        all.sort_unstable();
        assert_eq!(
            covered, all,
            "one case per enumerator, so -Wswitch sees them all"
        );
        for code in &catalogue.codes {
            let returns = lines.iter().any(|line| {
                code.std_errc.as_deref().is_some_and(|errc| {
                    *line == format!("        return std::make_error_condition(std::errc::{errc});")
                })
            });
            assert_eq!(returns, code.std_errc.is_some(), "{}", code.name);
        }
    }

    #[test]
    fn the_header_is_ascii_outside_its_comments() {
        let (_, header) = render(&bundled_catalogue(), "spec/net_errors.yaml");
        let mut in_comment = false;
        for line in header.lines() {
            let code = if in_comment {
                ""
            } else {
                line.split("/*").next().unwrap_or(line)
            };
            assert!(code.is_ascii(), "{line}");
            in_comment = (in_comment || line.contains("/*")) && !line.contains("*/");
        }
    }
}
