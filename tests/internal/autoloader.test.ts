import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  createAutoloader,
  DEFAULT_POLICY,
  loadersFromModules,
  policyFromPage,
  type ElementLoader,
  type UpgradeWhen,
} from '../../src/internal/autoloader.js';
import { defineElement } from '../../src/internal/define-element.js';

let counter = 0;

/** Resolves when the browser is next idle (a timeout where requestIdleCallback is missing). */
function requestIdleCallbackOrTimeout(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback);
  else setTimeout(callback, 50);
}

/** A fresh set of tags (custom elements cannot be undefined between tests) with counting loaders. */
function catalogue(...names: string[]) {
  const run = ++counter;
  const tags = names.map((name) => `sabba-${name}-${String(run)}`);
  const calls = new Map<string, number>(tags.map((tag) => [tag, 0]));
  const loaders = new Map<string, ElementLoader>(
    tags.map((tag) => [
      tag,
      () => {
        calls.set(tag, (calls.get(tag) ?? 0) + 1);
        // A real define chunk arrives a little later and then defines the tag.
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            customElements.define(tag, class extends HTMLElement {});
            resolve();
          }, 0),
        );
      },
    ]),
  );
  return { tags, calls, loaders };
}

describe('autoloader', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    sinon.restore();
  });

  it('loads only the elements that are on the page', async () => {
    const { tags, calls, loaders } = catalogue('form', 'card', 'ad');
    const [form, card] = tags as [string, string, string];
    const page = document.createElement('div');
    page.append(document.createElement(form), document.createElement(form), document.createElement(card));
    document.body.append(page);
    const autoloader = createAutoloader(loaders);
    stops.push(autoloader.observe(page), () => {
      page.remove();
    });
    await autoloader.settled();
    expect(Object.fromEntries(calls)).to.deep.equal({ [tags[0]!]: 1, [tags[1]!]: 1, [tags[2]!]: 0 });
    expect(customElements.get(form)).to.not.equal(undefined);
    expect(page.querySelectorAll(':not(:defined)').length).to.equal(0);
  });

  it('loads a tag added later, also deep inside an added subtree, and never twice', async () => {
    const { tags, calls, loaders } = catalogue('later', 'nested');
    const [later, nested] = tags as [string, string];
    const page = await fixture<HTMLDivElement>(html`<div><p>Artikel</p></div>`);
    const autoloader = createAutoloader(loaders);
    stops.push(autoloader.observe(page));
    await autoloader.settled();
    expect(calls.get(later)).to.equal(0);

    page.append(document.createElement(later));
    const section = document.createElement('section');
    const wrapper = document.createElement('div');
    wrapper.append(document.createElement(nested));
    section.append(wrapper);
    page.append(section);
    await waitUntil(() => customElements.get(later) && customElements.get(nested), 'both tags were defined');

    page.append(document.createElement(later), document.createElement(nested));
    await autoloader.settled();
    expect(calls.get(later)).to.equal(1);
    expect(calls.get(nested)).to.equal(1);
  });

  it('does not request a tag twice while its first load is still in flight', async () => {
    const { tags, calls, loaders } = catalogue('slow');
    const [slow] = tags as [string];
    const autoloader = createAutoloader(loaders);
    const root = document.createElement('div');
    root.append(document.createElement(slow));
    autoloader.discover(root);
    autoloader.discover(root);
    await autoloader.settled();
    expect(calls.get(slow)).to.equal(1);
  });

  it('leaves a tag alone when another script already defined it', async () => {
    const { tags, calls, loaders } = catalogue('taken');
    const [taken] = tags as [string];
    customElements.define(taken, class extends HTMLElement {});
    const root = document.createElement('div');
    root.append(document.createElement(taken));
    const autoloader = createAutoloader(loaders);
    autoloader.discover(root);
    await autoloader.settled();
    expect(calls.get(taken)).to.equal(0);
  });

  it('finds elements in a shadow root passed to discover(), and the root element itself', async () => {
    const { tags, calls, loaders } = catalogue('shadowed', 'self');
    const [shadowed, self] = tags as [string, string];
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement(shadowed));
    const autoloader = createAutoloader(loaders);
    autoloader.discover(shadow);
    autoloader.discover(document.createElement(self));
    await autoloader.settled();
    expect(calls.get(shadowed)).to.equal(1);
    expect(calls.get(self)).to.equal(1);
  });

  it('warns once about an unknown sabba- tag and ignores other undefined elements', async () => {
    const warn = sinon.stub(console, 'warn');
    const root = document.createElement('div');
    root.append(
      document.createElement('sabba-coment-form'),
      document.createElement('sabba-coment-form'),
      document.createElement('other-widget'),
    );
    const autoloader = createAutoloader(new Map());
    autoloader.discover(root);
    autoloader.discover(root);
    await autoloader.settled();
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('<sabba-coment-form>');
  });

  it("does not mistake a known element's helper tags for typos", async () => {
    const warn = sinon.stub(console, 'warn');
    const { tags, loaders } = catalogue('top');
    const root = document.createElement('div');
    root.append(document.createElement(`${tags[0]!}-sentinel`));
    const autoloader = createAutoloader(loaders);
    autoloader.discover(root);
    await autoloader.settled();
    expect(warn.called).to.equal(false);
  });

  it('reports a failed load and tries again when the tag appears again', async () => {
    const error = sinon.stub(console, 'error');
    const tag = `sabba-flaky-${String(++counter)}`;
    const loader = sinon.stub<[], Promise<unknown>>();
    loader.onFirstCall().rejects(new TypeError('Failed to fetch'));
    loader.onSecondCall().callsFake(() => {
      customElements.define(tag, class extends HTMLElement {});
      return Promise.resolve();
    });
    const autoloader = createAutoloader(new Map([[tag, loader]]));
    const root = document.createElement('div');
    root.append(document.createElement(tag));
    autoloader.discover(root);
    await autoloader.settled();
    expect(error.calledOnce).to.equal(true);
    expect(String(error.firstCall.args[0])).to.contain(`<${tag}>`);
    expect(customElements.get(tag)).to.equal(undefined);

    autoloader.discover(root);
    await autoloader.settled();
    expect(loader.callCount).to.equal(2);
    expect(customElements.get(tag)).to.not.equal(undefined);
  });

  it('stops watching when the function observe() returned is called', async () => {
    const { tags, calls, loaders } = catalogue('stopped');
    const [stopped] = tags as [string];
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const autoloader = createAutoloader(loaders);
    const stop = autoloader.observe(page);
    stop();
    page.append(document.createElement(stopped));
    // MutationObserver callbacks run as microtasks: one task later a live observer would have run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await autoloader.settled();
    expect(calls.get(stopped)).to.equal(0);
  });

  it("maps Vite's define-module paths to tag names", () => {
    const load: ElementLoader = () => Promise.resolve();
    const loaders = loadersFromModules({
      './components/comment-form/comment-form.define.ts': load,
      './components/back-to-top/back-to-top.define.js': load,
      './components/author-card/author-card.ts': load,
    });
    expect([...loaders.keys()]).to.deep.equal(['sabba-comment-form', 'sabba-back-to-top']);
  });

  describe('upgrade by need', () => {
    /** A page whose `tag` element sits far below the fold (five viewports of text above it). */
    function farBelow(tag: string): { page: HTMLDivElement; element: HTMLElement } {
      const page = document.createElement('div');
      const text = document.createElement('div');
      text.style.blockSize = '500vh';
      const element = document.createElement(tag);
      page.append(text, element);
      document.body.append(page);
      stops.push(() => {
        page.remove();
        scrollTo(0, 0);
      });
      return { page, element };
    }

    const policyOf = (tag: string, when: UpgradeWhen) => ({ policy: { [tag]: when } });
    /** Two animation frames: long enough for an IntersectionObserver to have reported. */
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

    it('gives each element the policy of the issue, the thread tags included', () => {
      expect(DEFAULT_POLICY).to.deep.equal({
        'sabba-ad-slot': 'eager',
        'sabba-back-to-top': 'scroll',
        'sabba-adblock-notice': 'scroll',
        'sabba-comments': 'near',
        'sabba-comment-form': 'near',
        'sabba-comment-count': 'near',
        'sabba-author-card': 'near',
      });
    });

    it('does not fetch a "near" element far below the fold until the reader scrolls near it', async () => {
      const { tags, calls, loaders } = catalogue('below');
      const [below] = tags as [string];
      const { page, element } = farBelow(below);
      const autoloader = createAutoloader(loaders, policyOf(below, 'near'));
      stops.push(autoloader.observe(page));
      await frames();
      await autoloader.settled();
      expect(calls.get(below)).to.equal(0);

      // Scrolled until the element is half a viewport below the bottom of the screen.
      scrollTo(0, scrollY + element.getBoundingClientRect().top - innerHeight * 1.5);
      await waitUntil(() => customElements.get(below), 'defined once it is within a viewport of the screen');
      expect(calls.get(below)).to.equal(1);
    });

    it('fetches a "near" element already on screen without scrolling', async () => {
      const { tags, loaders } = catalogue('visible');
      const [visible] = tags as [string];
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.append(document.createElement(visible));
      const autoloader = createAutoloader(loaders, policyOf(visible, 'near'));
      stops.push(autoloader.observe(page));
      await waitUntil(() => customElements.get(visible), 'defined');
    });

    it('fetches a far element at once when the page asks customElements.whenDefined', async () => {
      const { tags, calls, loaders } = catalogue('asked');
      const [asked] = tags as [string];
      const { page } = farBelow(asked);
      const autoloader = createAutoloader(loaders, policyOf(asked, 'near'));
      stops.push(autoloader.observe(page));
      await frames();
      expect(calls.get(asked)).to.equal(0);
      const ctor = await customElements.whenDefined(asked);
      expect(ctor).to.equal(customElements.get(asked));
      expect(calls.get(asked)).to.equal(1);
    });

    it('fetches a far element at once when the permalink hash points into it', async () => {
      const { tags, calls, loaders } = catalogue('linked');
      const [linked] = tags as [string];
      const { page, element } = farBelow(linked);
      const comment = document.createElement('p');
      comment.id = `komentar-${linked}`;
      element.append(comment);
      const before = location.href;
      history.replaceState(null, '', `#${comment.id}`);
      stops.push(() => {
        history.replaceState(null, '', before);
      });
      const autoloader = createAutoloader(loaders, policyOf(linked, 'near'));
      autoloader.discover(page);
      await waitUntil(() => customElements.get(linked), 'defined without scrolling');
      expect(calls.get(linked)).to.equal(1);
    });

    it('fetches the thread and the form at once for a WordPress comment permalink', async () => {
      const fetched: string[] = [];
      const loaders = new Map<string, ElementLoader>(
        ['sabba-comments', 'sabba-comment-form', 'sabba-author-card'].map((tag) => [tag, () => void fetched.push(tag)]),
      );
      const before = location.href;
      history.replaceState(null, '', '#comment-12');
      const autoloader = createAutoloader(loaders);
      const stop = autoloader.observe(document);
      stop();
      history.replaceState(null, '', before);
      await autoloader.settled();
      expect(fetched).to.deep.equal(['sabba-comments', 'sabba-comment-form']);
    });

    it('fetches the far "near" elements at the first Tab key, so the keyboard reaches them', async () => {
      // An element not upgraded yet has nothing to focus: Tab would skip it and leave the page.
      const { tags, calls, loaders } = catalogue('tab-reached');
      const [far] = tags as [string];
      farBelow(far);
      // Two buttons, so the Tab lands on the page (a Tab out of it would take the window's focus).
      const before = document.createElement('button');
      before.textContent = 'Sebelum';
      const next = document.createElement('button');
      next.textContent = 'Berikutnya';
      document.body.prepend(before, next);
      stops.push(() => {
        before.remove();
        next.remove();
      });
      const autoloader = createAutoloader(loaders, policyOf(far, 'near'));
      stops.push(autoloader.observe(document));
      await frames();
      await autoloader.settled();
      before.focus({ preventScroll: true });
      await sendKeys({ press: 'Shift' });
      expect(calls.get(far), 'another key loads nothing').to.equal(0);
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => customElements.get(far), 'defined at the first Tab');
      expect(calls.get(far)).to.equal(1);
      expect(document.activeElement, 'the Tab moved on within the page').to.equal(next);
      expect(scrollY, 'without scrolling').to.equal(0);
    });

    it('fetches a far element at once when focus moves into it', async () => {
      const { tags, calls, loaders } = catalogue('focused');
      const [focused] = tags as [string];
      const { element } = farBelow(focused);
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = 'Balas';
      element.append(link);
      const autoloader = createAutoloader(loaders, policyOf(focused, 'near'));
      stops.push(autoloader.observe(document));
      await frames();
      expect(calls.get(focused)).to.equal(0);
      link.focus({ preventScroll: true });
      await waitUntil(() => customElements.get(focused), 'defined when focus entered it');
      expect(scrollY).to.equal(0);
    });

    it('fetches an "idle" element after the load event, not during discovery', async () => {
      const { tags, calls, loaders } = catalogue('later-idle');
      const [later] = tags as [string];
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.append(document.createElement(later));
      const autoloader = createAutoloader(loaders, policyOf(later, 'idle'));
      autoloader.discover(page);
      await autoloader.settled();
      expect(calls.get(later)).to.equal(0);
      await waitUntil(() => customElements.get(later), 'defined when the browser was idle');
      expect(calls.get(later)).to.equal(1);
    });

    it('fetches a "scroll" element at the reader\'s first scroll, not when idle', async () => {
      const { tags, calls, loaders } = catalogue('on-scroll');
      const [later] = tags as [string];
      const { page } = farBelow(later);
      const autoloader = createAutoloader(loaders, policyOf(later, 'scroll'));
      stops.push(autoloader.observe(page));
      await new Promise<void>((resolve) => {
        requestIdleCallbackOrTimeout(resolve);
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await autoloader.settled();
      expect(calls.get(later), 'not before the reader scrolls').to.equal(0);
      scrollTo(0, 100);
      await waitUntil(() => customElements.get(later), 'defined at the first scroll');
      expect(calls.get(later)).to.equal(1);
    });

    it('holds the "idle" elements back until the loads already under way have settled', async () => {
      const { tags, calls, loaders } = catalogue('first-eager', 'then-idle');
      const [eager, idle] = tags as [string, string];
      let finishEager = (): void => undefined;
      const order: string[] = [];
      loaders.set(eager, () => {
        order.push(eager);
        // A slow chunk: still arriving when the browser is first idle.
        return new Promise<void>((resolve) => {
          finishEager = () => {
            customElements.define(eager, class extends HTMLElement {});
            resolve();
          };
        });
      });
      const idleLoader = loaders.get(idle)!;
      loaders.set(idle, () => {
        order.push(idle);
        return idleLoader();
      });
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.append(document.createElement(eager), document.createElement(idle));
      const autoloader = createAutoloader(loaders, { policy: { [eager]: 'eager', [idle]: 'idle' } });
      autoloader.discover(page);
      await new Promise<void>((resolve) => {
        requestIdleCallbackOrTimeout(resolve);
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls.get(idle), 'not while the eager chunk is still on its way').to.equal(0);
      finishEager();
      await waitUntil(() => customElements.get(idle), 'defined once the eager load settled');
      expect(order).to.deep.equal([eager, idle]);
    });

    it('imports the shared base once, and only then the first element chunk', async () => {
      const { tags, loaders } = catalogue('after-base-a', 'after-base-b');
      const [a, b] = tags as [string, string];
      let baseDone = false;
      const order: string[] = [];
      for (const tag of tags) {
        const load = loaders.get(tag)!;
        loaders.set(tag, () => {
          order.push(`${tag}${baseDone ? '' : ' before the base'}`);
          return load();
        });
      }
      const base = sinon.spy(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              baseDone = true;
              resolve();
            }, 20),
          ),
      );
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.append(document.createElement(a), document.createElement(b));
      const autoloader = createAutoloader(loaders, { base });
      autoloader.discover(page);
      await autoloader.settled();
      expect(order).to.deep.equal([a, b]);
      expect(base.callCount).to.equal(1);
      expect(customElements.get(b)).to.not.equal(undefined);
    });

    it('defines an element in a task after the one that evaluated its chunk, and settles once it is defined', async () => {
      // Issue 20: evaluating an element's code and upgrading every instance are two tasks, not one long one.
      const [tag] = catalogue('two-tasks').tags as [string];
      const seen: string[] = [];
      const loaders = new Map<string, ElementLoader>([
        [
          tag,
          () =>
            new Promise<void>((resolve) =>
              setTimeout(() => {
                // What a define chunk does: its code runs, and its last statement defines the tag.
                defineElement(tag, class extends HTMLElement {});
                seen.push(customElements.get(tag) === undefined ? 'evaluated' : 'defined while evaluating');
                queueMicrotask(() => {
                  seen.push(
                    customElements.get(tag) === undefined ? 'not defined in that task' : 'defined in that task',
                  );
                });
                resolve();
              }, 0),
            ),
        ],
      ]);
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.append(document.createElement(tag));
      const autoloader = createAutoloader(loaders, {
        base: () => Promise.resolve(),
        definitions: () => import('../../src/internal/define-element.js'),
      });
      autoloader.discover(page);
      await autoloader.settled();
      expect(seen).to.deep.equal(['evaluated', 'not defined in that task']);
      expect(customElements.get(tag), 'defined by the time the load settles').to.not.equal(undefined);
      expect(page.querySelector(':not(:defined)')).to.equal(null);
    });

    it('defines at once where no autoloader asked for the tag (the drop-in, the npm modules)', () => {
      const [tag] = catalogue('at-once').tags as [string];
      defineElement(tag, class extends HTMLElement {});
      expect(customElements.get(tag)).to.not.equal(undefined);
    });

    it('lets the page override the policy per tag with <meta name="sabba-upgrade">', () => {
      const warn = sinon.stub(console, 'warn');
      const doc = document.implementation.createHTMLDocument('');
      doc.head.innerHTML =
        '<meta name="sabba-upgrade" content="sabba-comment-form: eager; sabba-ad-slot: near; sabba-author-card: later; nope">';
      expect(policyFromPage(doc)).to.deep.equal({ 'sabba-comment-form': 'eager', 'sabba-ad-slot': 'near' });
      expect(warn.callCount).to.equal(2);
      expect(String(warn.firstCall.args[0])).to.contain('sabba-author-card: later');
    });
  });
});
