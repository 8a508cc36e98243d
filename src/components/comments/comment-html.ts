/**
 * Comment text is untrusted HTML (`content.rendered`: administrators' comments are not filtered,
 * plugins add markup). This module turns it into a DocumentFragment of a few formatting elements
 * built with `createElement`/`createTextNode`, never through an HTML sink.
 *
 * Why a tokenizer of our own rather than the other options:
 * - `Element.setHTML` (the browser's sanitizer) is missing from the engines many readers still use,
 *   so a second path would be needed anyway, and the two would render differently;
 * - DOMPurify and any walker over an inert document must first parse the string with
 *   `DOMParser`/`innerHTML`, which `require-trusted-types-for 'script'` only allows through a
 *   Trusted Types policy every site would have to add to its CSP (and DOMPurify costs about 8 kB);
 * - this reader needs no policy at all: the markup is never handed to a parser that can run or
 *   load anything, nothing is serialized and parsed again (so mutation XSS has nothing to mutate),
 *   and the output can only contain the elements and the one attribute listed below.
 * It reads markup as WordPress writes it (wpautop paragraphs, kses formatting, entities); markup it
 * does not know stays as its text, or disappears when it is a script, style or embedded document.
 */
import { decodeEntities } from '../../internal/html-entities.js';
import { safeLink } from '../../internal/safe-url.js';

/** Elements kept, as themselves. Everything else is unwrapped (its text stays) or dropped. */
const KEPT = new Set(
  'p br a em strong b i u s del ins q cite blockquote code pre ul ol li abbr sub sup small mark'.split(' '),
);

/** Elements whose content is dropped with them: code, styles, embedded documents, form controls. */
const DROPPED = new Set(
  (
    'script style template iframe frame frameset object embed applet noscript noembed noframes xmp plaintext ' +
    'textarea select option title head svg math video audio canvas button datalist picture map'
  ).split(' '),
);

/** Elements the HTML parser treats as raw text: their content is never markup. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '));

/** Elements that have no end tag. */
const VOID = new Set('br img input hr meta link source track wbr area base col embed param keygen'.split(' '));

/** Kept elements nest at most this deep; deeper tags are unwrapped (1 MB of nested tags stays flat). */
export const MAX_NESTING = 24;

/** The longest comment text read (the rest is cut); WordPress stores at most 65,525 bytes, plugins may add some. */
export const MAX_INPUT = 200_000;

/** `href` of an `<a>` start tag, decoded; `undefined` when absent. */
function hrefOf(attributes: string): string | undefined {
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const match of attributes.matchAll(pattern)) {
    if (match[1]?.toLowerCase() === 'href') return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return undefined;
}

/** Start tag, end tag, comment, or markup declaration / processing instruction. */
const TOKEN = /<(?:(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|!--[\s\S]*?(?:--!?>|$)|[!?][^>]*(?:>|$))/g;

/**
 * The comment's text as safe DOM: only the {@link KEPT} elements, links with an http(s) or
 * relative `href` and `rel="nofollow ugc noopener"`, every other attribute gone.
 */
export function sanitizeCommentHtml(markup: string, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  // Cut before the last tag that would be split, so no half tag shows as text.
  const cut = markup.lastIndexOf('<', MAX_INPUT);
  const input = markup.length > MAX_INPUT ? markup.slice(0, cut > 0 ? cut : MAX_INPUT) : markup;
  /** Open kept elements, innermost last. */
  const open: { name: string; node: Element }[] = [];
  /** Inside a dropped element: its name and how many of the same name are open inside it. */
  let dropping: { name: string; depth: number } | undefined;
  const current = (): Node => open.at(-1)?.node ?? fragment;
  const addText = (text: string): void => {
    if (dropping === undefined && text !== '') current().appendChild(doc.createTextNode(decodeEntities(text)));
  };

  let last = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(input); match !== null; match = TOKEN.exec(input)) {
    addText(input.slice(last, match.index));
    last = TOKEN.lastIndex;
    const tag = match[2]?.toLowerCase();
    if (tag === undefined) continue; // a comment, doctype or processing instruction: nothing
    const closing = match[1] === '/';
    if (dropping !== undefined) {
      if (tag === dropping.name) dropping.depth += closing ? -1 : 1;
      if (dropping.depth === 0) dropping = undefined;
      continue;
    }
    if (RAW_TEXT.has(tag) && !closing) {
      // Raw text ends only at its own end tag, whatever it contains (`<style><a></style>`).
      const end = new RegExp(`</${tag}[\\s/>]`, 'ig');
      end.lastIndex = last;
      const found = tag === 'plaintext' ? null : end.exec(input);
      last = found === null ? input.length : input.indexOf('>', found.index) + 1 || input.length;
      TOKEN.lastIndex = last;
      continue;
    }
    if (DROPPED.has(tag)) {
      if (!closing && !VOID.has(tag) && !/\/\s*$/.test(match[3] ?? '')) dropping = { name: tag, depth: 1 };
      continue;
    }
    if (!KEPT.has(tag)) continue; // unwrapped: its content stays, its tags go
    if (closing) {
      const at = open.map((o) => o.name).lastIndexOf(tag);
      if (at !== -1) open.length = at;
      continue;
    }
    if (tag === 'br') {
      current().appendChild(doc.createElement('br'));
      continue;
    }
    if (open.length >= MAX_NESTING) continue;
    // A paragraph or list item does not hold another one: the parser would close the first.
    if (tag === 'p' || tag === 'li') {
      const at = open.map((o) => o.name).lastIndexOf(tag);
      if (at !== -1 && open.slice(at + 1).every((o) => !['ul', 'ol', 'blockquote'].includes(o.name))) open.length = at;
    }
    const node = doc.createElement(tag);
    if (tag === 'a') {
      const href = safeLink(hrefOf(match[3] ?? ''));
      if (href !== undefined) node.setAttribute('href', href);
      node.setAttribute('rel', 'nofollow ugc noopener');
    }
    current().appendChild(node);
    open.push({ name: tag, node });
  }
  addText(input.slice(last));
  return fragment;
}

/**
 * The same safe DOM from a comment the page already holds (the server's `.comment-content`): its
 * nodes are read, never moved, cloned or serialized, and only the {@link KEPT} elements and checked
 * links are built anew, so nothing the server printed can run or load from the copy.
 */
export function sanitizeCommentNodes(source: Node, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const copy = (from: Node, to: Node, depth: number): void => {
    for (let child = from.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        to.appendChild(doc.createTextNode(child.nodeValue ?? ''));
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue; // comments, processing instructions
      const tag = (child as Element).localName;
      // Only HTML elements are kept; SVG and MathML (and anything inside them) are dropped.
      if ((child as Element).namespaceURI !== 'http://www.w3.org/1999/xhtml' || DROPPED.has(tag)) continue;
      if (!KEPT.has(tag) || depth >= MAX_NESTING) {
        copy(child, to, depth); // unwrapped: its content stays, its tag goes
        continue;
      }
      const node = doc.createElement(tag);
      if (tag === 'a') {
        const href = safeLink((child as Element).getAttribute('href'));
        if (href !== undefined) node.setAttribute('href', href);
        node.setAttribute('rel', 'nofollow ugc noopener');
      }
      to.appendChild(node);
      copy(child, node, depth + 1);
    }
  };
  copy(source, fragment, 0);
  return fragment;
}
