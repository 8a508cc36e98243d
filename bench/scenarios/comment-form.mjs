// @ts-check
/**
 * (6) Comment form: time from submit to the success message against the demo WordPress stand-in
 * on the same machine (so the figure is the client's own overhead, not a network), and the bytes
 * one comment sends, for both WordPress transports.
 */
import { settle, waitForWidgets } from '../lib/page-metrics.mjs';
import { FIGURE_COLUMNS, figure, figureRow } from '../lib/table.mjs';

/** @typedef {import('../lib/context.mjs').Context} Context */

const TRANSPORTS = ['rest', 'classic'];

/** A typical reader's comment, Indonesian, about 300 characters. */
const COMMENT =
  'Terima kasih atas liputannya. Semoga workshop ini tidak berhenti di diskusi saja, tetapi benar-benar ' +
  'menghasilkan program kolaboratif antara Pemkab Lebak dan OMS, terutama untuk literasi digital di desa-desa. ' +
  'Kapan hasil rumusannya akan dipublikasikan untuk warga?';

/** @param {Context} ctx */
function pages(ctx) {
  return Object.fromEntries(
    TRANSPORTS.map((transport) => [
      `comment-form-${transport}.html`,
      `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Comment form (${transport})</title>
<link rel="stylesheet" href="/demo/demo.css">
<script>
  // Times taken inside the page, on its own clock: the form's submit event, its success event,
  // and the first render after it (the success message on screen).
  window.__bench = {};
  document.addEventListener('sabba-comment-submit', () => { __bench.submit = performance.now(); });
  document.addEventListener('sabba-comment-success', async (event) => {
    __bench.success = performance.now();
    await event.target.updateComplete;
    __bench.rendered = performance.now();
  });
</script>
<script type="module" src="/dist/cdn/sabba.js"></script>
</head>
<body>
<main class="page"><section class="comments">
<sabba-comment-form site-url="${ctx.origin}/wp" post-id="2" transport="${transport}" min-submit-seconds="0"></sabba-comment-form>
</section></main>
</body>
</html>`,
    ]),
  );
}

/**
 * @param {Context} ctx
 * @param {import('playwright-core').Page} page
 * @param {string} transport
 * @param {number} round
 */
async function postComment(ctx, page, transport, round) {
  await page.goto(`${ctx.origin}/bench/gen/comment-form-${transport}.html?round=${round}`, { waitUntil: 'load' });
  await waitForWidgets(page, 'sabba-comment-form');
  const form = page.locator('sabba-comment-form');
  await form.locator('textarea[name="comment"]').fill(`${COMMENT} (${transport} ${round + 1})`);
  await form.locator('input[name="author"]').fill('Siti Rahmawati');
  await form.locator('input[name="email"]').fill(`siti.${transport}.${round}@contoh.id`);
  await settle(page, 200);
  const posted = page.waitForEvent('requestfinished', {
    predicate: (request) => request.method() === 'POST' && request.url().includes('/wp'),
    timeout: 15_000,
  });
  await form.locator('button[type="submit"]').click();
  const sizes = await (await posted).sizes();
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.rendered !== undefined, undefined, {
    timeout: 15_000,
  });
  const times = await page.evaluate(() => {
    const bench = /** @type {any} */ (window).__bench;
    const request = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/wp'));
    return {
      total: bench.rendered - bench.submit,
      request:
        request === undefined
          ? Number.NaN
          : /** @type {PerformanceResourceTiming} */ (request).responseEnd - request.startTime,
    };
  });
  return { ...times, body: sizes.requestBodySize, headers: sizes.requestHeadersSize };
}

/** @param {Context} ctx */
async function run(ctx) {
  if (!ctx.has('comment-form')) return { notMeasured: 'sabba-comment-form not built yet' };
  /** @type {Record<string, { total: number[], request: number[], client: number[], body: number[], headers: number[] }>} */
  const samples = Object.fromEntries(
    TRANSPORTS.map((t) => [t, { total: [], request: [], client: [], body: [], headers: [] }]),
  );
  const { page } = await ctx.bench.newPage();
  for (let round = 0; round < ctx.runs; round += 1) {
    for (const transport of TRANSPORTS) {
      const m = await postComment(ctx, page, transport, round);
      const s = samples[transport];
      s.total.push(m.total);
      s.request.push(m.request);
      s.client.push(m.total - m.request);
      s.body.push(m.body);
      s.headers.push(m.headers);
    }
    ctx.log(`comment-form round ${round + 1}/${ctx.runs}`);
  }
  await page.close();
  const figures = TRANSPORTS.flatMap((t) => {
    const label = `transport="${t}"`;
    const s = samples[t];
    return [
      figure('submit → success message rendered', label, s.total, 'ms'),
      figure('of which the HTTP request (Resource Timing)', label, s.request, 'ms'),
      figure('client overhead (total minus request)', label, s.client, 'ms'),
      figure('request body per comment', label, s.body, 'bytes'),
      figure('request headers per comment', label, s.headers, 'bytes'),
    ];
  });
  return {
    columns: FIGURE_COLUMNS,
    rows: figures.map(figureRow),
    data: { comment: COMMENT, samples, figures },
    notes: [
      "The classic transport follows WordPress's 302 redirect to the article (as a browser form post does), so its request time includes that second request.",
    ],
  };
}

export default {
  id: 'comment-form',
  title: 'Comment form',
  browser: true,
  method:
    'a page with only `<sabba-comment-form>` (drop-in bundle) posts a 300-character Indonesian comment to the demo WordPress stand-in ' +
    "(scripts/test/wordpress-stand-in, mounted in the bench server, moderation off, no flood wait). The time runs from the form's `sabba-comment-submit` event " +
    "to the render after `sabba-comment-success`; the request's own time (Resource Timing, start → responseEnd) is subtracted for the client " +
    "overhead. Bytes are playwright's `request.sizes()` of the POST.",
  pages,
  run,
};
