// Declarations of the 'time' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md. `convert.js` extends `System.Convert`, which the
// text area declares: it must be imported after the text area's declarations.
import './enums.js';
import './time-span.js';
import './date-time.js';
import './date-time-offset.js';
import './time-zone-info.js';
import './time-zone.js';
import './convert.js';
