// Declarations of the 'collections' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md.
import './interfaces.js';
import './collection-interfaces.js';
import './array.js';
import './list.js';
import './dictionary.js';
import './hash-set.js';
import './queue-stack.js';
import './key-value-pair.js';
import './enumerable.js';
