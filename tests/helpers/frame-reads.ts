import sinon from 'sinon';

/**
 * Counts the layout reads (`getClientRects`, `checkVisibility`, `offsetWidth`, `offsetHeight`) made while the browser
 * runs a frame's animation callbacks and their promise continuations. There the page's changes
 * since the last frame are not laid out yet, so each read lays the page out on the spot, before
 * the frame would have done it anyway (a forced layout, issue 20); a read in a task after the
 * drawn frame finds the layout done.
 *
 * Every `requestAnimationFrame` callback is wrapped: the wrapper marks the frame and queues the
 * zero timeout that unmarks it before the callback runs, so that timeout precedes any timeout the
 * callback's continuations queue (timers of equal delay run in the order they were set).
 * Call before the code under test asks for its frames; `sinon.restore()` undoes it.
 */
export function watchReadsInFrames(): { readonly inFrame: number; readonly total: number } {
  const counts = { inFrame: 0, total: 0 };
  let inFrame = false;
  const native = window.requestAnimationFrame.bind(window);
  sinon.replace(window, 'requestAnimationFrame', (callback: FrameRequestCallback) =>
    native((time) => {
      inFrame = true;
      setTimeout(() => {
        inFrame = false;
      }, 0);
      callback(time);
    }),
  );
  const count = (): void => {
    counts.total += 1;
    if (inFrame) counts.inFrame += 1;
  };
  const rects = sinon.stub(Element.prototype, 'getClientRects').callsFake(function (this: Element) {
    count();
    return rects.wrappedMethod.call(this);
  });
  // Style alone, but inside a frame it works out the styles of what the page just changed.
  if (typeof Element.prototype.checkVisibility === 'function') {
    const visibility = sinon.stub(Element.prototype, 'checkVisibility').callsFake(function (
      this: Element,
      options?: CheckVisibilityOptions,
    ) {
      count();
      return visibility.wrappedMethod.call(this, options);
    });
  }
  for (const name of ['offsetWidth', 'offsetHeight'] as const) {
    const getter = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)!.get!;
    sinon.stub(HTMLElement.prototype, name).get(function (this: HTMLElement) {
      count();
      return getter.call(this) as number;
    });
  }
  return counts;
}
