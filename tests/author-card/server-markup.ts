/**
 * The markup wordpress/includes/author-card.php prints for a card, built here the way the PHP
 * builds it (same order, same attributes, `wpautop()`'s `<p>…</p>\n` around a one-paragraph bio),
 * so the browser tests exercise exactly what a WordPress site sends. tests/wordpress/ checks the
 * real plugin's output against the same shape.
 */
import { escHtml } from '../../scripts/test/wordpress-stand-in/wp-text.mjs';

/** What sabba_widgets_author_data() returns, as far as the markup uses it. */
export interface ServerAuthor {
  readonly name: string;
  readonly type?: 'person' | 'organization';
  readonly jobTitle?: string;
  readonly bio?: string;
  readonly avatar?: string;
  readonly href: string;
  readonly links?: readonly string[];
}

/** esc_html() / esc_attr() / esc_url() on the values the tests use (the same five characters). */
const escape = escHtml;

/** sabba_widgets_render_author_card( $author, $compact ), `newsroom` being the plugin's "Newsroom" text. */
export function serverCard(author: ServerAuthor, { compact = false, newsroom = 'Tim redaksi' } = {}): string {
  const type = author.type ?? 'person';
  let inner =
    author.avatar === undefined
      ? ''
      : `<img slot="server" class="sabba-author-avatar" src="${escape(author.avatar)}" alt="" width="64" height="64" loading="lazy" decoding="async">`;
  // The byline's markup is phrasing content only: it sits inside a paragraph.
  const nameTag = compact ? 'span' : 'p';
  let head = `<${nameTag} class="sabba-author-name"><a href="${escape(author.href)}" rel="author">${escape(author.name)}</a></${nameTag}>`;
  if (!compact) {
    const badge = type === 'organization' ? `<span class="sabba-author-badge">${escape(newsroom)}</span>` : '';
    const role = author.jobTitle ? `<p class="sabba-author-role">${escape(author.jobTitle)}</p>` : '';
    head = badge + head + role;
  }
  const headTag = compact ? 'span' : 'div';
  inner += `<${headTag} slot="server" class="sabba-author-head">${head}</${headTag}>`;
  if (!compact && author.bio) inner += `<div class="sabba-author-bio"><p>${escape(author.bio)}</p>\n</div>`;
  const links = compact
    ? ''
    : (author.links ?? [])
        .map(
          (url) =>
            `<li><a href="${escape(url)}" rel="me noopener">${escape(new URL(url).hostname.replace(/^www\./, ''))}</a></li>`,
        )
        .join('');
  if (links !== '') inner += `<ul slot="server" class="sabba-author-links">${links}</ul>`;
  return `<sabba-author-card type="${type}"${compact ? ' compact' : ''}>${inner}</sabba-author-card>`;
}

/** sabba_widgets_print_structured_data() for one author on a single post, without an SEO plugin. */
export function serverJsonLd(author: ServerAuthor, schemaId: string, postUrl: string): string {
  const node: Record<string, unknown> = {
    '@type': author.type === 'organization' ? 'Organization' : 'Person',
    '@id': schemaId,
    name: author.name,
    url: author.href,
  };
  if (author.bio) node.description = author.bio;
  if (author.jobTitle && node['@type'] === 'Person') node.jobTitle = author.jobTitle;
  if (author.avatar) node[node['@type'] === 'Person' ? 'image' : 'logo'] = author.avatar;
  if (author.links?.length) node.sameAs = author.links;
  const graph = [
    node,
    { '@type': 'Article', '@id': `${postUrl}#article`, mainEntityOfPage: postUrl, author: [{ '@id': schemaId }] },
  ];
  const json = JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
  return `<script type="application/ld+json" class="sabba-widgets-schema">${json}</script>`;
}

/** The plugin's test author (scripts/wordpress/plugin.php), on this test server's origin. */
export const RINA: ServerAuthor = {
  name: 'Rina Kartika',
  jobTitle: 'Wartawan Ekonomi',
  bio:
    'Wartawan ekonomi di Jakarta. Menulis soal pasar & kebijakan, anggaran daerah, harga pangan dan ' +
    'usaha kecil sejak 2012; sebelumnya redaktur di harian lokal Banten dan pengajar jurnalistik data.',
  avatar: '/tests/author-card/fixtures/avatar.svg',
  href: `${location.origin}/author/wartawan/`,
  links: ['https://rina.example.id/', 'https://www.facebook.com/rina.kartika', 'https://x.com/rinakartika'],
};

/** The plugin's newsroom account, with no photo (the site does not show avatars). */
export const REDAKSI: ServerAuthor = {
  name: 'Redaksi Sabba',
  type: 'organization',
  bio: 'Tim redaksi Sabba.',
  href: `${location.origin}/author/redaksi/`,
};
