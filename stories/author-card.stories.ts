import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/author-card/author-card.define.js';

/** A same-origin photo, bundled by Vite: the stories need no network. */
const AVATAR = new URL('../tests/author-card/fixtures/avatar.svg', import.meta.url).href;

const SEED_QUOTE =
  'Teruntuk pembaca setia Sabba “Semua harus ditulis, apa pun. Jangan takut tidak dibaca atau tidak diterima ' +
  'penerbit. Yang penting, tulis, tulis, dan tulis. Suatu saat pasti berguna” (Pramoedya Ananta Toer)';

interface Args {
  name: string;
  type: 'person' | 'organization';
  jobTitle: string;
  avatar: string;
  href: string;
  sameAs: string;
  bio: string;
  collapsedLines: number;
  compact: boolean;
  structuredData: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Author card',
  component: 'sabba-author-card',
  tags: ['autodocs'],
  args: {
    name: 'Budi Santoso',
    type: 'person',
    jobTitle: 'Wartawan Lebak',
    avatar: AVATAR,
    href: '/author/budi-santoso/',
    sameAs: 'https://instagram.com/budisantoso https://x.com/budisantoso',
    bio: 'Meliput pemerintahan daerah dan masyarakat sipil di Kabupaten Lebak sejak 2015.',
    collapsedLines: 3,
    compact: false,
    structuredData: false,
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['person', 'organization'] },
    collapsedLines: { control: { type: 'number', min: 1, max: 10 } },
  },
  render: (args: Args): TemplateResult => html`<div style="max-inline-size: 40rem">
    <sabba-author-card
      name=${args.name}
      type=${args.type}
      job-title=${ifDefined(args.jobTitle || undefined)}
      avatar=${ifDefined(args.avatar || undefined)}
      href=${ifDefined(args.href || undefined)}
      same-as=${ifDefined(args.sameAs || undefined)}
      bio=${ifDefined(args.bio || undefined)}
      collapsed-lines=${args.collapsedLines}
      ?compact=${args.compact}
      ?structured-data=${args.structuredData}
    ></sabba-author-card>
  </div>`,
};

export default meta;
type Story = StoryObj<Args>;

/** A reporter with photo, role, a short bio and two profiles. */
export const Person: Story = {};

/**
 * The seed's "Redaksi" box: a newsroom (rounded-square initials, "Tim redaksi" label) whose bio is
 * a slotted quotation, folded behind "Selengkapnya" when it is longer than three lines.
 */
export const Organization: Story = {
  args: {
    name: 'Redaksi',
    type: 'organization',
    jobTitle: '',
    avatar: '',
    href: '/author/redaksi/',
    sameAs: 'https://instagram.com/sabba.id https://x.com/sabbaid',
    bio: '',
    structuredData: true,
  },
  render: (args) => html`<div style="max-inline-size: 22rem">
    <sabba-author-card name=${args.name} type="organization" href=${args.href} same-as=${args.sameAs} ?structured-data=${args.structuredData}>
      <blockquote>${SEED_QUOTE}</blockquote>
    </sabba-author-card>
  </div>`,
};

/** The byline variant above an article: avatar and name only. */
export const Compact: Story = {
  args: { compact: true },
};

/** A bio longer than `collapsed-lines`: clamped, with a "Selengkapnya" / "Show more" button. */
export const LongBio: Story = {
  args: {
    bio:
      'Budi Santoso meliput pemerintahan daerah dan masyarakat sipil di Kabupaten Lebak sejak 2015. ' +
      'Sebelumnya ia menulis untuk beberapa media lokal di Banten tentang pertanian, pendidikan dan ' +
      'pelayanan publik. Ia tertarik pada cara desa-desa di Lebak merencanakan anggaran bersama warga, ' +
      'dan pada kisah organisasi masyarakat sipil yang bekerja di lapangan.',
  },
};

/** No photo: initials on a colour derived from the name (the same name always gets the same colour). */
export const NoAvatar: Story = {
  args: { avatar: '', name: 'Siti Nurhaliza', jobTitle: 'Editor' },
};

/** Every recognised network, plus a personal website with the generic link icon. */
export const ManyProfiles: Story = {
  args: {
    sameAs: [
      'https://instagram.com/budisantoso',
      'https://facebook.com/budisantoso',
      'https://x.com/budisantoso',
      'https://youtube.com/@budisantoso',
      'https://tiktok.com/@budisantoso',
      'https://linkedin.com/in/budisantoso',
      'https://wa.me/6281234567890',
      'https://t.me/budisantoso',
      'https://budisantoso.id/',
    ].join(' '),
  },
};
