import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LimitedField } from './byte-limits.js';
import { readServerForm, type AccountLink, type ServerForm, type ServerTexts } from './server-form.js';

/** The element's public inputs that the server-rendered form may fill. */
interface FormHost extends ReactiveControllerHost, HTMLElement {
  postId: string;
  parentId: string;
  replyToName: string;
  cookiesConsent: boolean;
}

/**
 * Takes over WordPress's form printed inside the tag (progressive enhancement): read once, when
 * the element first connects and before its first render hides it. Its post, reply target and
 * consent box fill the attributes the page left empty (a page's own values win), its texts stand
 * in for the element's (the page's `strings` win); its fields are
 * handed to `carry` at the first update, after any stored draft, since what they hold is newer.
 */
export class ServerFormController implements ReactiveController {
  /** WordPress printed its "Logged in as …" line instead of the identity fields. */
  loggedIn = false;
  /** The links of that line ("Edit your profile", "Log out?"). */
  accountLinks: readonly AccountLink[] = [];
  /** Its texts, which the page's own `strings` and attributes override. */
  texts: ServerTexts = {};

  private readonly host: FormHost;
  private readonly carry: (values: Partial<Record<LimitedField, string>>, consent: boolean) => void;
  private read = false;
  private pending: ServerForm | undefined;

  constructor(host: FormHost, carry: (values: Partial<Record<LimitedField, string>>, consent: boolean) => void) {
    this.host = host;
    this.carry = carry;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.read) return;
    this.read = true;
    const server = readServerForm(this.host);
    if (!server) return;
    const host = this.host;
    if (host.postId === '') host.postId = server.postId;
    if (host.parentId === '') host.parentId = server.parentId;
    if (host.replyToName === '') host.replyToName = server.replyToName;
    if (server.consentShown) host.cookiesConsent = true;
    this.loggedIn = server.loggedIn;
    this.accountLinks = server.accountLinks;
    this.texts = server.texts;
    this.pending = server;
  }

  hostUpdate(): void {
    if (!this.pending) return;
    const { values, consent } = this.pending;
    this.pending = undefined;
    // Only filled fields: an empty server field must not wipe a restored draft or identity.
    this.carry(Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')), consent);
  }
}
