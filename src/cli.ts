#!/usr/bin/env node
/**
 * `npx sabba-widgets …`: prints the CSS a page needs before the widgets' script arrives.
 *
 *   sabba-widgets ad-css --sizes "300x250, 336x280" --size-map "0:300x250 | 768:728x90" --selector "#ad-top"
 *     the exact rules for one slot: preUpgradeCss(planSizes(sizes, sizeMap), selector)
 *   sabba-widgets ad-css --stylesheet
 *     the shipped ad-slot.css (common IAB sizes, read from the attributes alone)
 *
 * CSS goes to stdout, warnings about the input to stderr (as `[sabba] …`), so `> head.css` works.
 */
import { adSlotStylesheet } from './components/ad-slot/ad-slot-stylesheet.js';
import { planSizes, preUpgradeCss } from './components/ad-slot/size-map.js';

/** The part of Node's `process` this script uses (the library's own types are the browser's). */
declare const process: {
  argv: string[];
  exitCode?: number;
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean };
};

const USAGE = `Usage:
  sabba-widgets ad-css --sizes "300x250, 336x280" [--size-map "0:300x250 | 768:728x90"] [--selector "#ad-top"]
      prints the CSS that reserves that slot's space before <sabba-ad-slot> is defined
  sabba-widgets ad-css --stylesheet
      prints ad-slot.css, which reserves the common IAB sizes from the attributes alone
`;

/** The options `ad-css` takes, each with a value except `--stylesheet`. */
const VALUE_OPTIONS = new Set(['--sizes', '--size-map', '--selector']);

/** A selector that cannot leave its rule: no braces, semicolons, commas, at-rules or comments. */
const SAFE_SELECTOR = /^[^{};,@/]+$/;

/** Reads `--name value` and `--name=value` pairs; `undefined` (after printing why) on a mistake. */
function parseOptions(args: readonly string[]): Map<string, string> | undefined {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (name === '--stylesheet' && inline === undefined) {
      options.set(name, '');
    } else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) {
        fail(`${name} needs a value.`);
        return undefined;
      }
      options.set(name, value);
    } else {
      fail(`unknown option ${JSON.stringify(arg)}.`);
      return undefined;
    }
  }
  return options;
}

/** Prints `message` and the usage to stderr and marks the run failed. */
function fail(message: string): void {
  process.stderr.write(`sabba-widgets: ${message}\n\n${USAGE}`);
  process.exitCode = 2;
}

/** Runs the command line `args` (without `node` and the script path). */
function main(args: readonly string[]): void {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command !== 'ad-css') {
    fail(`unknown command ${JSON.stringify(command)}.`);
    return;
  }
  const options = parseOptions(rest);
  if (options === undefined) return;
  if (options.has('--stylesheet')) {
    if (options.size > 1) {
      fail('--stylesheet takes no other option: it covers every slot.');
      return;
    }
    process.stdout.write(adSlotStylesheet());
    return;
  }
  if (!options.has('--sizes') && !options.has('--size-map')) {
    fail('give --sizes and/or --size-map, as on the <sabba-ad-slot> tag, or --stylesheet.');
    return;
  }
  const selector = options.get('--selector') ?? 'sabba-ad-slot';
  if (!SAFE_SELECTOR.test(selector)) {
    fail(`--selector ${JSON.stringify(selector)} must be one selector such as "#ad-top" or "sabba-ad-slot.sidebar".`);
    return;
  }
  process.stdout.write(`${preUpgradeCss(planSizes(options.get('--sizes'), options.get('--size-map')), selector)}\n`);
}

main(process.argv.slice(2));
