// @ts-check
/**
 * Which source modules a minified bundle's bytes come from, read from its source map: every
 * generated character is charged to the source its mapping points at. Mapped code without a
 * source (the bundler's helpers) is `(bundler)`; what no mapping covers (kept licence comments,
 * line breaks) is `(unmapped)`, so the rows add up to the bundle's length.
 */
import { SourceMapConsumer } from 'source-map-js';

/**
 * @param {string} code the bundle
 * @param {import('source-map-js').RawSourceMap} map its source map
 * @returns {{ source: string, bytes: number }[]} largest first
 */
export function composition(code, map) {
  const lines = code.split('\n');
  /** @type {import('source-map-js').MappingItem[]} */
  const mappings = [];
  new SourceMapConsumer(map).eachMapping((mapping) => mappings.push(mapping), null, SourceMapConsumer.GENERATED_ORDER);
  /** @type {Map<string, number>} */
  const bytes = new Map();
  mappings.forEach((mapping, index) => {
    const next = mappings[index + 1];
    const end =
      next !== undefined && next.generatedLine === mapping.generatedLine
        ? next.generatedColumn
        : (lines[mapping.generatedLine - 1] ?? '').length;
    const source = shortName(mapping.source);
    bytes.set(source, (bytes.get(source) ?? 0) + end - mapping.generatedColumn);
  });
  const mapped = [...bytes.values()].reduce((a, b) => a + b, 0);
  if (code.length > mapped) bytes.set('(unmapped)', code.length - mapped);
  return [...bytes].map(([source, count]) => ({ source, bytes: count })).sort((a, b) => b.bytes - a.bytes);
}

/** `src/…` for our modules, the package path for dependencies. */
function shortName(/** @type {string | null} */ source) {
  if (source === null || source === '') return '(bundler)';
  const dependency = source.lastIndexOf('node_modules/');
  if (dependency !== -1) return source.slice(dependency + 'node_modules/'.length);
  const own = source.lastIndexOf('/src/');
  return own === -1 ? source : source.slice(own + 1);
}
