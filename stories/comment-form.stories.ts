import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { SabbaCommentForm } from '../src/components/comment-form/comment-form.js';
import type { CommentOutcome, CommentSubmitter } from '../src/components/comment-form/submitter.js';
import '../src/components/comment-form/comment-form.define.js';

/**
 * Every state of the comment form. The stories need no WordPress: the `submitter` property
 * answers as WordPress would, and `play` functions fill and submit the form where a state needs it.
 */

interface Args {
  lang: string;
  transport: string;
  'parent-id': string;
  'reply-to-name': string;
  'require-name-email': string;
  'cookies-consent': boolean;
  'terms-url': string;
}

/** A submitter that answers `outcome` after `delayMs` (`Infinity`: never). */
function answer(outcome: CommentOutcome, delayMs = 300): CommentSubmitter {
  return () =>
    new Promise((resolve) => {
      if (Number.isFinite(delayMs)) {
        setTimeout(() => {
          resolve(outcome);
        }, delayMs);
      }
    });
}

function render(
  args: Args,
  submitter: CommentSubmitter = answer({ ok: true, id: 101, status: 'approved' }),
): TemplateResult {
  return html`<sabba-comment-form
    site-url="https://contoh.id"
    post-id="1"
    min-submit-seconds="0"
    lang=${args.lang}
    transport=${args.transport}
    parent-id=${args['parent-id']}
    reply-to-name=${args['reply-to-name']}
    require-name-email=${args['require-name-email']}
    ?cookies-consent=${args['cookies-consent']}
    terms-url=${args['terms-url']}
    .submitter=${submitter}
  ></sabba-comment-form>`;
}

/** Types a valid comment and submits it. */
async function fillAndSubmit(canvas: HTMLElement, text = 'Beritanya lengkap, terima kasih redaksi! 🙏'): Promise<void> {
  const el = canvas.querySelector<SabbaCommentForm>('sabba-comment-form');
  if (!el) return;
  await el.updateComplete;
  const root = el.shadowRoot;
  const set = (name: string, value: string): void => {
    const control = root?.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!control) return;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  set('comment', text);
  set('author', 'Sari Dewi');
  set('email', 'sari@contoh.id');
  root?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/Comment form',
  component: 'sabba-comment-form',
  tags: ['autodocs'],
  args: {
    lang: 'id',
    transport: 'rest',
    'parent-id': '',
    'reply-to-name': '',
    'require-name-email': 'true',
    'cookies-consent': true,
    'terms-url': '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    transport: { control: 'inline-radio', options: ['rest', 'classic'] },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<Args>;

/** The empty form, as WordPress renders it. */
export const Empty: Story = {};

/** English texts. */
export const English: Story = { args: { lang: 'en' } };

/** Name and e-mail optional (WordPress's `require_name_email` off). */
export const NameEmailOptional: Story = { args: { 'require-name-email': 'false' } };

/** Answering a comment, with "Batalkan balasan". */
export const Reply: Story = { args: { 'parent-id': '42', 'reply-to-name': 'Budi Santoso' } };

/** The terms box for sites that follow the Dewan Pers cyber-media guideline. */
export const WithTerms: Story = { args: { 'terms-url': 'https://dewanpers.or.id/' } };

/** Submitted empty: every missing field marked, focus on the first. */
export const ValidationErrors: Story = {
  play: ({ canvasElement }) => {
    const el = canvasElement.querySelector<SabbaCommentForm>('sabba-comment-form');
    el?.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  },
};

/** While the request is in flight. */
export const Submitting: Story = {
  render: (args) => render(args, answer({ ok: true, id: 1, status: 'approved' }, Infinity)),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

/** Posted and approved. */
export const Approved: Story = { play: ({ canvasElement }) => fillAndSubmit(canvasElement) };

/** Held for moderation: the preview with WordPress's notice. */
export const Held: Story = {
  render: (args) => render(args, answer({ ok: true, id: 102, status: 'hold' })),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

/** WordPress refused a duplicate: the message sits next to the comment. */
export const Duplicate: Story = {
  render: (args) => render(args, answer({ ok: false, code: 'comment_duplicate', status: 409 })),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

/** Too quick: the form counts down before it lets the reader send again. */
export const Flood: Story = {
  render: (args) => render(args, answer({ ok: false, code: 'comment_flood', status: 400 })),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

/** The site needs a login for REST comments (WordPress's default). */
export const LoginRequired: Story = {
  render: (args) => render(args, answer({ ok: false, code: 'rest_comment_login_required', status: 401 })),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

/** The network failed; the text stays. */
export const NetworkError: Story = {
  render: (args) => render(args, () => Promise.reject(new TypeError('Failed to fetch'))),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

/** The server broke (5xx). */
export const ServerError: Story = {
  render: (args) => render(args, answer({ ok: false, code: 'http_5xx', status: 502 })),
  play: ({ canvasElement }) => fillAndSubmit(canvasElement),
};

/** A comment close to WordPress's 65,525-byte limit: the live counter. */
export const NearTheLimit: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SabbaCommentForm>('sabba-comment-form');
    await el?.updateComplete;
    const area = el?.shadowRoot?.querySelector('textarea');
    if (!area) return;
    area.value = 'Panjang sekali 🙂 '.repeat(3500);
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};
