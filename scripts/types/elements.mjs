// @ts-check
// The Sabba elements as the type and editor-data generators need them, read from the manifest.

/** @typedef {import('custom-elements-manifest/schema').CustomElementDeclaration & import('custom-elements-manifest/schema').ClassDeclaration} ElementDeclaration */

/**
 * @typedef {object} ElementInfo
 * @property {string} tagName
 * @property {string} className
 * @property {string} description the summary, else the description
 * @property {{ name: string, fieldName: string | undefined, description: string, type: string | undefined }[]} attributes
 * @property {{ name: string, description: string }[]} properties writable, public, not static
 * @property {{ name: string, description: string, type: string | undefined }[]} events
 */

/** One line, safe inside a `/** … *\/` comment. @param {string | undefined} text */
export function oneLine(text) {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('*/', '*\\/')
    .trim();
}

/**
 * Every sabba-* element in `manifest`, sorted by tag name.
 * @param {import('custom-elements-manifest/schema').Package} manifest
 * @returns {ElementInfo[]}
 */
export function readElements(manifest) {
  const declarations = /** @type {ElementDeclaration[]} */ (
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => 'customElement' in d && d.customElement && d.tagName?.startsWith('sabba-'))
  );
  return declarations
    .map((element) => ({
      tagName: /** @type {string} */ (element.tagName),
      className: element.name,
      description: oneLine(element.summary || element.description),
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        fieldName: attribute.fieldName,
        description: oneLine(attribute.description),
        type: attribute.type?.text,
      })),
      properties: (element.members ?? [])
        .filter(
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            !member.readonly &&
            member.privacy !== 'private' &&
            member.privacy !== 'protected' &&
            !/^[_#]/.test(member.name),
        )
        .map((member) => ({ name: member.name, description: oneLine(member.description) })),
      events: (element.events ?? []).flatMap((event) =>
        event.name ? [{ name: event.name, description: oneLine(event.description), type: event.type?.text }] : [],
      ),
    }))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `sabba-comment-success` → `SabbaCommentSuccess`. @param {string} name */
export function pascalCase(name) {
  return name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
}

/** An attribute's TypeScript type, when the manifest's text is one a JSX prop can take. @param {string | undefined} text */
export function attributeType(text) {
  const cleaned = (text ?? 'string').replace(/\s*\|\s*(null|undefined)\b/g, '').trim();
  if (['string', 'number', 'boolean'].includes(cleaned)) return cleaned === 'string' ? 'string' : `${cleaned} | string`;
  if (/^'[^']*'(\s*\|\s*'[^']*')*$/.test(cleaned)) return `${cleaned} | (string & {})`;
  return 'string';
}
