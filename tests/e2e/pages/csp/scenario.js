// The reader's visit, run by the page itself (a same-origin module: the CSP allows no inline
// script and no eval, and a driver's own script injection could bypass what the page is held
// to). Every step waits for an outcome the reader would see; the result lands in
// `window.__sabbaCsp.result` for the test to read with either driver.
const log = window.__sabbaCsp;

/** Resolves when `check()` is truthy; rejects after `ms` naming `what`. */
function until(check, what, ms = 15000) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      let value;
      try {
        value = check();
      } catch {
        value = undefined;
      }
      if (value) resolve(value);
      else if (performance.now() - started > ms) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(tick, 25);
    };
    tick();
  });
}

const nextEvent = (target, type, ms = 15000) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event);
      },
      { once: true },
    );
  });

async function step(name, run) {
  try {
    const value = await run();
    log.steps.push({ name, ok: true, value: value ?? null });
  } catch (error) {
    log.steps.push({ name, ok: false, value: String(error && error.message ? error.message : error) });
  }
}

async function visit() {
  await Promise.all(
    [
      'sabba-comment-form',
      'sabba-ad-slot',
      'sabba-adblock-notice',
      'sabba-back-to-top',
      'sabba-author-card',
      'sabba-comments',
      'sabba-comment-count',
    ].map((tag) => customElements.whenDefined(tag)),
  );
  const form = document.querySelector('sabba-comment-form');
  const ad = document.querySelector('sabba-ad-slot');
  const notice = document.querySelector('sabba-adblock-notice');
  const top = document.querySelector('sabba-back-to-top');
  const card = document.querySelector('sabba-author-card');

  await step('comment posted', async () => {
    await form.updateComplete;
    const values = {
      comment: `Strict pages deserve comments too (${navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium'}, ${Date.now()}).`,
      author: 'Sari Dewi',
      email: 'sari@contoh.id',
    };
    for (const [name, value] of Object.entries(values)) {
      const control = form.shadowRoot.querySelector(`[name="${name}"]`);
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await form.updateComplete;
    const outcome = Promise.race([nextEvent(form, 'sabba-comment-success'), nextEvent(form, 'sabba-comment-error')]);
    form.shadowRoot.querySelector('button[type="submit"]').click();
    const event = await outcome;
    if (event.type !== 'sabba-comment-success') throw new Error(`${event.type}: ${JSON.stringify(event.detail)}`);
    return event.type;
  });

  await step('comment thread rendered', async () => {
    const thread = document.querySelector('sabba-comments');
    await until(() => thread.shadowRoot?.querySelector('[part~="content"]'), 'the thread');
    const content = thread.shadowRoot.querySelector('[part~="content"]');
    const count = document.querySelector('sabba-comment-count');
    await until(() => count.count !== undefined, 'the comment count');
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      text: content.textContent.replace(/\s+/g, ' ').trim(),
      elements: [...content.querySelectorAll('*')].map((el) => el.localName),
      href: content.querySelector('a')?.getAttribute('href') ?? null,
      pwned: window.__sabbaPwned ?? null,
    };
  });

  await step('html ad filled', async () => {
    const frame = await until(
      () => ad.shadowRoot.querySelector('iframe') ?? ad.querySelector('iframe'),
      'the creative iframe',
    );
    await until(
      () =>
        ad.matches(':state(filled)') ||
        ad.getAttribute('status') === 'filled' ||
        (frame.isConnected && frame.getAttribute('src')),
      'a filled slot',
    );
    return {
      src: frame.getAttribute('src'),
      sandbox: frame.getAttribute('sandbox'),
      height: Math.round(ad.getBoundingClientRect().height),
    };
  });

  await step('notice shown and dismissed', async () => {
    notice.verdict = { blocked: true, confidence: 'high', signals: [] };
    await until(() => notice.open, 'the notice to open');
    const dismiss = notice.shadowRoot.querySelector('[part~="dismiss-button"]');
    dismiss.click();
    await until(() => !notice.open, 'the notice to close');
    return 'closed';
  });

  await step('back to top', async () => {
    window.scrollTo(0, 2500);
    await until(() => top.matches(':state(shown)'), 'the button to appear');
    top.shadowRoot.querySelector('button').click();
    await until(() => window.scrollY === 0, 'the page to reach the top');
    await until(() => document.activeElement?.id === 'headline', 'focus on the headline');
    return { scrollY: window.scrollY, focused: document.activeElement.id };
  });

  await step('author bio expanded', async () => {
    const toggle = await until(() => card.shadowRoot.querySelector('[part~="toggle"]'), 'the bio toggle');
    toggle.click();
    await card.updateComplete;
    await until(() => toggle.getAttribute('aria-expanded') === 'true', 'aria-expanded="true"');
    return toggle.getAttribute('aria-expanded');
  });

  // Anything the policy blocks reports asynchronously; give late reports a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 300));
  log.result = {
    trustedTypes: typeof window.trustedTypes === 'object' && window.trustedTypes !== null,
    adoptedStyleSheets: 'adoptedStyleSheets' in Document.prototype,
    styleElementsInShadowRoots: [...document.querySelectorAll('*')].filter((el) =>
      el.shadowRoot?.querySelector('style'),
    ).length,
    // What a crawler reads: the card's light-DOM JSON-LD.
    authorJsonLd: [...card.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
      JSON.parse(script.textContent),
    ),
  };
  log.done = true;
}

visit().catch((error) => {
  log.errors.push(`scenario: ${error && error.message ? error.message : error}`);
  log.done = true;
});
