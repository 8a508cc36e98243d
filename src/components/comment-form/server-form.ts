import { safeLink } from '../../internal/safe-url.js';
import type { LimitedField } from './byte-limits.js';
import type { CommentFormTexts } from './comment-form.texts.js';

/** The texts WordPress's form prints that the element's own form shows in the same places. */
export type ServerTexts = Partial<
  Pick<
    CommentFormTexts,
    | 'title'
    | 'cancelReply'
    | 'notes'
    | 'requiredNote'
    | 'comment'
    | 'name'
    | 'email'
    | 'url'
    | 'cookiesConsent'
    | 'submit'
  >
>;

/** A link of WordPress's "Logged in as …" line ("Edit your profile", "Log out?"). */
export interface AccountLink {
  /** An http(s) or relative URL, checked with the browser's URL parser. */
  readonly href: string;
  readonly text: string;
}

/**
 * What WordPress's own comment form (`comment_form()`, printed inside the tag by the plugin or a
 * theme so that readers without JavaScript can comment) carries for the element: every value is
 * read as text, never as markup, and every ID and URL is checked.
 */
export interface ServerForm {
  /** `comment_post_ID`, digits only, or ''. */
  readonly postId: string;
  /** `comment_parent` (WordPress fills it from `?replytocom`), '' for a top-level comment. */
  readonly parentId: string;
  /** The name in "Leave a Reply to <a href="#comment-N">name</a>", or ''. */
  readonly replyToName: string;
  /** WordPress printed its "Logged in as …" line instead of the name and e-mail fields. */
  readonly loggedIn: boolean;
  readonly accountLinks: readonly AccountLink[];
  /** What the fields hold: WordPress's prefill from its commenter cookies, or what was typed. */
  readonly values: Readonly<Partial<Record<LimitedField, string>>>;
  /** WordPress printed its cookies-consent box; `consent` is whether it is ticked. */
  readonly consentShown: boolean;
  readonly consent: boolean;
  /**
   * Its texts, in the site's language and with the site's own changes (filters on comment_form()),
   * so that the element says what the page said before it upgraded, in the same lines.
   */
  readonly texts: ServerTexts;
}

const FIELDS: readonly LimitedField[] = ['comment', 'author', 'email', 'url'];

/** The digits of a hidden ID field, or '' (absent, `0`, or not a whole number). */
function id(form: HTMLFormElement, name: string): string {
  const value = form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value.trim() ?? '';
  return /^\d+$/.test(value) && Number(value) > 0 ? value : '';
}

/** A node's text as printed, without WordPress's required-field star; '' for no node. */
function said(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/\s*\*\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where WordPress's form prints each text (inside the form, or the title above it). */
const TEXT_NODES: Record<keyof ServerTexts, string> = {
  title: '.comment-reply-title',
  cancelReply: '#cancel-comment-reply-link',
  notes: '#email-notes',
  requiredNote: '.required-field-message',
  comment: 'label[for="comment"]',
  name: 'label[for="author"]',
  email: 'label[for="email"]',
  url: 'label[for="url"]',
  cookiesConsent: 'label[for="wp-comment-cookies-consent"]',
  submit: '[type="submit"]',
};

/** The texts of the server form that are there; a reply's title ("… to {name}") is not one. */
function textsOf(host: HTMLElement): ServerTexts {
  const texts: Record<string, string> = {};
  for (const [key, selector] of Object.entries(TEXT_NODES)) {
    const node = host.querySelector(selector);
    let text = said(node);
    // The title's own words, without the hidden "Cancel reply" link beside them.
    if (key === 'title') text = node?.querySelector('a[href^="#comment-"]') ? '' : said(node?.firstChild);
    if (node instanceof HTMLInputElement) text = node.value.trim();
    if (text !== '') texts[key] = text;
  }
  return texts;
}

/**
 * Reads the server-rendered comment form inside `host` (its light DOM), or `undefined` when there
 * is none: the element then behaves as when it is written by hand.
 */
export function readServerForm(host: HTMLElement): ServerForm | undefined {
  const form = host.querySelector('form');
  if (!form) return undefined;
  const values: Partial<Record<LimitedField, string>> = {};
  for (const field of FIELDS) {
    const control = form.querySelector(`[name="${field}"]`);
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) values[field] = control.value;
  }
  const loggedInLine = form.querySelector('.logged-in-as');
  const accountLinks = [...(loggedInLine?.querySelectorAll('a[href]') ?? [])].flatMap((a) => {
    const href = safeLink(a.getAttribute('href'));
    const text = a.textContent.trim();
    return href && text ? [{ href, text }] : [];
  });
  const consentBox = form.querySelector('input[name="wp-comment-cookies-consent"]');
  const replyTo = host.querySelector('.comment-reply-title a[href^="#comment-"]');
  return {
    postId: id(form, 'comment_post_ID'),
    parentId: id(form, 'comment_parent'),
    replyToName: replyTo?.textContent.trim() ?? '',
    loggedIn: loggedInLine !== null,
    accountLinks,
    values,
    consentShown: consentBox instanceof HTMLInputElement,
    consent: consentBox instanceof HTMLInputElement && consentBox.checked,
    texts: textsOf(host),
  };
}
