/**
 * What the WordPress plugin prints for a post's comment form (wordpress/templates/comments.php:
 * `<sabba-comment-form …>` around comment_form()), copied byte for byte from WordPress 6.1.9 with
 * the Twenty Twenty-One theme (html5 comment form), so that the element's tests take over exactly
 * what a reader's browser receives. `esc` is WordPress's esc_attr()/esc_html() for the values.
 */

/** esc_attr() / esc_html(): what WordPress does to every value it prints. */
export function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}

/** WordPress's words for the form: its English, and what its id_ID translation (6.1) prints. */
const WORDS = {
  en: {
    title: 'Leave a Reply',
    notes: 'Your email address will not be published.',
    required: 'Required fields are marked',
    comment: 'Comment',
    name: 'Name',
    email: 'Email',
    url: 'Website',
    consent: 'Save my name, email, and website in this browser for the next time I comment.',
    submit: 'Post Comment',
  },
  id: {
    title: 'Tinggalkan Balasan',
    notes: 'Alamat surel Anda tidak akan dipublikasikan.',
    required: 'Ruas yang wajib ditandai',
    comment: 'Komentar',
    name: 'Nama',
    email: 'Surel',
    url: 'Situs web',
    // Not translated in WordPress 6.1's id_ID: it prints the English.
    consent: 'Save my name, email, and website in this browser for the next time I comment.',
    submit: 'Memberikan Komentar',
  },
};

export interface MarkupOptions {
  /** The site's language (WPLANG): which words WordPress prints. Default English. */
  locale?: 'en' | 'id';
  /** The attributes of `<sabba-comment-form>` as sabba_widgets_attributes() prints them (leading space). */
  attributes?: string;
  postId?: number;
  /** `?replytocom`: WordPress's comment_parent and the "Leave a Reply to …" title. */
  replyTo?: { id: number; name: string };
  /** The logged-in reader's display name and account links; no identity fields then. */
  loggedIn?: { name: string; profile?: string; logout?: string };
  /** WordPress's prefill from its commenter cookies. */
  commenter?: { author?: string; email?: string; url?: string };
  /** The cookies opt-in box (Discussion setting); ticked when the e-mail cookie is set. */
  cookiesBox?: boolean;
}

/** The markup, as the plugin prints it. */
export function wordpressForm(o: MarkupOptions = {}): string {
  const post = o.postId ?? 6;
  const w = WORDS[o.locale ?? 'en'];
  const c = o.commenter ?? {};
  const req = ' <span class="required">*</span>';
  const requiredMessage = `<span class="required-field-message">${w.required}${req}</span>`;
  const title = o.replyTo
    ? `Leave a Reply to <a href="#comment-${o.replyTo.id}">${esc(o.replyTo.name)}</a> <small><a rel="nofollow" id="cancel-comment-reply-link" href="/artikel-plugin/#respond">Cancel reply</a></small>`
    : `${w.title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="/artikel-plugin/#respond" style="display:none;">Cancel reply</a></small>`;
  const top = o.loggedIn
    ? `<p class="logged-in-as">Logged in as ${esc(o.loggedIn.name)}. <a href="${esc(o.loggedIn.profile ?? 'http://127.0.0.1:8911/wp-admin/profile.php')}">Edit your profile</a>. <a href="${esc(o.loggedIn.logout ?? 'http://127.0.0.1:8911/wp-login.php?action=logout&redirect_to=http%3A%2F%2F127.0.0.1%3A8911%2Fartikel-plugin%2F&_wpnonce=1cd47b2056')}">Log out?</a> ${requiredMessage}</p>`
    : `<p class="comment-notes"><span id="email-notes">${w.notes}</span> ${requiredMessage}</p>`;
  const fields = o.loggedIn
    ? ''
    : `<p class="comment-form-author"><label for="author">${w.name}${req}</label> <input id="author" name="author" type="text" value="${esc(c.author ?? '')}" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">${w.email}${req}</label> <input id="email" name="email" type="email" value="${esc(c.email ?? '')}" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">${w.url}</label> <input id="url" name="url" type="url" value="${esc(c.url ?? '')}" size="30" maxlength="200" autocomplete="url" /></p>
${
  o.cookiesBox
    ? `<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"${c.email ? ' checked' : ''} /> <label for="wp-comment-cookies-consent">${w.consent}</label></p>
`
    : ''
}`;
  return `<sabba-comment-form${o.attributes ?? ''}>	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">${title}</h3><form action="http://127.0.0.1:8911/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>${top}<p class="comment-form-comment"><label for="comment">${w.comment}${req}</label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p>${fields}<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="${w.submit}" /> <input type='hidden' name='comment_post_ID' value='${post}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='${o.replyTo?.id ?? 0}' />
</p></form>	</div><!-- #respond -->
	</sabba-comment-form>`;
}
