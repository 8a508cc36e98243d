// Plays an engine without constructable stylesheets (Safari before 16.4, old WebViews): Lit then
// writes each element's styles into a <style> element, which `style-src` must allow by nonce.
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
