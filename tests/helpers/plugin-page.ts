/**
 * The page around server-rendered widgets, as the WordPress plugin sends it: its stylesheet
 * (wordpress/css/widgets.css, the only styling before the elements upgrade) and frame waits for
 * measuring before and after an upgrade.
 */
import { nextFrame } from '@open-wc/testing';

/** Adds the plugin's stylesheet to the page and waits until it applies. */
export async function loadPluginStylesheet(): Promise<void> {
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/wordpress/css/widgets.css';
  const loaded = new Promise((resolve) => {
    stylesheet.addEventListener('load', resolve);
  });
  document.head.append(stylesheet);
  await loaded;
}

/** Waits `count` animation frames (layout, paint and observers settle). */
export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await nextFrame();
}
