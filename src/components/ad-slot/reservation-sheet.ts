/**
 * The slot's size reservation as a stylesheet of its shadow root: media queries pick the reserved
 * box, so the height is right at the first paint and after every resize, before and without any
 * ad script. The CSS is replaced whenever the size map changes.
 */
export class ReservationSheet {
  private sheet: CSSStyleSheet | undefined;
  /** The stand-in where adoptedStyleSheets is missing. */
  private style: HTMLStyleElement | undefined;

  /** Whether the CSS has been written into a shadow root yet. */
  get applied(): boolean {
    return this.sheet !== undefined || this.style !== undefined;
  }

  /** Writes `css` into `root`, adopting the sheet on first use. */
  apply(root: ShadowRoot, css: string): void {
    if (!('adoptedStyleSheets' in root) || !('replaceSync' in CSSStyleSheet.prototype)) {
      // Engines without constructable stylesheets (Safari before 16.4): a <style> element,
      // carrying the page's `litNonce` as Lit's own styles do there, so a strict style-src allows it.
      if (this.style === undefined) {
        this.style = document.createElement('style');
        const nonce = (globalThis as { litNonce?: unknown }).litNonce;
        if (typeof nonce === 'string') this.style.setAttribute('nonce', nonce);
        root.append(this.style);
      }
      this.style.textContent = css;
      return;
    }
    if (this.sheet === undefined) {
      this.sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
  }
}
