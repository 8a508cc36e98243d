// @ts-check
/** BENCHMARKS.md and the console table, from the results object that is also written as JSON. */
import { markdownTable } from './table.mjs';

/**
 * @typedef {object} Results
 * @property {{ date: string, chromium: string, throttling: number, runs: number, quick: boolean,
 *   cores: number, cpu: string, node: string, seconds: number }} meta
 * @property {{ id: string, title: string, method: string, notMeasured?: string, error?: string,
 *   columns?: string[], rows?: string[][], notes?: string[], data?: unknown }[]} scenarios
 */

/**
 * @param {Results} results
 * @returns {string}
 */
export function figuresMarkdown(results) {
  const { meta } = results;
  const parts = [
    `${meta.chromium}, CPU throttled ${meta.throttling}× (\`Emulation.setCPUThrottlingRate\`), ` +
      `${meta.runs} run${meta.runs === 1 ? '' : 's'} per variant (median, spread min–max), ` +
      `${meta.date.slice(0, 10)}, ${meta.cores} cores (${meta.cpu}), Node ${meta.node}; the whole run took ${Math.round(meta.seconds)} s.`,
  ];
  for (const [index, scenario] of results.scenarios.entries()) {
    parts.push(`### ${index + 1}. ${scenario.title}`);
    if (scenario.error !== undefined) parts.push(`**failed**: ${scenario.error}`);
    else if (scenario.notMeasured !== undefined) parts.push(`not measured: ${scenario.notMeasured}`);
    else if (scenario.columns && scenario.rows) parts.push(markdownTable(scenario.columns, scenario.rows));
    for (const note of scenario.notes ?? []) parts.push(note);
  }
  return parts.join('\n\n');
}

/**
 * @param {Results} results
 * @returns {string}
 */
export function benchmarksDocument(results) {
  const methods = results.scenarios.map((s, i) => `${i + 1}. **${s.title}**: ${s.method}`).join('\n');
  return `# Benchmarks

What the widgets cost a news page, measured side by side with what sites use today, in one browser
run so that the figures are comparable on a noisy machine. Variants are measured in turns within
each round (A, B, C, A, B, C, …), and differences between variants are taken round by round.

\`\`\`sh
npm run bench              # full run: builds dist/cdn/sabba.js, writes this file (raw samples: .cache/bench/results.json)
npm run bench -- --runs 11 # more rounds
npm run bench:smoke        # CI smoke run (1 round), writes to .cache/bench/ only
node bench/run.mjs --only scroll,adblock   # some scenarios
\`\`\`

Debian's Chromium (\`CHROME_PATH\` overrides \`/usr/bin/chromium\`) is driven through playwright-core
with a fresh profile, a phone's 390 × 844 viewport (touch, the viewport meta honoured) and the CPU
slowed down 4× to stand for a mid-range phone. Pages are
served from 127.0.0.1 (and as \`sabba.test\` where filter lists must see a real host name) with
\`Cache-Control: no-store\`, their files brotli-compressed as a CDN or WordPress host sends them. The code is in \`bench/\`: \`run.mjs\`, one module per scenario in
\`bench/scenarios/\`, shared helpers in \`bench/lib/\`.

## Latest figures

${figuresMarkdown(results)}

## How each figure is measured

${methods}
`;
}
