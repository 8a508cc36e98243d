import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANGUAGE, toLanguage, type Language } from '../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Finds the language for `element`: its own `lang`, then the closest ancestor with `lang` (also
 * across shadow-root boundaries, for widgets nested in other components), then `<html lang>`,
 * then Indonesian. An ancestor naming an unsupported language (`lang="fr"`) ends the search with
 * the default, as the page has said which language that part is in.
 */
export function resolveLanguage(element: Element): Language {
  let node: Element | null = element;
  while (node !== null) {
    const tag = node.getAttribute('lang');
    if (tag !== null && tag.trim() !== '') return toLanguage(tag) ?? DEFAULT_LANGUAGE;
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return DEFAULT_LANGUAGE;
}

/** Hosts that want a re-render when any `lang` attribute on the page changes. */
const listeners = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host): void {
  listeners.add(host);
  if (observer !== undefined) return;
  // One observer for the whole page, however many widgets: `lang` changes are rare, so watching
  // the subtree costs nothing, and it catches `<html lang>` switched by a language picker.
  observer = new MutationObserver(() => {
    for (const listener of listeners) listener.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatch(host: Host): void {
  listeners.delete(host);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Keeps a widget's texts in the page's language: `value` is the current language, and the host
 * re-renders whenever a `lang` attribute changes on the page.
 */
export class LanguageController implements ReactiveController {
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /** The language the host should render in right now. */
  get value(): Language {
    // The property wins: `el.lang = 'en'` does not reflect to the attribute in Lit.
    // Removing the `lang` attribute sets the property to null (Lit's String converter).
    const own = ((this.host.lang as string | null) ?? '').trim();
    return own === '' ? resolveLanguage(this.host) : (toLanguage(own) ?? DEFAULT_LANGUAGE);
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }
}

/** The number of hosts being watched; lets leak tests prove widgets let go when removed. */
export function watchedLanguageHosts(): number {
  return listeners.size;
}
