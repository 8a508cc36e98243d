// @ts-check
// Fails when dist/custom-elements.json is stale or incomplete (run `npm run analyze` first):
// - stale: regenerating it from the sources (same command, into a temp folder) gives another file;
// - incomplete: a public member of a sabba-* element (attribute, property, method, event, slot,
//   part, CSS property, CSS state) has no description, an event has no detail type, an element has
//   no summary, or an element folder in src/components has no element in the manifest.
// Usage: node scripts/check-manifest.mjs [path/to/custom-elements.json]
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifestPath = process.argv[2] ?? join(root, 'dist/custom-elements.json');

/** @typedef {import('custom-elements-manifest/schema').Package} Manifest */
/** @typedef {import('custom-elements-manifest/schema').CustomElementDeclaration & import('custom-elements-manifest/schema').ClassDeclaration} ElementDeclaration */

/** Regenerates the manifest with package.json's own `analyze` command, written to a temp folder. */
function regenerate() {
  const pkgText = readFileSync(join(root, 'package.json'), 'utf8');
  const pkg = JSON.parse(pkgText);
  /** @type {string} */
  const analyze = pkg.scripts.analyze;
  if (!/--outdir dist\b/.test(analyze)) throw new Error(`cannot redirect "${analyze}": expected --outdir dist`);
  // cem resolves --outdir against the working directory, so use a (gitignored) folder inside it.
  mkdirSync(join(root, '.cache'), { recursive: true });
  const out = mkdtempSync(join(root, '.cache/manifest-check-'));
  try {
    execSync(analyze.replace(/--outdir dist\b/, `--outdir ${JSON.stringify(relative(root, out))}`), {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}` },
    });
    return readFileSync(join(out, 'custom-elements.json'), 'utf8');
  } finally {
    // cem writes its output path into package.json's `customElements` field: put it back.
    writeFileSync(join(root, 'package.json'), pkgText);
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Every problem found in `manifest`, as readable lines.
 * @param {Manifest} manifest
 * @param {string[]} elementNames folders under src/components
 */
export function findProblems(manifest, elementNames) {
  /** @type {string[]} */
  const problems = [];
  const classes = new Map(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, d]),
    ),
  );
  const elements = /** @type {ElementDeclaration[]} */ (
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => 'customElement' in d && d.customElement && d.tagName?.startsWith('sabba-'))
  );

  for (const name of elementNames) {
    if (!elements.some((element) => element.tagName === `sabba-${name}`)) {
      problems.push(`<sabba-${name}>: no element in the manifest (is @tag sabba-${name} / the define call there?)`);
    }
  }

  const missing = (/** @type {{ description?: string }} */ item) => !item.description?.trim();
  for (const element of elements) {
    const where = `<${element.tagName}>`;
    if (!element.summary?.trim() && missing(element))
      problems.push(`${where}: no @summary or description on ${element.name}`);
    for (const attribute of element.attributes ?? []) {
      if (missing(attribute)) problems.push(`${where}: attribute "${attribute.name}" has no description`);
    }
    for (const member of element.members ?? []) {
      if (member.privacy === 'private' || member.privacy === 'protected' || /^[_#]/.test(member.name)) continue;
      if (missing(member))
        problems.push(
          `${where}: ${member.static ? 'static ' : ''}${member.kind === 'method' ? 'method' : 'property'} "${member.name}" has no description`,
        );
    }
    for (const event of element.events ?? []) {
      const label = event.name
        ? `event "${event.name}"`
        : `an unnamed event of type ${event.type?.text ?? '?'} (add @fires)`;
      if (!event.name) problems.push(`${where}: ${label}`);
      if (missing(event)) problems.push(`${where}: ${label} has no description`);
      const eventClass = event.type ? classes.get(event.type.text) : undefined;
      const detail = eventClass?.members?.find((member) => member.kind === 'field' && member.name === 'detail');
      const detailType = detail && 'type' in detail ? detail.type?.text : undefined;
      if (!event.type)
        problems.push(`${where}: ${label} has no type (dispatch a SabbaEvent subclass or write @fires {Class} name)`);
      else if (!detailType || ['Detail', 'unknown', 'any'].includes(detailType)) {
        problems.push(`${where}: ${label} (${event.type.text}) has no detail type`);
      }
    }
    for (const [kind, items] of /** @type {const} */ ([
      ['slot', element.slots],
      ['part', element.cssParts],
      ['CSS property', element.cssProperties],
      ['CSS state', element.cssStates],
    ])) {
      for (const item of items ?? []) {
        if (missing(item)) problems.push(`${where}: ${kind} "${item.name || '(default)'}" has no description`);
      }
    }
  }
  return problems;
}

/**
 * The manifest as comparable text. The analyzer lists modules in the order its file reads finish,
 * which varies from run to run, so sort them by path.
 * @param {string} text
 */
function canonical(text) {
  /** @type {Manifest} */
  const manifest = JSON.parse(text);
  manifest.modules = [...manifest.modules].sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(manifest);
}

function main() {
  if (!existsSync(manifestPath)) {
    console.error(`check-manifest: ${manifestPath} is missing; run \`npm run analyze\` first.`);
    process.exit(1);
  }
  const current = readFileSync(manifestPath, 'utf8');
  /** @type {string[]} */
  const problems = [];
  if (process.argv[2] === undefined) {
    const fresh = regenerate();
    if (canonical(fresh) !== canonical(current)) {
      problems.push(
        'dist/custom-elements.json is stale: the sources give a different manifest (run `npm run analyze`)',
      );
    }
  }
  const componentsFolder = join(root, 'src/components');
  const names = existsSync(componentsFolder) ? readdirSync(componentsFolder).sort() : [];
  problems.push(...findProblems(JSON.parse(current), names));
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-manifest: ${problem}`);
    console.error(`check-manifest: ${problems.length} problem(s).`);
    process.exit(1);
  }
  console.log(`check-manifest: ${names.length} elements, every public member described, events typed, manifest fresh.`);
}

main();
