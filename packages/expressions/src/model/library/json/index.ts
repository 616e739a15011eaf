// Declarations of the 'json' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md.
import './enums.js';
import './j-token.js';
import './containers.js';
import './j-value.js';
import './extensions.js';
import './json-convert.js';
import './object-contract.js';
