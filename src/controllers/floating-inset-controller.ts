import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The CSS custom property set on `<html>`: the height of everything fixed to the bottom of the
 * viewport by our elements together (a bottom anchor ad, the adblock banner). Floating widgets
 * (back-to-top, a site's own chat button) add it to their bottom offset.
 */
export const FLOATING_INSET_PROPERTY = '--sabba-floating-inset-block-end';

/** Set on each contributor's host: the height of the contributors beneath it, so it sits above them. */
export const FLOATING_BELOW_PROPERTY = '--_sabba-floating-below';

/** Where a contributor sits in the stack: lower layers are nearer the bottom edge. */
export const FloatingLayer = {
  /** A bottom anchor ad: GPT pins it to the very bottom of the viewport. */
  anchor: 0,
  /** The adblock notice's bar, above any anchor. */
  banner: 10,
} as const;

/** One measured bar fixed to the bottom edge. */
interface Contributor {
  readonly layer: number;
  readonly host: HTMLElement;
  readonly sizeProperty: string | undefined;
  size: number;
}

/**
 * Every contributor on the page, kept on the document under a registered symbol: two copies of
 * the library on one page (the npm build and the CDN drop-in) still share one stack.
 */
const REGISTRY = Symbol.for('sabba.floating-insets');

function registry(): Set<Contributor> {
  const holder = document as unknown as Record<symbol, Set<Contributor> | undefined>;
  return (holder[REGISTRY] ??= new Set());
}

/**
 * Sums the contributors, bottom layer first: each host learns the height beneath it
 * ({@link FLOATING_BELOW_PROPERTY}) and its own height (its `sizeProperty`, for a page-end
 * spacer); `<html>` gets the total, or loses the property when nothing is open.
 */
function publish(): void {
  const list = [...registry()].sort((a, b) => a.layer - b.layer);
  let below = 0;
  for (const contributor of list) {
    contributor.host.style.setProperty(FLOATING_BELOW_PROPERTY, `${below}px`);
    if (contributor.sizeProperty !== undefined)
      contributor.host.style.setProperty(contributor.sizeProperty, `${contributor.size}px`);
    below += contributor.size;
  }
  const root = document.documentElement.style;
  if (below > 0) root.setProperty(FLOATING_INSET_PROPERTY, `${below}px`);
  else root.removeProperty(FLOATING_INSET_PROPERTY);
}

/** How a host takes part in the stack. */
export interface FloatingInsetOptions {
  /** Its place in the stack ({@link FloatingLayer}). */
  layer: number;
  /** A custom property set on the host with its own height in px (its page-end spacer reads it). */
  sizeProperty?: string;
}

/**
 * Publishes the height of a bar fixed to the bottom of the viewport so that nothing of ours
 * overlaps: bars stack by layer (each host gets the height beneath it), floating widgets move
 * above the total, and each host can give the page's end the same room with a spacer. Takes its
 * share back when the bar closes or the host leaves the page. A plain ResizeObserver:
 * `@lit-labs/observers`' ResizeController brings Lit's async-directive code with it.
 */
export class FloatingInsetController implements ReactiveController {
  private readonly host: HTMLElement;
  private readonly options: FloatingInsetOptions;
  private observer: ResizeObserver | undefined;
  private contributor: Contributor | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FloatingInsetOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /**
   * Starts measuring `bar` (nothing while it already measures). A bar whose height is known
   * before layout passes it as `expected`: published at once, in the same task, floating widgets
   * are laid out above it from their first frame instead of sliding up (a layout shift) once the
   * observer reports.
   */
  measure(bar: HTMLElement, expected?: number): void {
    if (this.observer !== undefined) return;
    this.observer = new ResizeObserver((entries) => {
      this.update(entries.at(-1)?.borderBoxSize[0]?.blockSize ?? bar.getBoundingClientRect().height);
    });
    this.observer.observe(bar);
    if (expected !== undefined) this.update(expected);
  }

  /** Stops measuring and takes back the inset it published. */
  release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    const contributor = this.contributor;
    if (contributor === undefined) return;
    this.contributor = undefined;
    registry().delete(contributor);
    contributor.host.style.removeProperty(FLOATING_BELOW_PROPERTY);
    if (contributor.sizeProperty !== undefined) contributor.host.style.removeProperty(contributor.sizeProperty);
    publish();
  }

  hostDisconnected(): void {
    this.release();
  }

  /** Records the bar's height and republishes the stack. */
  private update(size: number): void {
    this.contributor ??= {
      layer: this.options.layer,
      host: this.host,
      sizeProperty: this.options.sizeProperty,
      size: 0,
    };
    this.contributor.size = Math.ceil(size);
    registry().add(this.contributor);
    publish();
  }
}
