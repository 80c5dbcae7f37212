// @generated from spec/net_errors.yaml by `cargo xtask gen`. Do not edit: change the spec and run `cargo xtask gen`.

// Hand-written part of the generated crate: `cargo xtask gen` copies this file
// from xtask/crate-source/ as it stands, behind the generated header.

use std::fmt;

/// A platform whose socket calls report these codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    /// Linux: codes are errno values.
    Linux,
    /// Windows: codes are Winsock (`WSA*`) values.
    Windows,
}

impl Platform {
    /// Both platforms.
    pub const ALL: &'static [Platform] = &[Platform::Linux, Platform::Windows];

    /// `Linux` or `Windows`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Platform::Linux => "Linux",
            Platform::Windows => "Windows",
        }
    }

    /// The platform whose numbers this host's OS errors use, if it is one of them:
    /// `Linux` on Linux (and Android) architectures with the generic errno
    /// numbering, `Windows` on Windows, `None` elsewhere.
    #[must_use]
    pub const fn host() -> Option<Platform> {
        // The generic errno numbers (asm-generic/errno*.h) are the spec's. alpha,
        // mips, sparc and parisc number errno their own way: they get `None`,
        // so that no number is ever decoded as the wrong code.
        if cfg!(all(
            any(target_os = "linux", target_os = "android"),
            any(
                target_arch = "x86",
                target_arch = "x86_64",
                target_arch = "arm",
                target_arch = "aarch64",
                target_arch = "riscv32",
                target_arch = "riscv64",
                target_arch = "loongarch64",
                target_arch = "s390x",
                target_arch = "powerpc",
                target_arch = "powerpc64",
                target_arch = "m68k",
                target_arch = "csky",
                target_arch = "hexagon"
            )
        )) {
            Some(Platform::Linux)
        } else if cfg!(windows) {
            Some(Platform::Windows)
        } else {
            None
        }
    }
}

/// `Linux` or `Windows`.
impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
