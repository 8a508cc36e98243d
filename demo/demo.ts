// The demo article loads the widgets from source, exactly as a page would load the drop-in script.
import '../src/sabba.js';
import './language-switch.js';
import './adblock-notice.js';
