import { fixture, html, waitUntil } from '@open-wc/testing';
import type { SabbaComments } from '../../src/components/comments/comments.js';
import '../../src/components/comments/comments.define.js';
import { part, parts, shadow, text } from '../helpers/dom.js';

/** A fresh seeded site of the test server (scripts/test/fixtures/comments.mjs). */
export function siteOf(kind: string): string {
  return `/wpc/${Math.random().toString(36).slice(2, 12)}/${kind}`;
}

/** A `<sabba-comments>` on a seeded site, read the way a reader sees it. */
export class CommentsHarness {
  readonly el: SabbaComments;
  readonly site: string;

  private constructor(el: SabbaComments, site: string) {
    this.el = el;
    this.site = site;
  }

  /** Mounts a thread (eager unless `attrs.eager` is `null`) on a fresh site of `kind`. */
  static async mount(kind: string, attrs: Record<string, string | null> = {}, slot = ''): Promise<CommentsHarness> {
    // A site-url given by the test (to share a site between two threads) is the one whose log is read.
    const site = attrs['site-url'] ?? siteOf(kind);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('sabba-comments');
    const all: Record<string, string | null> = { 'site-url': site, 'post-id': '1', eager: '', ...attrs };
    for (const [name, value] of Object.entries(all)) if (value !== null) el.setAttribute(name, value);
    if (slot !== '') el.append(Object.assign(document.createElement('div'), { id: 'slotted' }));
    container.append(el);
    await el.updateComplete;
    return new CommentsHarness(el, site);
  }

  /** Drives a thread the test mounted itself (over server-rendered markup, inside a page's own markup). */
  static wrap(el: SabbaComments, site = el.getAttribute('site-url') ?? ''): CommentsHarness {
    return new CommentsHarness(el, site);
  }

  /** Waits until the thread is no longer loading. */
  async settled(): Promise<this> {
    await waitUntil(
      () =>
        part(this.el, 'skeleton') === null &&
        this.el.getAttribute('aria-busy') !== 'true' &&
        shadow(this.el).querySelector('[aria-busy="true"]') === null,
      'thread still loading',
      { timeout: 8000 },
    );
    await this.el.updateComplete;
    return this;
  }

  /** The author names of the comments of one list (`ol`), in order. */
  authors(list: Element | null = part(this.el, 'list')): string[] {
    return [...(list?.children ?? [])].map((li) => text(li.querySelector('[part~="author"]')));
  }

  /** The `<li>` of comment `id`. */
  item(id: number): HTMLElement | null {
    return shadow(this.el).getElementById(`comment-${id}`);
  }

  /** Every comment `<li>` by author name. */
  itemByAuthor(name: string): HTMLElement | undefined {
    return parts(this.el, 'comment').find((li) => text(li.querySelector('[part~="author"]')) === name);
  }

  /** How deep the comment of `name` is nested (1 = top level). */
  depthOf(name: string): number {
    let depth = 0;
    for (
      let node: Element | null = this.itemByAuthor(name) ?? null;
      node !== null && node !== shadow(this.el).host;
      node = node.parentElement
    ) {
      if (node.localName === 'li') depth++;
    }
    return depth;
  }

  /** What the site received, as request targets below the site root. */
  async requests(): Promise<string[]> {
    return (await (await fetch(`${this.site}/__log`)).json()) as string[];
  }

  get heading(): string {
    return text(part(this.el, 'heading'));
  }

  get status(): string {
    return text(part(this.el, 'status'));
  }

  get message(): string {
    return parts(this.el, 'message')
      .map((m) => text(m))
      .join(' | ');
  }
}
