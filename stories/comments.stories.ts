import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/comments/comments.define.js';
import '../src/components/comment-count/comment-count.define.js';
import '../src/components/comment-form/comment-form.define.js';

/**
 * Every state of the comment thread and the comment count. The stories need no WordPress: requests
 * to `https://<state>.contoh.test/` are answered in the page, as WordPress's REST API answers them.
 */

interface Args {
  lang: string;
  'max-depth': number;
  'per-page': number;
  order: string;
}

const BASE = Date.UTC(2022, 2, 14, 10, 12);

/** A WordPress comment as `_fields=id,parent,author_name,author_url,date,date_gmt,content` returns it. */
function comment(id: number, parent: number, minutes: number, name: string, rendered: string): Record<string, unknown> {
  const date = new Date(BASE + minutes * 60_000).toISOString().slice(0, 19);
  return {
    id,
    parent,
    author_name: name,
    author_url: name === 'Budi' ? 'https://budi.example/' : '',
    date,
    date_gmt: date,
    content: { rendered },
  };
}

const COMMENTS = [
  comment(1, 0, 0, 'Budi', '<p>Langkah yang baik untuk Lebak. Semoga OMS makin dilibatkan.</p>'),
  comment(2, 1, 5, 'Sari', '<p>Setuju, <strong>pelibatan warga</strong> penting.</p>'),
  comment(3, 2, 9, 'Budi', '<p>Betul. Lihat <a href="https://example.id/laporan">laporannya</a>.</p>'),
  comment(
    4,
    0,
    12,
    'Admin',
    '<p>Terima kasih atas diskusinya. <script>alert(1)</script><img src=x onerror="alert(1)"></p>',
  ),
  comment(5, 0, 20, 'Ayu', '<p>Mantap! 🇮🇩🎉</p><blockquote><p>Pemerintahan kolaboratif</p></blockquote>'),
  ...Array.from({ length: 25 }, (_, i) =>
    comment(10 + i, 0, 30 + i, `Pembaca ${i + 1}`, `<p>Komentar pembaca nomor ${i + 1}.</p>`),
  ),
];

/** Answers `wp/v2/comments` GETs for the story hosts the way WordPress does. */
function answer(url: URL): Response | Promise<Response> | undefined {
  const state = /^([a-z0-9-]+)\.contoh\.test$/.exec(url.hostname)?.[1];
  if (state === undefined) return undefined;
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  if (state === 'loading') return new Promise<Response>(() => undefined);
  if (state === 'login')
    return json(
      { code: 'rest_comment_login_required', message: 'Sorry, you must be logged in to list comments.' },
      401,
    );
  if (state === 'broken')
    return json({ code: 'internal_server_error', message: 'There has been a critical error on this website.' }, 500);
  const p = url.searchParams;
  const all = state === 'empty' ? [] : COMMENTS;
  const parents = p.get('parent')?.split(',').map(Number);
  const posts = p.get('post')?.split(',').map(Number) ?? [];
  let list = all.filter((c) => parents === undefined || parents.includes(c.parent as number));
  if (p.has('include')) list = list.filter((c) => c.id === Number(p.get('include')));
  if (p.get('order') !== 'asc') list = [...list].reverse();
  if (posts.length > 1) list = posts.flatMap((post, i) => all.slice(0, i * 4).map(() => ({ post })));
  const perPage = Number(p.get('per_page') ?? 10);
  const page = Number(p.get('page') ?? 1);
  return json(list.slice((page - 1) * perPage, page * perPage), 200, {
    'x-wp-total': String(list.length),
    'x-wp-totalpages': String(Math.ceil(list.length / perPage)),
  });
}

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const stubbed = answer(url);
  return stubbed === undefined ? realFetch(input, init) : Promise.resolve(stubbed);
};

const thread = (state: string, args: Args, extra: TemplateResult | string = '', closed = false): TemplateResult => html`
  <sabba-comments
    eager
    site-url=${`https://${state}.contoh.test/`}
    post-id="123"
    count="5"
    lang=${args.lang}
    max-depth=${args['max-depth']}
    per-page=${args['per-page']}
    order=${args.order}
    ?closed=${closed}
    >${extra}</sabba-comments
  >
`;

const meta: Meta<Args> = {
  title: 'Widgets/Comments',
  component: 'sabba-comments',
  tags: ['autodocs'],
  args: { lang: 'id', 'max-depth': 5, 'per-page': 20, order: 'asc' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    order: { control: 'inline-radio', options: ['asc', 'desc'] },
  },
  render: (args) => thread('site', args),
};
export default meta;

type Story = StoryObj<Args>;

/** Threaded comments, the first page of 30 threads, an administrator's hostile markup shown as text. */
export const Threaded: Story = {};

/** With the form inside: "Balas" moves focus into it and sets its reply target. */
export const WithForm: Story = {
  render: (args) =>
    thread(
      'site',
      args,
      html`<sabba-comment-form site-url="https://site.contoh.test/" post-id="123"></sabba-comment-form>`,
    ),
};

/** Newest first. */
export const NewestFirst: Story = { args: { order: 'desc' } };

/** Two levels of replies: deeper ones continue at the second level. */
export const ShallowThreads: Story = { args: { 'max-depth': 2 } };

/** The placeholder while the site has not answered. */
export const Loading: Story = { render: (args) => thread('loading', args) };

/** No comments yet. */
export const Empty: Story = { render: (args) => thread('empty', args) };

/** Comments closed: the message instead of the form. */
export const Closed: Story = { render: (args) => thread('site', args, '', true) };

/** A private site answering 401 `rest_comment_login_required`. */
export const LoginRequired: Story = { render: (args) => thread('login', args) };

/** A site answering 500: the message and "Coba lagi". */
export const ServerError: Story = { render: (args) => thread('broken', args) };

/** English. */
export const English: Story = { args: { lang: 'en' } };

/** Right to left, 360 px wide. */
export const NarrowRtl: Story = {
  render: (args) => html`<div dir="rtl" style="inline-size: 360px">${thread('site', args)}</div>`,
};

/** On a dark page: lines and muted text are mixed from the text colour. */
export const DarkPage: Story = {
  render: (args) => html`<div style="background: #111; color: #eee; padding: 1rem">${thread('site', args)}</div>`,
};

/** Counts for a listing page: one request for all of them. */
export const Counts: Story = {
  render: () => html`<ul>
    ${[1, 2, 3].map(
      (post) =>
        html`<li>Berita ${post} · <sabba-comment-count site-url="https://site.contoh.test/" post-id=${post}></sabba-comment-count></li>`,
    )}
  </ul>`,
};
