// @ts-check
// dist/vue.d.ts, from the manifest: the <sabba-…> tags as Vue 3 GlobalComponents, so vue-tsc
// (with `strictTemplates`) checks their props and `@sabba-…` listeners. Shipped as the types-only
// entry `sabba-widgets/vue`.
import { attributeType, readElements } from './elements.mjs';

/**
 * The d.ts text for `manifest`.
 * @param {import('custom-elements-manifest/schema').Package} manifest
 */
export function renderVueTypes(manifest) {
  const elements = readElements(manifest);
  const entries = elements.map((element) => {
    // vue-tsc checks `post-id="1"` as the prop `postId`, and Vue writes a kebab-case name as an
    // attribute: so a property that mirrors a kebab-case attribute takes the attribute's values.
    // Any other property (`submitter`, `threshold`) Vue sets as a property: it takes its own type.
    const mirrored = element.attributes.filter(
      (attribute) =>
        attribute.fieldName !== undefined &&
        attribute.fieldName !== attribute.name &&
        element.properties.some((p) => p.name === attribute.fieldName),
    );
    const attributes = mirrored.map(
      (attribute) =>
        `        /** ${attribute.description} */\n        ${attribute.fieldName}?: ${attributeType(attribute.type)};`,
    );
    const properties = element.properties
      .filter((property) => !mirrored.some((attribute) => attribute.fieldName === property.name))
      .map((property) => `'${property.name}'`);
    const events = element.events.map((event) => `'${event.name}'`);
    return [
      `    /** ${element.description} */`,
      `    '${element.tagName}': SabbaElement<`,
      `      ${element.className},`,
      attributes.length > 0 ? `      {\n${attributes.join('\n')}\n      },` : '      {},',
      `      ${properties.length > 0 ? properties.join(' | ') : 'never'},`,
      `      ${events.length > 0 ? events.join(' | ') : 'never'}`,
      '    >;',
    ].join('\n');
  });

  const classes = elements.map((element) => element.className).join(', ');
  return `// Generated from custom-elements.json by scripts/types/vue.mjs; do not edit.
// The <sabba-…> tags for vue-tsc: kebab-case attributes take strings (\`post-id="1"\`), properties
// their own type (\`:submitter="fn"\`, \`:threshold="400"\`), \`@sabba-…\` listeners the typed event.
// Vue sets a property only once the element is defined: import the define modules before
// \`app.mount()\`, or write \`:submitter.prop="fn"\` (with the autoloader).
import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { ${classes} } from './index.js';

type SabbaElement<
  E extends HTMLElement,
  Attributes,
  Properties extends keyof E,
  Events extends keyof GlobalEventHandlersEventMap,
> = new () => E & {
  $props: Attributes & Partial<Pick<E, Properties>> & HTMLAttributes & AllowedComponentProps & VNodeProps & ComponentCustomProps;
  $emit: EmitFn<{ [K in Events]: (event: GlobalEventHandlersEventMap[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}
