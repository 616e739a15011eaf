// Declarations of the 'web' area of the runtime library register themselves when imported
// here. See docs/internals/runtime-library.md.
import './base64-formatting-options.js';
import './encoding.js';
import './crypto-hashing.js';
import './crypto-symmetric.js';
import './crypto-misc.js';
import './apim-encryption.js';
import './web-utility.js';
import './uri.js';
import './ip-address.js';
import './regex.js';
import './convert-base64.js';
