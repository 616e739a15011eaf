// Declarations of the 'x509' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md.
import './certificates.js';
import './names.js';
import './extensions.js';
