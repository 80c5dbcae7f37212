//! The `resolve` stage: turns a checked spec into the `Catalogue` every renderer reads.
//!
//! Only a [`Checked`] spec gets here, so nothing can be missing or out of
//! range: every name the check verified is looked up in a table built from
//! the same spec, and a value the check bounded is converted exactly. There
//! is no error path; a failed look-up here would be a bug in `check`.

use std::collections::BTreeMap;

use crate::catalogue::{
    Catalogue, Code, CodeId, CrateInfo, Explanation, MessageSource, Native, Operation, OperationId,
    Reference,
};
use crate::check::Checked;
use crate::license;
use crate::names::pascal_case;
use crate::platform::Platform;
use crate::spec::{ExplanationSpec, NativeSpec};

/// The catalogue of a checked spec.
pub fn resolve(checked: Checked<'_>) -> Catalogue {
    let spec = &checked.source().spec;
    let operation_ids: BTreeMap<&str, OperationId> = spec
        .operations
        .iter()
        .enumerate()
        .map(|(id, name)| (name.as_str(), id))
        .collect();
    let code_ids: BTreeMap<&str, CodeId> = spec
        .codes
        .iter()
        .enumerate()
        .map(|(id, code)| (code.name.as_str(), id))
        .collect();
    let native = |native: &NativeSpec| Native {
        symbol: native.symbol.clone(),
        value: checked_value(native.value),
        alias_of: native.alias_of.as_deref().map(|name| code_ids[name]),
        message: native.message.clone(),
        message_zh: native.message_zh.clone(),
    };
    let codes = spec
        .codes
        .iter()
        .map(|code| Code {
            name: code.name.clone(),
            full_name: format!("{}{}", spec.prefix, code.name),
            summary: code.summary.clone(),
            operations: code
                .operations
                .iter()
                .map(|name| operation_ids[name.as_str()])
                .collect(),
            natives: Platform::ALL
                .into_iter()
                .filter_map(|platform| Some((platform, native(code.native(platform)?))))
                .collect(),
            std_errc: code.std_errc.clone(),
            zh: code.zh.clone(),
            en: explanation(&code.en),
            zh_explanation: explanation(&code.zh_explanation),
            references: code
                .references
                .iter()
                .map(|title| Reference {
                    title: title.clone(),
                    link: spec.references[title].clone(),
                })
                .collect(),
        })
        .collect();
    Catalogue {
        prefix: spec.prefix.clone(),
        krate: CrateInfo {
            name: spec.krate.name.clone(),
            version: spec.krate.version.clone(),
            description: spec.krate.description.clone(),
            license: license::find(&spec.krate.license)
                .expect("check accepts only licenses whose text the generator holds"),
            repository: spec.krate.repository.clone(),
            homepage: spec.krate.homepage.clone(),
            documentation: spec
                .krate
                .documentation
                .clone()
                .unwrap_or_else(|| format!("https://docs.rs/{}", spec.krate.name)),
        },
        site_url: spec
            .site
            .as_ref()
            .map(|site| site.url.trim_end_matches('/').to_string()),
        message_sources: Platform::ALL
            .into_iter()
            .filter_map(|platform| {
                let source = spec.message_sources.get(platform)?;
                Some((
                    platform,
                    MessageSource {
                        en: source.en.clone(),
                        zh: source.zh.clone(),
                    },
                ))
            })
            .collect(),
        operations: spec
            .operations
            .iter()
            .map(|name| Operation {
                name: name.clone(),
                variant: pascal_case(name),
            })
            .collect(),
        codes,
    }
}

/// An explanation's parts, with the causes of the platforms it gives.
fn explanation(spec: &ExplanationSpec) -> Explanation {
    Explanation::new(
        spec.happened.clone(),
        Platform::ALL
            .into_iter()
            .filter_map(|platform| Some((platform, spec.causes(platform)?.clone())))
            .collect(),
        spec.advice.clone(),
    )
}

/// A value the check has bounded to its platform's range; every range fits
/// an `i32` (a test in `platform` says so).
fn checked_value(value: i64) -> i32 {
    i32::try_from(value).expect("check bounds every value to its platform's range")
}
