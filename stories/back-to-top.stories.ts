import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/back-to-top/back-to-top.define.js';

/** Story arguments: the element's attributes. */
interface Args {
  threshold: string;
  label: string;
  position: 'end' | 'start';
  progress: boolean;
  'focus-target': string;
}

/** A long article to scroll, so the button has something to appear over. */
const article = (note: string): TemplateResult => html`
  <main style="max-inline-size: 40rem; margin: 0 auto; padding: 1rem">
    <h1>Tingkatkan Kapasitas OMS, Pemkab Lebak Gelar Rumusan Model Pemerintahan Kolaboratif</h1>
    <p><em>${note}</em></p>
    ${Array.from(
      { length: 30 },
      (_, i) => html`<p>Paragraf ${i + 1}. Pemerintah kabupaten Lebak bersama USAID MADANI mengadakan workshop untuk
      meningkatkan kapasitas Organisasi Masyarakat Sipil dan menghimpun gagasan dari para pemangku kepentingan.</p>`,
    )}
  </main>
`;

const meta: Meta<Args> = {
  title: 'Widgets/Back to top',
  component: 'sabba-back-to-top',
  tags: ['autodocs'],
  args: { threshold: '200', label: '', position: 'end', progress: false, 'focus-target': '' },
  argTypes: {
    position: { control: 'inline-radio', options: ['end', 'start'] },
  },
  render: (args) => html`
    ${article('Scroll down past the threshold: the button appears in the corner.')}
    <sabba-back-to-top
      threshold=${args.threshold}
      label=${args.label}
      position=${args.position}
      focus-target=${args['focus-target']}
      ?progress=${args.progress}
    ></sabba-back-to-top>
  `,
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

/** Appears after 200 px of scrolling (the default is one viewport) at the inline-end corner. */
export const Default: Story = {};

/** `position="start"`: the other corner, for pages whose end corner holds a chat launcher. */
export const StartSide: Story = { args: { position: 'start' } };

/** `progress`: a reading-progress ring, drawn by a CSS scroll timeline (an observer in Firefox). */
export const WithProgress: Story = { args: { progress: true } };

/** `label`: a custom accessible name. */
export const CustomLabel: Story = { args: { label: 'Kembali ke judul berita' } };

/**
 * `scroll-container`: an app shell whose panel scrolls instead of the page. The panel is focusable
 * and named so keyboard readers can scroll it too; a group, not a region, because the article's
 * `<main>` must not sit inside another landmark.
 */
export const InsideScrollingContainer: Story = {
  args: { threshold: '' },
  render: (args) => html`
    <div
      id="story-panel"
      tabindex="0"
      role="group"
      aria-label="Article (scrolling panel)"
      style="block-size: 24rem; overflow: auto; position: relative; border: 1px solid color-mix(in srgb, currentColor 20%, transparent)">
      ${article('This panel scrolls, not the page; the button appears after one panel height.')}
    </div>
    <sabba-back-to-top
      scroll-container="#story-panel"
      threshold=${args.threshold}
      label=${args.label}
      position=${args.position}
      ?progress=${args.progress}
    ></sabba-back-to-top>
  `,
};
