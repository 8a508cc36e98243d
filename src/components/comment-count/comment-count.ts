import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Overrides } from '../../i18n/index.js';
import { hostStyles } from '../../internal/host.styles.js';
import { SabbaElement } from '../../internal/sabba-element.js';
import { safeLink } from '../../internal/safe-url.js';
import { warnOnce } from '../../internal/warn.js';
import { parsePostId, resolveRestRoot } from '../../internal/wordpress-rest.js';
import { commentCountTexts, type CommentCountTexts } from './comment-count.texts.js';
import { commentCount } from './count-batcher.js';

const TAG = 'sabba-comment-count';

/**
 * @summary "12 komentar" for a post, for listing pages and bylines; many counts on one page cost one request per site.
 * @tag sabba-comment-count
 * @since 0.2
 *
 * Counts the post's approved comments through WordPress's REST API. Every count asked for in the
 * same task on one site goes into one request (`GET /wp/v2/comments?post=1,2,3&_fields=post`);
 * see the README for what core WordPress allows and where that stops. While counting, and when the
 * count cannot be read, it shows its own content: the count the page printed (a theme's
 * `comments_number()`), which also holds the byline's width so the live count moves nothing, or
 * nothing at all (a byline never says something wrong).
 *
 * @slot - The page's own count, shown until the live one is known (and without JavaScript).
 * @csspart count - The count text (a link with `href`).
 *
 * @cssstate loaded - The count is shown.
 */
export class SabbaCommentCount extends SabbaElement {
  static override styles = [hostStyles, css`:host { display: inline; }`];

  /** The WordPress site root (`home_url()`), absolute or relative to the page. Default: the page's origin. */
  @property({ attribute: 'site-url' }) siteUrl = '';

  /** The REST API root when it is not `{site-url}/wp-json/`, e.g. `https://site/?rest_route=/`. */
  @property({ attribute: 'rest-root' }) restRoot = '';

  /** The WordPress post ID whose comments are counted. Required. */
  @property({ attribute: 'post-id' }) postId = '';

  /** Links the count to the post's comments (e.g. `/2022/03/berita/#comments`); http(s) or relative only. */
  @property() href = '';

  /** Replaces any of the texts, e.g. `{ count: (n) => … }`. */
  @property({ attribute: false }) strings: Overrides<CommentCountTexts> = {};

  @state() private value: number | undefined = undefined;

  /** The count once known; `undefined` while counting or after a failure. */
  get count(): number | undefined {
    return this.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteUrl') || changed.has('restRoot') || changed.has('postId')) this.fetchCount();
  }

  protected override customStates(): Readonly<Record<string, boolean>> {
    return { loaded: this.value !== undefined };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back after a removal (a single-page app), with nothing counted yet: count now.
    if (this.hasUpdated && this.value === undefined) this.fetchCount();
  }

  private fetchCount(): void {
    this.value = undefined;
    // Server rendering renders an unconnected element: the count is fetched in the browser only.
    if (!this.isConnected) return;
    const restRoot = resolveRestRoot(TAG, this.siteUrl, this.restRoot);
    const postId = parsePostId(TAG, this.postId);
    if (restRoot === undefined || postId === undefined) return;
    commentCount(restRoot, postId).then(
      (n) => {
        if (parsePostId(TAG, this.postId) === postId) this.value = n;
      },
      () => {
        warnOnce(`<${TAG}> could not read the comment count of post ${postId} from ${restRoot}.`);
      },
    );
  }

  override render(): TemplateResult {
    // While counting: the page's own count, or an empty box; never a made-up placeholder number.
    if (this.value === undefined) return html`<span part="count"><slot></slot></span>`;
    const t = this.localize(commentCountTexts, this.strings);
    const href = safeLink(this.href);
    return href
      ? html`<a part="count" href=${href}>${t.count(this.value)}</a>`
      : html`<span part="count">${t.count(this.value)}</span>`;
  }
}
