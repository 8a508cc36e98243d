import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssProperties({ '--x': '1' })}`: sets custom properties through the CSSOM
 * (`style.setProperty`) on every render, the first one included.
 *
 * Lit's `styleMap` writes its first render as a `style="…"` attribute string, which a page's
 * `style-src` without `'unsafe-inline'` blocks (a `style-src-attr` violation, and the value is
 * lost). CSSOM writes are not governed by CSP, so this works under the strictest policy.
 */
class CssPropertiesDirective extends Directive {
  private names = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('cssProperties() belongs in a style attribute binding.');
    }
  }

  /** The properties are applied in update(), which always runs in the browser. */
  render(properties: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
    return properties;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element;
    for (const name of this.names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.names = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
