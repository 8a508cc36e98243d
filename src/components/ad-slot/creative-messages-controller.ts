/**
 * Listens for what a creative tells its slot with `postMessage`. One message is defined:
 *
 * ```js
 * // inside the creative (any frame nested in the slot: GPT's iframe, a SafeFrame, a third-party tag)
 * window.top.postMessage({ type: 'sabba-ad-no-refresh' }, '*');
 * ```
 *
 * It asks the slot never to refresh this creative (a sponsorship, a video that is still playing,
 * an advertiser who pays for a fixed placement). It holds until the creative is replaced by the
 * slot itself (a reload of the slot, not a refresh, which it has prevented). The string form
 * `'sabba-ad-no-refresh'` is accepted too, for ad servers that only pass strings.
 *
 * A message counts only when it comes from a frame inside this slot's creative container (its
 * window, or a window nested in it): a creative in another slot, or any other script on the
 * page, cannot stop this slot's refresh.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The `type` (or whole string) of the message a creative sends to keep itself. */
export const NO_REFRESH_MESSAGE = 'sabba-ad-no-refresh';

/** Frames are rarely nested deeper than this (GPT's iframe, a SafeFrame, an ad tag's own frame). */
const MAX_FRAME_DEPTH = 8;

/** Whether `data` is the no-refresh message, in either form. */
export function isNoRefreshMessage(data: unknown): boolean {
  if (data === NO_REFRESH_MESSAGE) return true;
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === NO_REFRESH_MESSAGE;
}

/** Whether `source` is the window of a frame inside `container`, or a window nested in one. */
export function comesFrom(container: Element, source: MessageEventSource | null): boolean {
  if (source === null || !('parent' in source)) return false;
  const frames = new Set<Window>();
  for (const frame of container.querySelectorAll('iframe'))
    if (frame.contentWindow !== null) frames.add(frame.contentWindow);
  let current: Window = source;
  // `parent` is one of the few properties readable across origins, so a cross-origin creative's
  // chain can be walked up to the frame the slot contains.
  for (let depth = 0; depth < MAX_FRAME_DEPTH; depth += 1) {
    if (frames.has(current)) return true;
    if (current.parent === current) return false;
    current = current.parent;
  }
  return false;
}

/** What the slot gives and hears. */
export interface CreativeMessagesOptions {
  /** The creative container whose frames may speak. */
  container: () => Element | undefined;
  /** A creative in this slot asked not to be refreshed. */
  onNoRefresh: () => void;
}

/** Hears the creatives' messages while the host is connected. */
export class CreativeMessagesController implements ReactiveController {
  private readonly handleMessage = (event: MessageEvent): void => {
    const container = this.options.container();
    if (container !== undefined && isNoRefreshMessage(event.data) && comesFrom(container, event.source))
      this.options.onNoRefresh();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: CreativeMessagesOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.handleMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.handleMessage);
  }
}
