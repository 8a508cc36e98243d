import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { AdFailure, registerAdProvider } from '../src/index.js';
import '../src/components/ad-slot/ad-slot.define.js';

/**
 * Stories need no network: GPT and AdSense cannot be reached from Storybook, so their stories
 * use `story-*` providers registered here, which answer like those networks do (fill, no fill,
 * failure, blocked) into the same light-DOM container.
 */
function storyProvider(name: string, answer: 'fill' | 'empty' | 'error' | 'blocked', colour = '#2d6cdf'): void {
  registerAdProvider(name, (context) => ({
    request: () =>
      answer === 'blocked' ? Promise.reject(new AdFailure('blocked', 'blocked in the story')) : Promise.resolve(),
    render: () => {
      if (answer === 'error') return Promise.reject(new AdFailure('error', 'failed in the story'));
      if (answer === 'empty') return Promise.resolve({ empty: true, width: 0, height: 0 });
      const size = context.activeSizes[0] ?? { width: 300, height: 250 };
      const creative = document.createElement('div');
      creative.style.cssText = `inline-size:${size.width}px;block-size:${size.height}px;max-inline-size:100%;background:${colour};color:#fff;display:grid;place-items:center;font:600 1rem system-ui`;
      creative.textContent = `${name} ${size.width}×${size.height}`;
      context.container.append(creative);
      return Promise.resolve({ empty: false, width: size.width, height: size.height });
    },
    destroy: () => {
      context.container.replaceChildren();
    },
  }));
}
storyProvider('story-gpt', 'fill');
// A deep amber: white text on AdSense's lighter yellow fails contrast.
storyProvider('story-adsense', 'fill', '#8a5a00');
storyProvider('story-empty', 'empty');
storyProvider('story-error', 'error');
storyProvider('story-blocked', 'blocked');

/**
 * Out-of-page formats in stories: GPT draws anchors and interstitials in containers of its own,
 * outside the slot; these providers do the same (a bar fixed to the bottom edge, an overlay on
 * the next link click), or answer as GPT does where it declines the format.
 */
registerAdProvider('story-anchor', (context) => {
  let bar: HTMLElement | undefined;
  return {
    request: () => Promise.resolve(),
    render: () => {
      const size = context.activeSizes[0] ?? { width: 320, height: 50 };
      bar = document.createElement('div');
      bar.style.cssText = `position:fixed;inset-inline:0;inset-block-end:0;z-index:2000;display:flex;justify-content:center;background:#eee`;
      const creative = document.createElement('div');
      creative.style.cssText = `inline-size:${size.width}px;block-size:${size.height}px;max-inline-size:100%;background:#2d6cdf;color:#fff;display:grid;place-items:center;font:600 1rem system-ui`;
      creative.textContent = `anchor ${size.width}×${size.height}`;
      bar.append(creative);
      document.body.append(bar);
      return Promise.resolve({ empty: false, width: size.width, height: size.height });
    },
    destroy: () => bar?.remove(),
  };
});
registerAdProvider('story-interstitial', () => {
  const onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link === null) return;
    event.preventDefault();
    document.removeEventListener('click', onClick, true);
    const overlay = document.createElement('div');
    overlay.style.cssText =
      'position:fixed;inset:0;z-index:3000;display:grid;place-items:center;background:rgb(0 0 0 / 80%)';
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Tutup iklan';
    close.addEventListener('click', () => {
      overlay.remove();
    });
    const creative = document.createElement('div');
    creative.style.cssText =
      'inline-size:320px;block-size:480px;max-inline-size:90vw;background:#b4232a;color:#fff;display:grid;place-items:center;font:600 1.25rem system-ui';
    creative.textContent = 'interstitial 320×480';
    overlay.append(close, creative);
    document.body.append(overlay);
    close.focus();
  };
  return {
    request: () => Promise.resolve(),
    render: () => {
      document.addEventListener('click', onClick, true);
      return Promise.resolve({ empty: false, width: 320, height: 480 });
    },
    destroy: () => {
      document.removeEventListener('click', onClick, true);
    },
  };
});
registerAdProvider('story-declined', () => ({
  request: () => Promise.resolve(),
  render: () => Promise.resolve({ empty: true, width: 0, height: 0, declined: true }),
  destroy: () => undefined,
}));

const paragraphs = (count: number): TemplateResult[] =>
  Array.from(
    { length: count },
    (_, i) =>
      html`<p>Paragraf ${i + 1}. Pemerintah Kabupaten Lebak menggelar workshop daring tentang pelayanan publik bagi perangkat desa.</p>`,
  );

const around = (slot: TemplateResult): TemplateResult => html`
  <p>Workshop ini dibuka secara resmi oleh Sekda Lebak, Ir. H. Dede Jaelani, MM.</p>
  ${slot}
  <p>“Workshop online yang diselenggarakan melalui Zoom ini dihadiri oleh perwakilan Pemerintah Daerah Lebak.”</p>
`;

const meta: Meta = {
  title: 'Widgets/Ad slot',
  component: 'sabba-ad-slot',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** A direct or house creative from a `<template>`, in a sandboxed iframe (`provider="html"`). */
export const HtmlCreative: Story = {
  render: () =>
    around(html`
    <sabba-ad-slot provider="html" sizes="300x250">
      <template><body style="margin:0;display:grid;place-items:center;height:100vh;background:#b4232a;color:#fff;font:600 18px system-ui">SABBA.ID Premium</body></template>
    </sabba-ad-slot>`),
};

/** What a GPT slot looks like once filled (simulated: Storybook cannot reach Google). */
export const GptFilled: Story = {
  render: () =>
    around(
      html`<sabba-ad-slot provider="story-gpt" sizes="300x250, 336x280" size-map="0:300x250 | 768:728x90"></sabba-ad-slot>`,
    ),
};

/** What an AdSense slot looks like once filled (simulated). */
export const AdsenseFilled: Story = {
  render: () => around(html`<sabba-ad-slot provider="story-adsense" sizes="336x280"></sabba-ad-slot>`),
};

/** `provider="none"`: only the labelled placeholder, e.g. while a site has no campaign. */
export const Placeholder: Story = {
  render: () => around(html`<sabba-ad-slot provider="none" sizes="300x250"></sabba-ad-slot>`),
};

/** No fill: the placeholder stays (`collapse="never"`), the article does not move. */
export const Empty: Story = {
  render: () => around(html`<sabba-ad-slot provider="story-empty" sizes="300x250"></sabba-ad-slot>`),
};

/** The provider failed (404, threw or timed out): placeholder and a `sabba-ad-error`. */
export const Failed: Story = {
  render: () => around(html`<sabba-ad-slot provider="story-error" sizes="300x250"></sabba-ad-slot>`),
};

/** An ad blocker stopped the request: `sabba-ad-error` with reason `blocked`, placeholder kept. */
export const Blocked: Story = {
  render: () => around(html`<sabba-ad-slot provider="story-blocked" sizes="300x250"></sabba-ad-slot>`),
};

/** Mobile breakpoint of `0:320x100 | 768:728x90 | 1024:none`: resize the canvas to see the others. */
export const BreakpointMobile: Story = {
  render: () =>
    around(
      html`<sabba-ad-slot provider="story-gpt" sizes="320x100" size-map="0:320x100 | 768:728x90 | 1024:none"></sabba-ad-slot>`,
    ),
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};

/** Tablet breakpoint: 728×90 from 768 px. */
export const BreakpointTablet: Story = {
  render: () =>
    around(
      html`<sabba-ad-slot provider="story-gpt" sizes="728x90" size-map="0:320x100 | 768:728x90 | 1024:none"></sabba-ad-slot>`,
    ),
  parameters: { viewport: { defaultViewport: 'tablet' } },
};

/** Desktop breakpoint mapped to `none`: nothing is shown or reserved at 1024 px and wider. */
export const BreakpointNone: Story = {
  render: () =>
    around(
      html`<sabba-ad-slot provider="story-gpt" sizes="320x100" size-map="0:320x100 | 768:728x90 | 1024:none"></sabba-ad-slot>`,
    ),
};

/** English labels, and a custom label and placeholder. */
export const EnglishAndOverrides: Story = {
  render: () => html`
    <sabba-ad-slot lang="en" provider="none" sizes="300x250"></sabba-ad-slot>
    <sabba-ad-slot provider="none" sizes="320x100" label="Sponsor" placeholder="Pasang iklan Anda di sini"></sabba-ad-slot>`,
};

/**
 * `format="bottom-anchor"`: GPT pins the anchor to the bottom edge; the slot reserves its band
 * (`size-map` heights) as room at the page's end, so the last paragraph scrolls above the anchor.
 * Scroll to the end.
 */
export const BottomAnchor: Story = {
  render: () => html`
    ${paragraphs(12)}
    <p><strong>Paragraf terakhir: tidak tertutup iklan.</strong></p>
    <sabba-ad-slot provider="story-anchor" format="bottom-anchor" size-map="0:320x50 | 768:728x90"></sabba-ad-slot>`,
};

/**
 * `format="interstitial"`: nothing in the flow; GPT shows a full-page ad when the reader follows a
 * link (here: the link below), with `interstitial-triggers` for more occasions.
 */
export const Interstitial: Story = {
  render: () =>
    around(
      html`<sabba-ad-slot provider="story-interstitial" format="interstitial" interstitial-triggers="unhide-window"></sabba-ad-slot>
        <p><a href="#berikutnya">Baca berita berikutnya</a></p>`,
    ),
};

/** GPT declined the format on this page or device: an empty render with `declined: true`, no band, no error. */
export const AnchorDeclined: Story = {
  render: () => html`
    ${paragraphs(3)}
    <sabba-ad-slot provider="story-declined" format="bottom-anchor" sizes="320x50"></sabba-ad-slot>`,
};

/** `sticky`: a 300×250 creative in a 300×600 box stays in view while the box scrolls past, never leaving it. */
export const Sticky: Story = {
  render: () => html`
    ${paragraphs(2)}
    <sabba-ad-slot provider="story-gpt" sticky sizes="300x250, 300x600"></sabba-ad-slot>
    ${paragraphs(12)}`,
};
