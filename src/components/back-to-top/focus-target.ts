/**
 * Where focus goes after jumping to the top, so the next Tab continues from the top of the page
 * instead of from the bottom-corner button (WCAG 2.4.3; vanilla-back-to-top#19, VA.gov#25018).
 */
import { describeValue, warnOnce } from '../../internal/warn.js';

/** The default targets, best first: the main heading, then the main landmark. */
const DEFAULT_SELECTORS = [':is(main, [role="main"]) h1', 'article h1', 'main, [role="main"]'] as const;

/** A root that can be searched: the document, a shadow root or a scroll container. */
type SearchRoot = Pick<ParentNode, 'querySelector'>;

/**
 * Finds the element to focus: the page's `focus-target` selector when it matches, else the main
 * heading, else `main`, else `fallback` (the scroll container, or `<body>`). A selector that does
 * not parse or matches nothing is reported once and skipped, never thrown.
 */
export function findFocusTarget(roots: readonly SearchRoot[], selector: string, fallback: HTMLElement): HTMLElement {
  const wanted = selector.trim();
  if (wanted !== '') {
    const match = queryFirst(roots, wanted);
    if (match === 'invalid') {
      warnOnce(
        `<sabba-back-to-top> focus-target ${describeValue(selector)} is not a valid CSS selector; using the main heading.`,
      );
    } else if (match === null) {
      warnOnce(`<sabba-back-to-top> focus-target ${describeValue(selector)} matches nothing; using the main heading.`);
    } else {
      return match;
    }
  }
  for (const candidate of DEFAULT_SELECTORS) {
    const match = queryFirst(roots, candidate);
    if (match instanceof HTMLElement) return match;
  }
  return fallback;
}

function queryFirst(roots: readonly SearchRoot[], selector: string): HTMLElement | null | 'invalid' {
  for (const root of roots) {
    let match: Element | null;
    try {
      match = root.querySelector(selector);
    } catch {
      return 'invalid';
    }
    if (match instanceof HTMLElement) return match;
  }
  return null;
}

/**
 * Focuses `target` without scrolling (the page is already on its way to the top). An element that
 * is not focusable gets `tabindex="-1"` only for as long as it holds focus, so the page is left
 * as it was once the reader moves on.
 */
export function focusWithoutScrolling(target: HTMLElement): boolean {
  target.focus({ preventScroll: true });
  if (hasFocus(target)) return true;
  if (target.hasAttribute('tabindex')) return false;
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  if (!hasFocus(target)) {
    target.removeAttribute('tabindex');
    return false;
  }
  target.addEventListener(
    'blur',
    () => {
      target.removeAttribute('tabindex');
    },
    { once: true },
  );
  return true;
}

function hasFocus(target: HTMLElement): boolean {
  const root = target.getRootNode() as Document | ShadowRoot;
  return root.activeElement === target;
}
