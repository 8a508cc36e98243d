/** Where the reservation's CSS lives: an adopted sheet, or a `<style>` where those are missing. */
export type ReservationHolder = CSSStyleSheet | HTMLStyleElement;

/**
 * Writes the slot's size reservation into its shadow root: media queries pick the reserved box, so
 * the height is right at the first paint and after every resize, before and without any ad script.
 * Pass the holder it returned last time; the first call creates and adopts it.
 */
export function writeReservation(root: ShadowRoot, css: string, holder?: ReservationHolder): ReservationHolder {
  if (holder === undefined) {
    if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
      holder = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, holder];
    } else {
      // Engines without constructable stylesheets (Safari before 16.4): a <style> element,
      // carrying the page's `litNonce` as Lit's own styles do there, so a strict style-src allows it.
      holder = document.createElement('style');
      const nonce = (globalThis as { litNonce?: unknown }).litNonce;
      if (typeof nonce === 'string') holder.setAttribute('nonce', nonce);
      root.append(holder);
    }
  }
  if (holder instanceof CSSStyleSheet) holder.replaceSync(css);
  else holder.textContent = css;
  return holder;
}
