/**
 * The elements as the hardening suites see them: tag, class (for its reactive-property
 * table), and the attributes a realistic page starts from, so a hostile value meets a working
 * element (an `html` ad with a size, a form with a site, an author with a bio).
 */
import '../../src/sabba.js';
import type { LitElement } from 'lit';
import { SabbaAdSlot } from '../../src/components/ad-slot/ad-slot.js';
import { SabbaAdblockNotice } from '../../src/components/adblock-notice/adblock-notice.js';
import { SabbaAuthorCard } from '../../src/components/author-card/author-card.js';
import { SabbaBackToTop } from '../../src/components/back-to-top/back-to-top.js';
import { SabbaCommentCount } from '../../src/components/comment-count/comment-count.js';
import { SabbaCommentForm } from '../../src/components/comment-form/comment-form.js';
import { SabbaComments } from '../../src/components/comments/comments.js';

export interface ElementCase {
  tag: string;
  ctor: typeof LitElement;
  /** Attributes of a working element on a news page. */
  baseline: Record<string, string>;
  /** Whether a working element has a box on the page (fixed widgets are hidden until needed). */
  hasBox: boolean;
}

export const ELEMENTS: ElementCase[] = [
  {
    tag: 'sabba-comment-form',
    ctor: SabbaCommentForm,
    baseline: { 'site-url': '/wpt/hardening/open', 'post-id': '1', 'min-submit-seconds': '0' },
    hasBox: true,
  },
  {
    tag: 'sabba-ad-slot',
    ctor: SabbaAdSlot,
    baseline: { provider: 'html', src: '/tests/hardening/creative.html', sizes: '300x250' },
    hasBox: true,
  },
  { tag: 'sabba-adblock-notice', ctor: SabbaAdblockNotice, baseline: { 'no-probe': '' }, hasBox: false },
  { tag: 'sabba-back-to-top', ctor: SabbaBackToTop, baseline: {}, hasBox: false },
  {
    tag: 'sabba-author-card',
    ctor: SabbaAuthorCard,
    baseline: { name: 'Sari Dewi', 'job-title': 'Reporter', bio: 'Covers city politics.' },
    hasBox: true,
  },
  {
    tag: 'sabba-comments',
    ctor: SabbaComments,
    baseline: { 'site-url': '/wpc/hardening/threaded', 'post-id': '1', eager: '' },
    hasBox: true,
  },
  {
    tag: 'sabba-comment-count',
    ctor: SabbaCommentCount,
    baseline: { 'site-url': '/wpc/hardening/threaded', 'post-id': '2' },
    hasBox: false,
  },
];

/** A reactive property with its attribute name and converter type, read from the class. */
export interface PublicProperty {
  property: string;
  attribute: string | undefined;
  type: 'string' | 'number' | 'boolean' | 'object';
}

/**
 * Every public reactive property of a class (its `elementProperties` map: the same declarations
 * custom-elements.json is generated from), so a property added later is tested without editing
 * this file. `@state()` fields are internal and skipped.
 */
export function publicProperties(ctor: typeof LitElement): PublicProperty[] {
  const result: PublicProperty[] = [];
  for (const [key, options] of ctor.elementProperties) {
    if (typeof key !== 'string' || options.state === true) continue;
    const attribute =
      options.attribute === false
        ? undefined
        : typeof options.attribute === 'string'
          ? options.attribute
          : key.toLowerCase();
    const type =
      options.type === Number
        ? 'number'
        : options.type === Boolean
          ? 'boolean'
          : options.attribute === false
            ? 'object'
            : 'string';
    result.push({ property: key, attribute, type });
  }
  return result;
}
