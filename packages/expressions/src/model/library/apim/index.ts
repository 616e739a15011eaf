// Declarations of the 'apim' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md.
import './context.js';
import './entities.js';
import './extensions.js';
import './messages.js';
import './authorization.js';
