// Declarations of the 'xml' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md.
export {};
