/**
 * Keeps a scripted creative from taking the keyboard. A script in a cross-origin frame may call
 * `focus()` at any time, and keystrokes then go to the frame instead of the page's comment box;
 * neither the sandbox nor `inert` on the iframe stops that (tested in Chromium and Firefox).
 *
 * When focus lands in the frame and the reader did not move it there (a Tab key on the page, or
 * the mouse over the creative, the classic `mouseover` + `blur` pair pages can see), focus goes
 * back to the page element that had it. The browser moves focus first and reports it after, so
 * keys typed in those few milliseconds may still reach the frame: Firefox usually hands focus back
 * before the next key, Chromium (which runs the frame in another process) often loses one; see the README.
 */

/** How long after a Tab key on the page a focus move into the frame counts as the reader's. */
const TAB_GRACE_MS = 1000;

/** Starts guarding `frame`; returns the function that stops. */
export function guardCreativeFocus(frame: HTMLIFrameElement): () => void {
  let hovered = false;
  let tabbedAt = -Infinity;
  let previous: HTMLElement | undefined; // focus goes back here (focusing a removed node does nothing)

  const onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (target !== frame && target instanceof HTMLElement) previous = target;
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') tabbedAt = performance.now();
    // Typing on the page with the mouse resting on the ad: that hover is not a wish to use it.
    else hovered = false;
  };
  const onOver = (): void => {
    hovered = true;
  };
  const onOut = (): void => {
    hovered = false;
  };
  const onBlur = (): void => {
    // Firefox updates activeElement after `blur`, so look once the move is done.
    setTimeout(() => {
      if (document.activeElement !== frame || hovered || performance.now() - tabbedAt < TAB_GRACE_MS) return;
      window.focus();
      previous?.focus({ preventScroll: true });
    }, 0);
  };

  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('keydown', onKeyDown, true);
  frame.addEventListener('mouseover', onOver);
  frame.addEventListener('mouseout', onOut);
  window.addEventListener('blur', onBlur);
  return () => {
    document.removeEventListener('focusin', onFocusIn, true);
    document.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('blur', onBlur);
  };
}
