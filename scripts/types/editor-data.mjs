// @ts-check
// Editor data from the manifest, so HTML files get completion and hover docs for the tags:
// dist/vscode.html-custom-data.json (VS Code's `html.customData` setting) and dist/web-types.json
// (JetBrains IDEs, found through package.json's `web-types` field).
import { readElements } from './elements.mjs';

/** The literal values of a union type such as `'banner' | 'dialog'`, else none. @param {string | undefined} type */
function literalValues(type) {
  const parts = (type ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : [];
}

/** @param {import('custom-elements-manifest/schema').Package} manifest */
export function renderVscodeData(manifest) {
  const tags = readElements(manifest).map((element) => ({
    name: element.tagName,
    description: element.description,
    attributes: element.attributes.map((attribute) => {
      const values = literalValues(attribute.type);
      const isBoolean = attribute.type === 'boolean';
      return {
        name: attribute.name,
        description: attribute.description,
        ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : isBoolean ? { valueSet: 'v' } : {}),
      };
    }),
  }));
  return `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`;
}

/**
 * @param {import('custom-elements-manifest/schema').Package} manifest
 * @param {{ name: string, version: string }} pkg
 */
export function renderWebTypes(manifest, pkg) {
  const elements = readElements(manifest).map((element) => ({
    name: element.tagName,
    description: element.description,
    attributes: element.attributes.map((attribute) => {
      const values = literalValues(attribute.type);
      return {
        name: attribute.name,
        description: attribute.description,
        value:
          attribute.type === 'boolean'
            ? { kind: 'no-value', type: 'boolean' }
            : {
                kind: 'plain',
                type:
                  values.length > 0 ? values.map((value) => `'${value}'`).join(' | ') : (attribute.type ?? 'string'),
              },
      };
    }),
    events: element.events.map((event) => ({ name: event.name, description: event.description })),
    js: {
      properties: element.properties.map((property) => ({ name: property.name, description: property.description })),
      events: element.events.map((event) => ({ name: event.name, description: event.description })),
    },
  }));
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: { html: { elements } },
  };
  return `${JSON.stringify(webTypes, null, 2)}\n`;
}
