import { describeValue, warnOnce } from '../../internal/warn.js';
import { createJsonLdScript } from './json-ld-script.js';
import {
  buildAuthorNode,
  findExistingAuthor,
  parseJsonLdBlocks,
  serializeJsonLd,
  type AuthorFacts,
} from './structured-data.js';

/** Marks the card's own JSON-LD script, so the page search never matches the card against itself. */
const OWN_SCRIPT_ATTRIBUTE = 'data-sabba-author-card';

/**
 * The serialised schema.org node for what the card shows, reusing the `@id` of a node the page's
 * own JSON-LD already has for this author, or `undefined` when the card shows no name, or when
 * `deferToPage` and the page already describes this author (the server that printed the card
 * printed its node too: a second copy would only repeat it).
 */
function jsonLdFor(facts: AuthorFacts, deferToPage: boolean): string | undefined {
  const blocks = parseJsonLdBlocks(
    Array.from(document.querySelectorAll('script[type="application/ld+json"]'))
      .filter((script) => !script.hasAttribute(OWN_SCRIPT_ATTRIBUTE))
      .map((script) => script.textContent),
  );
  const existing = findExistingAuthor(blocks, facts.type, facts.url);
  if (existing.conflictingType !== undefined) {
    warnOnce(
      `<sabba-author-card> the page describes ${describeValue(facts.url)} as ${existing.conflictingType}, but the ` +
        `card says type="${facts.type}"; its @id was not reused. Make both agree.`,
    );
  }
  if (deferToPage && existing.id !== undefined) return undefined;
  const node = buildAuthorNode(facts, existing.id);
  return node === undefined ? undefined : serializeJsonLd(node);
}

/**
 * Makes the card's light-DOM JSON-LD (crawlers do not read shadow roots) match `facts`: creates,
 * replaces or, when `facts` is `undefined` or names no one, removes the script. Returns the
 * script now in the card, for the next call. `deferToPage`: see {@link jsonLdFor}.
 */
export function syncJsonLd(
  host: HTMLElement,
  current: HTMLScriptElement | undefined,
  facts: AuthorFacts | undefined,
  deferToPage: boolean,
): HTMLScriptElement | undefined {
  const text = facts === undefined ? undefined : jsonLdFor(facts, deferToPage);
  if (text === undefined) {
    current?.remove();
    return undefined;
  }
  let script = current;
  if (script?.textContent !== text) {
    // A new script each time the text changes: a script's text may not be changed in place on
    // pages that enforce Trusted Types (see createJsonLdScript).
    script = createJsonLdScript(text);
    // The slot name matches no slot, so the script is never rendered or mistaken for bio content.
    script.slot = 'structured-data';
    script.setAttribute(OWN_SCRIPT_ATTRIBUTE, '');
    current?.remove();
  }
  if (script.parentNode !== host) host.append(script);
  return script;
}
