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
