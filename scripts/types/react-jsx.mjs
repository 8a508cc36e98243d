// @ts-check
// dist/react-jsx.d.ts, from the manifest: typed JSX for the plain <sabba-…> tags in React 19
// (attributes as in HTML, object/function properties, and `on<event>` listeners with the typed
// event). Shipped as the types-only entry `sabba-widgets/jsx-react`.
import { attributeType, oneLine, readElements } from './elements.mjs';

/**
 * The d.ts text for `manifest`.
 * @param {import('custom-elements-manifest/schema').Package} manifest
 */
export function renderReactTypes(manifest) {
  const elements = readElements(manifest);
  const entries = elements.map((element) => {
    // React 19 sets a prop as a property when the element has a property of that name
    // (`threshold`, `progress`), and as an attribute otherwise (`post-id`). So a prop named like a
    // property takes the property's type, and only kebab-case attribute names are strings.
    const isProperty = (/** @type {string} */ name) => element.properties.some((property) => property.name === name);
    const attributes = element.attributes
      .filter((attribute) => !isProperty(attribute.name))
      .map(
        (attribute) =>
          `          /** ${attribute.description} */\n          '${attribute.name}'?: ${attributeType(attribute.type)};`,
      );
    // A camelCase property that mirrors a kebab-case attribute (`postId` for `post-id`) is left to
    // the attribute: before the element is defined React would write it as a `postid` attribute.
    const properties = element.properties
      .filter(
        (property) =>
          !element.attributes.some(
            (attribute) => attribute.fieldName === property.name && attribute.name !== property.name,
          ),
      )
      .map((property) => `'${property.name}'`);
    const events = element.events.map((event) => `'${event.name}'`);
    return [
      `      /** ${oneLine(element.description)} */`,
      `      '${element.tagName}': SabbaProps<`,
      `        ${element.className},`,
      attributes.length > 0 ? `        {\n${attributes.join('\n')}\n        },` : '        {},',
      `        ${properties.length > 0 ? properties.join(' | ') : 'never'},`,
      `        ${events.length > 0 ? events.join(' | ') : 'never'}`,
      '      >;',
    ].join('\n');
  });

  const classes = elements.map((element) => element.className).join(', ');
  return `// Generated from custom-elements.json by scripts/types/react-jsx.mjs; do not edit.
// Typed JSX for the plain <sabba-…> tags in React 19, which sets a prop as a property when the
// element has one of that name (typed as the property: \`threshold={400}\`, \`submitter={fn}\`), as an
// attribute otherwise (kebab-case, strings: \`post-id="1"\`), and adds \`on<event>\` listeners.
// React only knows a property once the element is defined: import the define modules before
// rendering, or use the components of \`sabba-widgets/react.js\`, which set properties in any order.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${classes} } from './index.js';

type SabbaProps<
  E extends HTMLElement,
  Attributes,
  Properties extends keyof E,
  Events extends keyof GlobalEventHandlersEventMap,
> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Attributes &
  Partial<Pick<E, Properties>> & {
    [K in Events as \`on\${K}\`]?: (event: GlobalEventHandlersEventMap[K]) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}
