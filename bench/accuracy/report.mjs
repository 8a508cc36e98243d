// @ts-check
/**
 * The accuracy matrix as Markdown, and its place in BENCHMARKS.md (between two markers, so the
 * other benchmarks' rewrite of that file and this one do not erase each other).
 */

import { truthOf } from './readers.mjs';

export const START = '<!-- adblock-accuracy:start -->';
export const END = '<!-- adblock-accuracy:end -->';

/** @typedef {{ blocked: boolean | null, confidence?: string, signals?: { name: string, outcome: string, detail: string }[], ms?: number, noticeShown?: boolean }} Verdict */

const median = (/** @type {number[]} */ values) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** @param {Verdict[]} cell @param {boolean} truth */
function cellText(cell, truth) {
  const right = cell.filter((v) => v.blocked === truth).length;
  const share = `${((right / cell.length) * 100).toFixed(right === cell.length ? 0 : 1)} %`;
  const confidences = ['high', 'medium', 'low']
    .map((c) => [c, cell.filter((v) => v.confidence === c).length])
    .filter(([, n]) => Number(n) > 0);
  const ms = median(cell.flatMap((v) => (v.ms === undefined ? [] : [v.ms])));
  const accused = truth ? '' : ` · **${cell.filter((v) => v.blocked === true).length} accused**`;
  return `${share} (${right}/${cell.length})${truth ? '' : accused.includes('**0 ') ? '' : accused} · ${confidences.map(([c, n]) => `${c} ×${n}`).join(', ')} · ${ms === undefined ? 'no verdict' : `${(ms / 1000).toFixed(2)} s`}`;
}

/**
 * @param {{ meta: any, rows: import('./readers.mjs').Reader[], results: Record<string, Record<string, Verdict[]>>, columns: { id: string, label: string }[] }} run
 */
export function accuracySection({ meta, rows, results, columns }) {
  const header = `| reader's setup | expected | ${columns.map((c) => c.label).join(' | ')} | notice on screen when blocked |`;
  const lines = [header, `|---|---|${columns.map(() => '---|').join('')}---|`];
  /** @type {string[]} */
  const misses = [];
  for (const row of rows) {
    const cells = columns.map((c) => cellText(results[row.id][c.id], truthOf(row, c.id)));
    const blockedLoads = columns.flatMap((c) => results[row.id][c.id].filter((v) => v.blocked === true));
    const shown = row.truth ? `${blockedLoads.filter((v) => v.noticeShown).length}/${blockedLoads.length}` : '–';
    const expected = row.truth
      ? `blocked${row.noEffectOn ? ` (not blocked on: ${row.noEffectOn.map((id) => columns.find((c) => c.id === id)?.label).join(', ')}; it changes nothing there)` : ''}`
      : 'not blocked';
    lines.push(`| ${row.label} | ${expected} | ${cells.join(' | ')} | ${shown} |`);
    for (const c of columns) {
      results[row.id][c.id].forEach((v, load) => {
        if (v.blocked === truthOf(row, c.id)) return;
        const signals = v.signals?.map((s) => `${s.name} ${s.outcome} (${s.detail})`).join('; ') ?? 'no verdict';
        misses.push(
          `- ${row.id} × ${c.id}, load ${load + 1}: ${v.blocked === null ? 'no verdict' : v.blocked ? 'blocked' : 'not blocked'}; ${signals}`,
        );
      });
    }
  }
  return [
    START,
    '### Adblock accuracy matrix',
    '',
    `Measured ${meta.date.slice(0, 10)} on this machine (${meta.cpu}) in one run of \`npm run bench:adblock\` (${Math.round(meta.seconds)} s): ` +
      `${meta.loads} loads per cell, a new page per load in a reused browser (${Object.values(meta.browsers).join(', ')}). ` +
      'Each cell: share of right verdicts (right/loads), the confidence the verdict reported, and the median time from navigation start to the verdict. ' +
      'The page is `<sabba-adblock-notice mode="banner" bait-url="/ad_728.js">` in an article served as `sabba.test`; the last column counts the blocked loads ' +
      "whose banner was on screen 300 ms after the verdict (not hidden by the blocker's lists).",
    '',
    ...lines,
    '',
    `Lists: Ghostery's engine (\`@ghostery/adblocker\`) with ${meta.lists.ghostery}; AdGuard's engine (\`@adguard/tsurlfilter\` 4.0.5) with ${meta.lists.adguard} ` +
      `(from \`@adguard/dnr-rulesets\`, fetched once by \`npm pack\`); ${meta.lists.ubo}; the DNS blocker refuses every host of EasyList's host-only rules (\`||host^\`).`,
    '',
    "Brave's engine (`adblock-rs`) is not measured: its npm package has no prebuilt binary and builds from source in `postinstall` " +
      "(`cargo build`), which needs Rust 1.97 (its `rust-toolchain.toml`; this machine has 1.95) and about a hundred crates from Rust's package registry, " +
      'which this machine cannot reach (`cargo fetch` fails to resolve the registry).',
    '',
    ...(misses.length > 0
      ? ['Wrong verdicts, with the signals they reported:', '', ...misses, '']
      : ['No wrong verdict.', '']),
    END,
  ].join('\n');
}

/**
 * The accuracy section of `doc`, markers included, or `undefined` when it has none.
 * @param {string} doc
 */
export function sectionOf(doc) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  return start === -1 || end < start ? undefined : doc.slice(start, end + END.length);
}

/**
 * `doc` (a rewritten BENCHMARKS.md) with the accuracy section `previous` (the file it replaces)
 * had: the matrix takes a run of its own, so the other benchmarks' rewrite must keep it.
 * @param {string} doc
 * @param {string} previous
 */
export function keepSection(doc, previous) {
  const section = sectionOf(previous);
  return section === undefined ? doc : replaceSection(doc, section);
}

/**
 * Puts `section` in place of the previous one in `doc` (or at its end).
 * @param {string} doc
 * @param {string} section
 */
export function replaceSection(doc, section) {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end === -1) return `${doc.trimEnd()}\n\n${section}\n`;
  return `${doc.slice(0, start)}${section}${doc.slice(end + END.length)}`;
}
