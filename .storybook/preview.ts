import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import '../src/sabba.js';

setCustomElementsManifest(manifest);

/**
 * The toolbar's language switch sets `<html lang>`, which every Sabba element follows; the theme
 * switch paints the page dark to show that the widgets inherit the article's colours.
 */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Page colours',
      toolbar: {
        title: 'Page',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'id', theme: 'light', dir: 'ltr' },
  decorators: [
    (story, context) => {
      const root = document.documentElement;
      const { lang, dir, theme } = context.globals;
      root.lang = lang === 'en' ? 'en' : 'id';
      root.dir = dir === 'rtl' ? 'rtl' : 'ltr';
      const dark = theme === 'dark';
      // A real dark site declares it, so system colours (`Canvas`, form controls) turn dark too.
      root.style.colorScheme = dark ? 'dark' : 'light';
      document.body.style.background = dark ? '#121417' : '#ffffff';
      document.body.style.color = dark ? '#e8e6e3' : '#1d1d1f';
      document.body.style.fontFamily = 'Georgia, "Noto Serif", serif';
      return story();
    },
  ],
  parameters: {
    options: { storySort: { order: ['Introduction', 'Guides', ['Embedding', 'Theming'], 'Widgets'] } },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
