/**
 * Where a CMP lives when our script runs in an iframe: its stub adds a locator frame to the top
 * page, and scripts in iframes find the window that holds it by name.
 */

/**
 * The frames a CMP's stub adds to the top page so that scripts in iframes find it: they then talk
 * to it with `postMessage` (`__tcfapiCall` / `__gppCall`), as the IAB's specifications define.
 */
export const LOCATOR_FRAMES = { tcf: '__tcfapiLocator', gpp: '__gppLocator' } as const;

/**
 * The window that holds the CMP's locator frame `name`: `win` or one of its ancestors (an ad
 * server's frame, a portal's embed), or `undefined`. An ancestor of another origin still lets its
 * child frames be found by name; one that throws is passed over.
 */
export function locatorWindow(win: Window, name: string): Window | undefined {
  let frame: Window = win;
  for (let depth = 0; depth < 16; depth += 1) {
    try {
      if ((frame.frames as unknown as Record<string, unknown>)[name]) return frame;
    } catch {
      // A cross-origin ancestor that refuses even named access: look further up.
    }
    if (frame === win.top || frame.parent === frame) return undefined;
    frame = frame.parent;
  }
  return undefined;
}
