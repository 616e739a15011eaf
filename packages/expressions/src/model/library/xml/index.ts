// Declarations of the 'xml' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md.
import './enums.js';
import './names.js';
import './nodes.js';
import './element.js';
import './document.js';
import './attribute.js';
import './leaf-nodes.js';
import './extensions.js';
import './apim-helpers.js';
