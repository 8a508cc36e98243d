import { expect } from '@open-wc/testing';
import { wordpressForm, type MarkupOptions } from './wordpress-markup.js';

/**
 * The upgrade moves nothing: a page as the WordPress plugin serves it (its widgets.css, a theme's
 * rules for forms, WordPress's form inside `<sabba-comment-form>`, content after it) is laid out
 * first, and only then is the element defined, as when its script arrives late. What follows the
 * form must not move (both engines), and Chromium's Layout Instability API must report no shift.
 */

/** Rules of the kind a theme has for WordPress's comment form (these from Twenty Twenty-One's shape). */
const THEME = `
  body { margin: 0; padding: 0 20px; font: 18px/1.7 Georgia, serif; color: #28303d; background: #d1e4dd; }
  main { max-width: 610px; margin: 0 auto; }
  h3 { font-size: 2rem; margin: 3rem 0 1.5rem; font-weight: 400; }
  p { margin: 0 0 1.5rem; }
  .comment-respond { margin-top: 4rem; padding-bottom: 1rem; }
  .comment-form > p { margin-bottom: 2rem; }
  .comment-form label { display: block; font-size: 1rem; margin-bottom: 0.5rem; font-weight: 500; }
  input[type='text'], input[type='email'], input[type='url'], textarea {
    border: 3px solid #39414d; border-radius: 0; padding: 10px; font-size: 1.1rem; width: 100%; background: #fff;
  }
  input[type='checkbox'] { appearance: none; width: 25px; height: 25px; border: 3px solid #39414d; }
  input[type='submit'] { border: 3px solid #28303d; background: #28303d; color: #d1e4dd; padding: 15px 30px; font-size: 1.25rem; }
  .comment-reply-title small { font-size: 1rem; }
`;

/** A post page with the server markup, in a frame of `width` pixels; resolves when it is laid out. */
async function page(width: number, options: MarkupOptions, lang: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 2600px; border: 0;`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <link rel="stylesheet" href="/wordpress/css/widgets.css"><style>${THEME}</style></head>
    <body><main><h1>Harga cabai naik</h1><p>Isi artikel. Isi artikel. Isi artikel.</p>
    <div id="comments" class="comments-area sabba-widgets-comments">${wordpressForm(options)}</div>
    <footer id="after"><p>Tautan kaki halaman</p></footer></main></body></html>`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Two frames of the frame's own window: what the upgrade changed has been laid out and painted. */
function frames(win: Window): Promise<void> {
  return new Promise((resolve) =>
    win.requestAnimationFrame(() =>
      win.requestAnimationFrame(() => {
        resolve();
      }),
    ),
  );
}

/** Defines the element in the frame (its script arrives), and measures what moved. */
async function upgradeIn(frame: HTMLIFrameElement): Promise<{ moved: number; shift: number | undefined }> {
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = win.document;
  await frames(win);
  const after = doc.getElementById('after');
  if (!after) throw new Error('no #after');
  const top = after.getBoundingClientRect().top;
  const supported = win.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  const shifts: number[] = [];
  const observer = supported
    ? new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      })
    : undefined;
  observer?.observe({ type: 'layout-shift' });
  const script = doc.createElement('script');
  script.type = 'module';
  script.textContent = "import '/src/components/comment-form/comment-form.define.ts';";
  doc.head.append(script);
  await win.customElements.whenDefined('sabba-comment-form');
  const el = doc.querySelector('sabba-comment-form') as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  await frames(win);
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer?.takeRecords().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value));
  observer?.disconnect();
  return {
    moved: after.getBoundingClientRect().top - top,
    shift: supported ? shifts.reduce((sum, value) => sum + value, 0) : undefined,
  };
}

describe('<sabba-comment-form> upgrading over WordPress’s form', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  const attributes = ' site-url="http://127.0.0.1:8911/" post-id="6" transport="classic" cookies-consent';
  for (const width of [360, 1280]) {
    it(`shifts nothing at ${width} px (anonymous reader, English site)`, async () => {
      frame = await page(width, { attributes, cookiesBox: true }, 'en');
      const { moved, shift } = await upgradeIn(frame);
      expect(moved, 'what follows the form moved by').to.equal(0);
      if (shift !== undefined) expect(shift, 'layout-shift score').to.equal(0);
    });
  }

  it('shifts nothing at 360 px on an Indonesian site, whose WordPress words differ from the element’s', async () => {
    frame = await page(360, { attributes, cookiesBox: true, locale: 'id' }, 'id');
    const { moved, shift } = await upgradeIn(frame);
    expect(moved).to.equal(0);
    if (shift !== undefined) expect(shift).to.equal(0);
  });

  it('shifts nothing for a logged-in reader', async () => {
    frame = await page(
      1280,
      {
        attributes: ' site-url="http://127.0.0.1:8911/" post-id="6" transport="classic" logged-in-as="Pembaca Setia"',
        loggedIn: { name: 'Pembaca Setia' },
      },
      'en',
    );
    const { moved, shift } = await upgradeIn(frame);
    expect(moved).to.equal(0);
    if (shift !== undefined) expect(shift).to.equal(0);
  });
});
