import { expect, nextFrame } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { ELEMENTS } from './elements.js';

/**
 * Frameworks move elements around: a list re-sorts, a router keeps a view alive, a tab hides. An
 * element connected and disconnected 1,000 times must hold no more listeners, observers or timers
 * afterwards than after one cycle. The counters wrap the platform's own registration calls, so
 * they see Lit's controllers and the elements' own code alike.
 */

interface Counts {
  listeners: number;
  observed: number;
  timeouts: number;
  intervals: number;
}

/** Registered listeners by key, with their target (to tell the element's own nodes from the page's). */
const listeners = new Map<string, EventTarget>();
const keys = new WeakMap<object, number>();
let nextKey = 1;
const keyOf = (value: object): number => {
  let key = keys.get(value);
  if (key === undefined) {
    key = nextKey++;
    keys.set(value, key);
  }
  return key;
};
const capture = (options: boolean | EventListenerOptions | undefined): boolean =>
  typeof options === 'boolean' ? options : options?.capture === true;

const observed = new Map<object, Set<object>>();
const timeouts = new Set<number>();
const intervals = new Set<number>();
const restores: (() => void)[] = [];

function install(): void {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    if (
      listener !== null &&
      !(typeof options === 'object' && (options.once === true || options.signal !== undefined))
    ) {
      listeners.set(`${keyOf(this)}|${type}|${keyOf(listener)}|${String(capture(options))}`, this);
    }
    add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    if (listener !== null) listeners.delete(`${keyOf(this)}|${type}|${keyOf(listener)}|${String(capture(options))}`);
    remove.call(this, type, listener, options);
  };
  restores.push(() => {
    proto.addEventListener = add;
    proto.removeEventListener = remove;
  });

  for (const ctor of [IntersectionObserver, ResizeObserver, MutationObserver]) {
    const p = ctor.prototype as {
      observe(target: object, ...rest: unknown[]): void;
      unobserve?(target: object): void;
      disconnect(): void;
    };
    const { observe, disconnect } = p;
    const unobserve = p.unobserve;
    p.observe = function (this: object, target: object, ...rest: unknown[]) {
      let set = observed.get(this);
      if (set === undefined) observed.set(this, (set = new Set()));
      set.add(target);
      observe.call(this, target, ...rest);
    };
    p.disconnect = function (this: object) {
      observed.delete(this);
      disconnect.call(this);
    };
    if (unobserve !== undefined) {
      p.unobserve = function (this: object, target: object) {
        observed.get(this)?.delete(target);
        unobserve.call(this, target);
      };
    }
    restores.push(() => {
      p.observe = observe;
      p.disconnect = disconnect;
      if (unobserve !== undefined) p.unobserve = unobserve;
    });
  }

  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = st(
      (...inner: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      ms,
      ...args,
    );
    timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = si(handler, ms, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    ci(id);
  }) as typeof window.clearInterval;
  restores.push(() => Object.assign(window, { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci }));
}

/**
 * Listeners on the element itself or inside its shadow tree (Lit's `@click` bindings) live and die
 * with the element; a leak is a listener left on something that outlives it (window, document,
 * <html>, another element).
 */
let subject: Element | undefined;
const outside = (target: EventTarget): boolean =>
  subject === undefined ||
  !(target instanceof Node) ||
  !(target === subject || subject.contains(target) || subject.shadowRoot?.contains(target) === true);

const counts = (): Counts => ({
  listeners: [...listeners.values()].filter(outside).length,
  observed: [...observed.values()].reduce((n, set) => n + set.size, 0),
  timeouts: timeouts.size,
  intervals: intervals.size,
});

/** Lets pending work that a disconnect cancelled or finished run out (timers of 0 ms, microtasks, frames). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await nextFrame();
}

async function cycle(el: LitElement, host: HTMLElement, times: number): Promise<void> {
  for (let i = 1; i <= times; i++) {
    host.append(el);
    // Every 50th cycle lets the element finish an update while connected, as a real page would.
    if (i % 50 === 0) await el.updateComplete;
    el.remove();
    if (i % 50 === 0) {
      host.append(el);
      el.remove();
    }
  }
  await settle();
}

describe('1,000 connect/disconnect cycles', () => {
  before(install);
  after(() => {
    for (const restore of restores.splice(0).reverse()) restore();
  });

  for (const c of ELEMENTS) {
    it(`<${c.tag}> holds nothing more after 1,000 cycles than after 10`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const el = document.createElement(c.tag) as unknown as LitElement; // an upgraded Sabba element
      for (const [name, value] of Object.entries(c.baseline)) el.setAttribute(name, value);
      el.lang = 'en';
      subject = el;
      // The adblock notice would start a detection on every connection: give it a verdict, as a
      // page that decides itself does (detection while connected has its own tests).
      if (c.tag === 'sabba-adblock-notice')
        (el as unknown as { verdict: unknown }).verdict = { blocked: false, confidence: 'high', signals: [] };
      const before = counts();
      host.append(el);
      await el.updateComplete;
      const connected = counts();
      el.remove();
      await settle();
      await cycle(el, host, 10);
      const afterTen = counts();
      await cycle(el, host, 1000);
      const afterThousand = counts();
      host.remove();
      const report = JSON.stringify({ before, connected, afterTen, afterThousand });
      expect(afterThousand, report).to.deep.equal(afterTen);
      // After the final disconnect nothing the element started while connected is still active.
      expect(afterThousand.observed - before.observed, `observers left: ${report}`).to.equal(0);
      expect(afterThousand.intervals - before.intervals, `intervals left: ${report}`).to.equal(0);
      expect(afterThousand.listeners - before.listeners, `listeners left outside the element: ${report}`).to.equal(0);
      expect(afterThousand.timeouts - before.timeouts, `timeouts pending: ${report}`).to.equal(0);
      // The counters see the element's registrations at all (a wrapper that counted nothing would pass).
      subject = undefined;
      expect(connected.listeners + connected.observed, `connected: ${report}`).to.be.greaterThan(
        before.listeners + before.observed,
      );
    });
  }
});
