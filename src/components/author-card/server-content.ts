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

/** The card properties the server's markup can fill. */
export interface ServerContent {
  name: string;
  href: string;
  avatar: string;
  jobTitle: string;
  /** The profile URLs, space-separated as in `same-as`. */
  sameAs: string;
}

/**
 * Fills each of `card`'s properties that is still empty from its server-rendered content, so an
 * attribute or property the page set always wins. Returns whether the card had such content.
 */
export function adoptServerContent(card: Element & ServerContent): boolean {
  const server = card.querySelectorAll(':scope>[slot=server]');
  if (server.length === 0) return false;
  /** The first server-rendered node matching `selector`: a `slot="server"` child or inside one. */
  const find = (selector: string): Element | undefined => {
    for (const node of server) {
      const match = node.matches(selector) ? node : node.querySelector(selector);
      if (match !== null) return match;
    }
    return undefined;
  };
  const read = (selector: string, attribute?: string): string =>
    ((attribute === undefined ? find(selector)?.textContent : find(selector)?.getAttribute(attribute)) ?? '')
      .replace(/\s+/gu, ' ')
      .trim();
  card.name ||= read('.sabba-author-name');
  card.href ||= read('.sabba-author-name a', 'href');
  card.avatar ||= read('img', 'src');
  card.jobTitle ||= read('.sabba-author-role');
  card.sameAs ||= [...card.querySelectorAll(':scope>[slot=server] a[rel~=me]')]
    .map((link) => link.getAttribute('href'))
    .join(' ');
  return true;
}
