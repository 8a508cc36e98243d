/**
 * Reading the card a server printed before the element upgraded (the WordPress plugin does, and
 * any theme may): the name, author page, photo, role and profile links in light-DOM children
 * marked `slot="server"`, which the element never renders. The bio is not read here: the server
 * prints it as an ordinary child, which the card's default slot shows as it always has.
 *
 * The markup (`wordpress/includes/author-card.php` prints exactly this):
 *
 * ```html
 * <sabba-author-card>
 *   <img slot="server" class="sabba-author-avatar" src="…" alt="" width="64" height="64">
 *   <div slot="server" class="sabba-author-head">
 *     <p class="sabba-author-name"><a href="…" rel="author">Name</a></p>
 *     <p class="sabba-author-role">Role</p>
 *   </div>
 *   <div class="sabba-author-bio"><p>The bio.</p></div>
 *   <ul slot="server" class="sabba-author-links"><li><a href="…" rel="me noopener">x.com</a></li></ul>
 * </sabba-author-card>
 * ```
 *
 * Only text and attribute values are read, never markup; the element checks every URL as it
 * checks its attributes.
 */

/** What the server-rendered markup says, each '' when it says nothing. */
export interface ServerContent {
  readonly name: string;
  readonly href: string;
  readonly avatar: string;
  readonly jobTitle: string;
  /** The profile URLs, space-separated as in `same-as`. */
  readonly sameAs: string;
}

/** `host`'s server-rendered nodes matching `selector`: a `slot="server"` child or inside one. */
function serverNodes(host: Element, selector: string): Element[] {
  return [...host.querySelectorAll(`:scope>[slot=server]:is(${selector}),:scope>[slot=server] ${selector}`)];
}

/** The text of the first match, with white space collapsed. */
function serverText(host: Element, selector: string): string {
  return (serverNodes(host, selector)[0]?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** The attribute `name` of the first match that has it. */
function serverAttribute(host: Element, selector: string, name: string): string {
  return serverNodes(host, `${selector}[${name}]`)[0]?.getAttribute(name)?.trim() ?? '';
}

/** Reads the server-rendered card inside `host`, or `undefined` when it has none. */
export function readServerContent(host: Element): ServerContent | undefined {
  if (host.querySelector(':scope>[slot=server]') === null) return undefined;
  return {
    name: serverText(host, '.sabba-author-name'),
    href: serverAttribute(host, '.sabba-author-name a', 'href'),
    avatar: serverAttribute(host, 'img', 'src'),
    jobTitle: serverText(host, '.sabba-author-role'),
    sameAs: serverNodes(host, 'a[rel~=me][href]')
      .map((link) => link.getAttribute('href')?.trim() ?? '')
      .join(' '),
  };
}

/**
 * Fills each of `card`'s properties that is still empty from its server-rendered content, so an
 * attribute or property the page set always wins. Returns whether the card had such content.
 */
export function adoptServerContent(card: Element & Record<keyof ServerContent, string>): boolean {
  const server = readServerContent(card);
  if (server === undefined) return false;
  for (const key of Object.keys(server) as (keyof ServerContent)[]) card[key] ||= server[key];
  return true;
}
