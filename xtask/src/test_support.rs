//! What unit tests below the pipeline need from it: they cannot call up into
//! `pipeline` (which renders, so the modules under test would depend on
//! their own caller), so the bundled spec is read here, checked and resolved
//! as `pipeline::load_catalogue` does.

use std::path::Path;

use crate::catalogue::Catalogue;
use crate::spec::SpecSource;

/// The bundled spec, `spec/net_errors.yaml`, resolved.
pub fn bundled_catalogue() -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/net_errors.yaml");
    let source = crate::spec::load(&path).expect("the bundled spec reads");
    checked(&source).expect("the bundled spec is valid")
}

/// A read spec, checked and resolved; its problems if it has any.
pub fn checked(source: &SpecSource) -> Result<Catalogue, Vec<crate::diagnostic::Diagnostic>> {
    crate::check::check(source).map(crate::resolve::resolve)
}
