//! The compiler: AST to code objects.
pub mod code;
pub mod opcode;
