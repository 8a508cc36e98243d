import { html, fixture } from '@open-wc/testing';
import type { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import '../../src/components/comment-form/comment-form.define.js';

/** The kinds of stub WordPress sites the test server offers (scripts/test/fixtures/comment-form.mjs). */
export type SiteKind = 'open' | 'approve' | 'login' | 'flood' | 'thread';

let counter = 0;

/** A fresh, empty stub WordPress site of `kind`, as a site-url relative to the test page. */
export function freshSite(kind: SiteKind): string {
  counter += 1;
  return `/wpt/${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}/${kind}`;
}

/** A valid anonymous comment's fields. */
export function validComment(
  text = 'Beritanya bagus sekali, terima kasih.',
): Record<'comment' | 'author' | 'email', string> {
  return { comment: text, author: 'Sari Dewi', email: 'sari@contoh.id' };
}

/** Mounts a form for a stub site. */
export async function mountForm(options: {
  site: string;
  transport?: 'rest' | 'classic';
  lang?: 'id' | 'en';
  postId?: string;
  parentId?: string;
  extra?: Record<string, string>;
}): Promise<SabbaCommentForm> {
  const el = await fixture<SabbaCommentForm>(
    html`<sabba-comment-form
      site-url=${options.site}
      post-id=${options.postId ?? '1'}
      parent-id=${options.parentId ?? ''}
      transport=${options.transport ?? 'rest'}
      lang=${options.lang ?? 'id'}
      min-submit-seconds="0"
    ></sabba-comment-form>`,
  );
  for (const [name, value] of Object.entries(options.extra ?? {})) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}
