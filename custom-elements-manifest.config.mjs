// @ts-check
// Read by `cem analyze` (npm run analyze) on top of its command-line options.
//
// The analyzer sees an element's events twice: once from `this.dispatchEvent(new SabbaXEvent(…))`
// (a type, no name) and once from the `@fires name - description` JSDoc (a name, no type). And an
// event class's `detail` shows as the generic `Detail` of SabbaEvent<Detail>. This plugin reads each
// SabbaEvent subclass's event name (its `super('sabba-…')` or `super(ThisEvent.type)` call) and detail type (its type argument),
// merges the two sightings of each event into one entry with name, type and description, and gives
// each event class's `detail` its real type, so Storybook and editors show `detail: { id, status }`.

import { shippedPaths } from './scripts/manifest/shipped-paths.mjs';

/** @typedef {{ eventName?: string, detailType?: string }} EventClassInfo */

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function sabbaEvents() {
  /** @type {Map<string, EventClassInfo>} */
  const eventClasses = new Map();
  return {
    name: 'sabba-events',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || node.name === undefined) return;
      const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (heritage === undefined || heritage.expression.getText() !== 'SabbaEvent') return;
      /** @type {EventClassInfo} */
      const info = { detailType: heritage.typeArguments?.[0]?.getText() };
      // `static readonly type = 'sabba-…'` lets the constructor say `super(ThisEvent.type, …)`.
      /** @type {Map<string, string>} */
      const statics = new Map();
      for (const member of node.members) {
        if (ts.isPropertyDeclaration(member) && member.initializer && ts.isStringLiteralLike(member.initializer)) {
          statics.set(member.name.getText(), member.initializer.text);
        }
      }
      const className = node.name.text;
      const constructor = node.members.find(ts.isConstructorDeclaration);
      constructor?.body?.forEachChild(function visit(child) {
        if (ts.isCallExpression(child) && child.expression.kind === ts.SyntaxKind.SuperKeyword) {
          const first = child.arguments[0];
          if (first !== undefined && ts.isStringLiteralLike(first)) info.eventName = first.text;
          if (first !== undefined && ts.isPropertyAccessExpression(first) && first.expression.getText() === className) {
            info.eventName = statics.get(first.name.text);
          }
        }
        child.forEachChild(visit);
      });
      eventClasses.set(node.name.text, info);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const info = eventClasses.get(declaration.name);
          if (info?.detailType !== undefined) {
            for (const member of declaration.members ?? []) {
              if (member.kind === 'field' && member.name === 'detail') member.type = { text: info.detailType };
            }
          }
          if (declaration.events !== undefined) declaration.events = mergeEvents(declaration.events, eventClasses);
        }
      }
    },
  };
}

/**
 * One entry per event name: the dispatched sighting gives the type, the JSDoc one the description.
 * @param {import('custom-elements-manifest/schema').Event[]} events
 * @param {Map<string, EventClassInfo>} eventClasses
 */
function mergeEvents(events, eventClasses) {
  /** @type {Map<string, import('custom-elements-manifest/schema').Event>} */
  const byName = new Map();
  /** @type {import('custom-elements-manifest/schema').Event[]} */
  const unnamed = [];
  for (const event of events) {
    // A SabbaEvent subclass knows its own name. Prefer it: for `new SabbaXEvent(detail)` the
    // analyzer takes the identifier `detail` for the event name, as it would for `new Event(name)`.
    const name = (event.type ? eventClasses.get(event.type.text)?.eventName : undefined) ?? event.name;
    if (!name) {
      unnamed.push(event);
      continue;
    }
    const seen = byName.get(name);
    byName.set(name, {
      ...seen,
      ...event,
      name,
      type: event.type ?? seen?.type,
      description: event.description || seen?.description || '',
    });
    const merged = byName.get(name);
    if (merged && !merged.description) delete merged.description;
    if (merged && !merged.type) delete merged.type;
  }
  // An event dispatched indirectly (`const e = new X(…); this.dispatchEvent(e)`) is only seen in
  // JSDoc: take its type from the SabbaEvent subclass that carries that event name.
  for (const [name, event] of byName) {
    if (event.type) continue;
    const className = [...eventClasses].find(([, info]) => info.eventName === name)?.[0];
    if (className !== undefined) event.type = { text: className };
  }
  return [...byName.values(), ...unnamed];
}

export default {
  // shippedPaths last: the events plugin matches declarations by their source modules.
  plugins: [sabbaEvents(), shippedPaths()],
};
