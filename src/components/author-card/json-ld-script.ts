import { render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * Creates a `<script type="application/ld+json">` holding `json`, written by the HTML parser.
 *
 * Why parsed rather than built: under `require-trusted-types-for 'script'`, Chromium and Firefox
 * check a script's text whenever it is inserted, whatever its type, and refuse (with a violation
 * report) any text set through the DOM (`text`, `textContent` or an appended Text node) without a
 * TrustedScript. Text the parser wrote is trusted. Lit parses its templates through its
 * `lit-html` policy, which the policy list in the README already allows, so no policy of our own
 * is needed. `json` must come from `serializeJsonLd` (every `<` escaped), so the markup can
 * hold nothing but this one script element.
 */
export function createJsonLdScript(json: string): HTMLScriptElement {
  const fragment = document.createDocumentFragment();
  render(unsafeHTML(`<script type="application/ld+json">${json}</script>`), fragment);
  return fragment.firstElementChild as HTMLScriptElement;
}
