import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/adblock-notice/adblock-notice.define.js';
import type { AdblockVerdict } from '../src/components/adblock-notice/verdict.js';

/**
 * Stories drive the notice through its `verdict` property, so the open states show without an ad
 * blocker and without any request. Dismissals are not stored for a simulated verdict.
 */
const blocked: AdblockVerdict = {
  blocked: true,
  confidence: 'high',
  signals: [
    { name: 'bait', outcome: 'blocked', unambiguous: true, detail: '5 of 5 bait elements hidden' },
    { name: 'script', outcome: 'blocked', unambiguous: true, detail: 'adsbygoogle.js was replaced by a stand-in' },
    { name: 'network', outcome: 'clear', unambiguous: false, detail: 'control request /robots.txt answered HTTP 200' },
  ],
};

interface Args {
  mode: 'banner' | 'dialog' | 'silent';
  lang: string;
  heading: string;
  message: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Adblock notice',
  component: 'sabba-adblock-notice',
  tags: ['autodocs'],
  args: { mode: 'banner', lang: '', heading: '', message: '' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['banner', 'dialog', 'silent'] },
    lang: { control: 'inline-radio', options: ['', 'id', 'en'] },
  },
  // The banner is fixed to the viewport and the dialog is modal: each story gets its own frame.
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
  render: (args) => html`
    <p style="max-inline-size: 40rem">
      Warga di pesisir selatan Lebak mengungsi setelah air laut naik hingga setengah meter. Artikel berlanjut di
      bawah pemberitahuan.
    </p>
    <sabba-adblock-notice
      mode=${args.mode}
      lang=${args.lang}
      heading=${args.heading}
      message=${args.message}
      .verdict=${blocked}
    ></sabba-adblock-notice>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The default: a bar at the bottom of the viewport that leaves room for the article. */
export const Banner: Story = {};

/** A native modal dialog: focus moves in, Escape closes, focus returns. */
export const Dialog: Story = { args: { mode: 'dialog' } };

/** English texts, as with `lang="en"`. */
export const English: Story = { args: { lang: 'en' } };

/** English in dialog mode. */
export const EnglishDialog: Story = { args: { lang: 'en', mode: 'dialog' } };

/** Heading and message from attributes, a custom explanation and an extra action from slots. */
export const CustomTexts: Story = {
  args: { heading: 'Halo, pembaca setia', message: 'Iklan membantu kami tetap gratis.' },
  render: (args) => html`
    <sabba-adblock-notice mode=${args.mode} lang=${args.lang} heading=${args.heading} message=${args.message} .verdict=${blocked}>
      <p>Atau dukung redaksi lewat langganan mulai Rp10.000 per bulan.</p>
      <a slot="actions" href="#langganan">Berlangganan</a>
    </sabba-adblock-notice>
  `,
};

/** The hint after "check again" while the blocker is still active. */
export const StillBlocked: Story = {
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector('sabba-adblock-notice');
    await notice?.recheck();
  },
};

/** Silent mode never shows anything; the page only counts `sabba-adblock-result` events. */
export const Silent: Story = { args: { mode: 'silent' } };
