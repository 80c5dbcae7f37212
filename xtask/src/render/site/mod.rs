//! The docs site (`cargo xtask site`): static HTML pages in English and
//! Chinese, one per code at a stable path, the whole catalogue per language,
//! a bilingual landing page, and a search that needs no server. Like every
//! renderer it reads the catalogue only; the writer puts the files in place.
//!
//! Every link is relative, and every asset (style, scripts, index) is a file
//! of the site: no CDN, web font or other host.
//!
//! Why our own pages and search rather than a site generator: the pages are
//! few and regular and their text is plain, so a generator would add a second
//! source format and a tool to install. mdBook's search does not index
//! Chinese; Pagefind's loads its index with `fetch` and WebAssembly, which
//! browsers refuse from `file://`, and ranks by word frequency, so `104` or
//! `ECONNRESET` can lose to a page that merely mentions them. Our index is one
//! script that sets a global (a `<script src>` works from `file://`): the
//! `wmkc-net-err-lookup` crate's `Index` of the catalogue, which the
//! `wmkc-net-err` command builds too, and `assets/search.js` is a port of
//! that crate's `search` (its rules: names, numbers in log forms, OS
//! messages, English and Chinese words, typos), so the site and the command
//! find the same codes in the same order. `crates/lookup/cases.json` is the
//! table both are tested with; `xtask/tests/search_parity.rs` compares the
//! two implementations query by query.
//!
//! A catalogue page's index can be put in another order than the document's
//! (by name, by a platform's values) by `assets/sort.js`: the page is whole
//! without it, in the document's order, and the order chosen lives in the
//! URL (`?sort=name`), never in the browser's storage.

mod pages;
pub mod search_index;

use askama::DynTemplate;

use crate::catalogue::{Catalogue, Code};
use crate::render::banner::{MARKER, SITE, header_sentence_for};
use crate::render::language::LANGUAGES;

use pages::{CataloguePage, CodePage, CodeView, LandingPage};

const STYLE: &str = include_str!("assets/site.css");
const SEARCH: &str = include_str!("assets/search.js");
const SORT: &str = include_str!("assets/sort.js");

/// The path of a code's page in a language, relative to the site's root:
/// `en/ECONNRESET.html`. These paths are the site's stable addresses.
pub fn code_page(language_tag: &str, code: &Code) -> String {
    format!("{language_tag}/{}.html", code.name)
}

/// Every file of the site: `(path relative to the site's root, contents)`, sorted by path.
pub fn render(catalogue: &Catalogue, spec_label: &str) -> Vec<(String, String)> {
    let header = header_sentence_for(spec_label, SITE);
    let html = |page: &dyn DynTemplate| {
        // Writing to a String fails only if a value's Display does, and
        // every value here is a string or a number.
        let body = page.dyn_render().expect("a page renders");
        // askama drops the template's final line break; the page keeps one.
        format!("<!-- {header} -->\n{body}\n")
    };
    let [en, _] = &LANGUAGES;
    let english = CodeView::all(catalogue, en);
    let mut files = vec![
        (
            "index.html".to_string(),
            html(&LandingPage::new(catalogue, &english)),
        ),
        (
            "assets/site.css".to_string(),
            format!("/* {header} */\n{STYLE}"),
        ),
        (
            "assets/search.js".to_string(),
            format!("// {header}\n{SEARCH}"),
        ),
        ("assets/sort.js".to_string(), format!("// {header}\n{SORT}")),
        (
            "assets/search-index.js".to_string(),
            format!("// {header}\n{}", search_index::script(catalogue)),
        ),
    ];
    for (index, language) in LANGUAGES.iter().enumerate() {
        let other = &LANGUAGES[(index + 1) % LANGUAGES.len()];
        let codes = CodeView::all(catalogue, language);
        files.push((
            format!("{}/index.html", language.tag),
            html(&CataloguePage::new(catalogue, &codes, language, other)),
        ));
        for (id, code) in catalogue.codes.iter().enumerate() {
            files.push((
                code_page(language.tag, code),
                html(&CodePage::new(
                    &codes,
                    id,
                    language,
                    other,
                    &code_page(other.tag, code),
                )),
            ));
        }
    }
    debug_assert!(files.iter().all(|(_, contents)| contents.contains(MARKER)));
    files.sort();
    files
}
