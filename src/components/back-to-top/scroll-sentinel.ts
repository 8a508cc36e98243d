/**
 * The 1 px marker at the top of a scrolling box that `ScrollThresholdController` observes.
 *
 * Where it lives, and why:
 * - For the page it is appended to `<body>`, absolutely positioned at the top of the initial
 *   containing block, so it scrolls with the document whatever the page's layout is (flex or grid
 *   bodies ignore absolutely positioned children; nothing is pushed or resized).
 * - For a `scroll-container` it is appended inside the container, so it scrolls with the
 *   container's content. An absolutely positioned child only scrolls with a container that is its
 *   containing block, so a `position: static` container gets `position: relative` (restored on
 *   release) and a console note; that changes nothing visible unless the container has absolutely
 *   positioned descendants that relied on an outer containing block.
 * - Its styles are set through the CSSOM with `!important` (allowed under a strict CSP, and
 *   stronger than page rules such as `body > * { position: relative }`), it is `aria-hidden`,
 *   invisible, inert to the pointer, and uses an unknown custom tag name no page rule targets.
 */
import { warnOnce } from '../../internal/warn.js';

/** The tag name of the marker (never defined as a custom element). */
export const SENTINEL_TAG = 'sabba-back-to-top-sentinel';

const SENTINEL_STYLES: Readonly<Record<string, string>> = {
  display: 'block',
  position: 'absolute',
  'inset-block-start': '0',
  'inset-inline-start': '0',
  'inline-size': '1px',
  'block-size': '1px',
  margin: '0',
  padding: '0',
  border: '0',
  visibility: 'hidden',
  'pointer-events': 'none',
  contain: 'strict',
};

/** A placed marker and the way to take it (and any change it made) back. */
export interface PlacedSentinel {
  readonly element: HTMLElement;
  /** Removes the marker and restores the container's `position` if it was changed. */
  release(): void;
}

/** Puts a marker at the top of `container`, or of the page when `container` is null. */
export function placeSentinel(doc: Document, container: HTMLElement | null): PlacedSentinel {
  const element = doc.createElement(SENTINEL_TAG);
  element.setAttribute('aria-hidden', 'true');
  for (const [name, value] of Object.entries(SENTINEL_STYLES)) element.style.setProperty(name, value, 'important');

  let restorePosition: (() => void) | undefined;
  if (container !== null && doc.defaultView?.getComputedStyle(container).position === 'static') {
    // Read once when the element connects, never while scrolling.
    const previous = container.style.getPropertyValue('position');
    const priority = container.style.getPropertyPriority('position');
    container.style.setProperty('position', 'relative');
    restorePosition = () => {
      container.style.setProperty('position', previous, priority);
    };
    warnOnce(
      'The <sabba-back-to-top> scroll-container had position: static; it was given position: relative so ' +
        'the scroll marker moves with its content. Set a position on the container to silence this note.',
    );
  }

  // `body` is typed as always present, but a document being built by script may lack one.
  (container ?? doc.querySelector('body') ?? doc.documentElement).append(element);
  return {
    element,
    release(): void {
      element.remove();
      restorePosition?.();
    },
  };
}
