/**
 * One slot's ad, from request to release: the provider is asked once the slot is within the fetch
 * margin (after the page's CMP, for the providers that wait: `consent-gate.ts`), renders once
 * within the render margin, refreshes when the refresh policy allows, and is destroyed when the
 * slot leaves the page or starts over. Every answer is checked against the run it belongs to (a
 * generation bumped on every stop), so a late answer for an old connection changes nothing. The
 * controller holds the slot's status and fires the request, render, viewable and error events; the
 * element renders the status and tells the controller what its observers saw. (Closures rather than
 * a class: the run's state minifies to local names.)
 */
import { describeValue, warnOnce } from '../../internal/warn.js';
import { SabbaAdErrorEvent, SabbaAdRenderEvent, SabbaAdRequestEvent, SabbaAdViewableEvent } from './ad-slot.events.js';
import type { SabbaAdSlot } from './ad-slot.js';
import { consentAllows, lateDecisionAllows, type ConsentVerdict } from './consent-gate.js';
import type { LazyMarginsController } from './lazy-margins-controller.js';
import { parseTimeout } from './load-options.js';
import {
  EMPTY_OUTCOME,
  withTimeout,
  type AdProvider,
  type AdSlotContext,
  type RenderOutcome,
} from './providers/provider.js';
import { adProviderFactory } from './providers/registry.js';
import type { RefreshController } from './refresh-controller.js';
import { AdFailure, type AdFailureReason } from './script-loader.js';
import type { ViewabilityController } from './viewability-controller.js';

/** Where the slot is in its life; mirrored as custom states for styling. */
export type SlotStatus = 'idle' | 'loading' | 'filled' | 'empty' | 'error';

/** What the slot gives its run. */
export interface ProviderRunOptions {
  /** Tells when the slot is within the render margin. */
  readonly margins: LazyMarginsController;
  /** Measures each rendered creative's impression. */
  readonly viewability: ViewabilityController;
  /** Decides when a shown creative may be refreshed. */
  readonly refresher: RefreshController;
  /** What provider `name` may read about the slot; `undefined` when no ad is shown at this viewport width. */
  readonly context: (name: string, reportViewable: () => void) => AdSlotContext | undefined;
}

/** The run's state, which the element renders, and what the element tells it. */
export interface ProviderRun {
  /** Where the slot is in its life. */
  readonly status: SlotStatus;
  /** The last failure was a request blocked before reaching a server. */
  readonly blocked: boolean;
  /** The current impression has been counted as viewable. */
  readonly viewable: boolean;
  /** An empty or failed slot collapsed while off-screen (it stays so: reopening would shift the page). */
  readonly collapsed: boolean;
  /** The slot came within the fetch margin: request, then render once within the render margin. */
  start(): Promise<void>;
  /** Counts the current impression as viewable, once (our MRC tracker or the ad network's own count). */
  markViewable(): void;
  /** Collapses an empty or failed slot, but only while no part of it is on screen. */
  maybeCollapse(): void;
  /** Releases what the run started (disconnect, or the slot starts over); the next run starts with a new impression. */
  stop(): void;
}

/** The ad run of `host`, which the element drives; see the module comment. */
export function createProviderRun(host: SabbaAdSlot, options: ProviderRunOptions): ProviderRun {
  const { margins, viewability, refresher } = options;
  let provider: AdProvider | undefined;
  let name = '';
  let impression = 0;
  /** Bumped on every stop so answers arriving for an old connection are ignored. */
  let generation = 0;
  const run = {
    status: 'idle' as SlotStatus,
    blocked: false,
    viewable: false,
    collapsed: false,
    start,
    markViewable,
    maybeCollapse,
    stop,
  };

  /** `verdict`: the consent already known (a late decision), instead of asking the CMP. */
  async function start(verdict?: ConsentVerdict): Promise<void> {
    if (run.status !== 'idle') return;
    const wanted = host.provider.trim().toLowerCase();
    if (wanted === 'none' || wanted === '') return;
    const factory = adProviderFactory(wanted);
    if (factory === undefined) {
      warnOnce(
        `<sabba-ad-slot> provider=${describeValue(host.provider)} is not gpt, adsense, html, none or a registered provider; only the placeholder is shown.`,
      );
      return;
    }
    const current = generation;
    const context = options.context(wanted, () => {
      if (current === generation) markViewable();
    });
    if (context === undefined) return;
    run.status = 'loading';
    host.requestUpdate();
    name = wanted;
    try {
      // Our own requests wait for the page's CMP (consent-gate.ts); none means an empty slot.
      const consent = verdict ?? (await consentAllows(host, wanted));
      if (current !== generation) return;
      if (consent !== 'allowed') {
        rendered(EMPTY_OUTCOME);
        if (consent === 'undecided') void startOnLateConsent(current);
        return;
      }
      host.dispatchEvent(new SabbaAdRequestEvent({ provider: wanted, refresh: false }));
      const created = factory(context);
      provider = created;
      await withTimeout(created.request(), context.timeout, `provider "${wanted}"`);
      if (!margins.nearRender) await margins.untilNearRender();
      if (current !== generation) return;
      const outcome = await withTimeout(created.render(), context.timeout, `provider "${wanted}"`);
      if (current !== generation) return;
      rendered(outcome);
    } catch (error) {
      if (current !== generation) return;
      failed(error);
    }
  }

  /**
   * The reader had not decided by `consent-timeout`: if they accept later, the creative loads in
   * the box the empty slot kept (not once it collapsed: reopening it would move the page).
   */
  async function startOnLateConsent(current: number): Promise<void> {
    const allowed = await lateDecisionAllows(host);
    if (!allowed || current !== generation || run.status !== 'empty' || run.collapsed) return;
    run.status = 'idle';
    await start('allowed');
  }

  function rendered(outcome: RenderOutcome): void {
    const detail = outcome.empty
      ? { empty: true, width: 0, height: 0, ...(outcome.declined === true && { declined: true as const }) }
      : { empty: false, width: Math.max(0, outcome.width), height: Math.max(0, outcome.height) };
    run.status = detail.empty ? 'empty' : 'filled';
    host.requestUpdate();
    host.dispatchEvent(new SabbaAdRenderEvent(detail));
    if (detail.empty) {
      maybeCollapse();
      return;
    }
    run.viewable = false;
    if (viewability.begin(detail.width, detail.height)) startRefreshing();
    refresher.rendered(outcome);
  }

  function failed(error: unknown): void {
    const reason: AdFailureReason = error instanceof AdFailure ? error.reason : 'error';
    if (!(error instanceof AdFailure)) {
      warnOnce(`<sabba-ad-slot> provider "${name}" failed: ${String(error)}`);
    }
    run.status = 'error';
    run.blocked = reason === 'blocked';
    host.requestUpdate();
    host.dispatchEvent(new SabbaAdErrorEvent({ reason }));
    maybeCollapse();
  }

  function startRefreshing(): void {
    if (provider?.refresh === undefined) {
      if (host.refresh > 0) warnOnce(`<sabba-ad-slot> provider "${name}" cannot refresh; refresh was ignored.`);
      return;
    }
    const current = generation;
    refresher.start(() => {
      void refreshAd(current);
    });
  }

  async function refreshAd(current: number): Promise<void> {
    const shown = provider;
    if (shown?.refresh === undefined || current !== generation) return;
    impression += 1;
    refresher.beforeRefresh();
    host.dispatchEvent(new SabbaAdRequestEvent({ provider: name, refresh: true }));
    try {
      const outcome = await withTimeout(shown.refresh(), parseTimeout(host.timeout), `provider "${name}"`);
      if (current === generation) rendered(outcome);
    } catch (error) {
      if (current === generation) failed(error);
    }
  }

  function markViewable(): void {
    if (run.viewable || run.status !== 'filled') return;
    run.viewable = true;
    host.requestUpdate();
    refresher.viewable();
    host.dispatchEvent(new SabbaAdViewableEvent({ impression }));
  }

  function maybeCollapse(): void {
    if (host.collapse !== 'offscreen' || margins.onScreen !== false) return;
    if ((run.status === 'empty' || run.status === 'error') && !run.collapsed) {
      run.collapsed = true;
      host.requestUpdate();
    }
  }

  function stop(): void {
    generation += 1;
    refresher.stop();
    try {
      provider?.destroy();
    } catch (error) {
      warnOnce(`<sabba-ad-slot> provider "${name}" threw on destroy: ${String(error)}`);
    }
    provider = undefined;
    impression = 0;
    // blocked, viewable and collapsed are only ever set beside a status other than idle
    if (run.status === 'idle') return;
    run.status = 'idle';
    run.blocked = run.viewable = run.collapsed = false;
    host.requestUpdate();
  }

  return run;
}
