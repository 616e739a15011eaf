// Declarations of the 'text' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md.
import './globalization.js';
import './numbers.js';
import './floating.js';
import './decimal.js';
import './boolean-char.js';
import './string-instance.js';
import './string-static.js';
import './string-builder.js';
import './math.js';
import './convert.js';
import './bit-converter.js';
import './random.js';
import './guid.js';
import './enum.js';
