// Importing this module registers every type of the model (declarations register themselves).
// Order does not matter: members are resolved on first use.
import './system/object.js';
import './system/primitives.js';
import './system/interfaces.js';
import './system/delegates.js';
import './system/exceptions.js';
// Extends types declared above.
import './system/object-members.js';
import './system/forbidden.js';
import './collections/index.js';
import './text/index.js';
import './time/index.js';
import './json/index.js';
import './web/index.js';
import './xml/index.js';
import './apim/index.js';
import './x509/index.js';
