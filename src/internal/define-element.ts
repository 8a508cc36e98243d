import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** A constructor that may carry the library version of the copy that defined it. */
type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Registers `ctor` as `tag` unless the tag is already taken.
 *
 * News pages often load a widget script twice (a theme and a plugin, or two versions behind two
 * URLs). `customElements.define` throws on the second call and would break the rest of that
 * script, so the first definition wins and the second copy only warns, naming both versions.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (deferred !== undefined) {
    deferred.set(tag, () => {
      defineElement(tag, ctor);
    });
    return;
  }
  const existing: VersionedConstructor | undefined = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor) {
    warnOnce(
      `<${tag}> is already defined (version ${existing.version ?? 'unknown'}); ` +
        `this copy (version ${ctor.version ?? VERSION}) was not registered. Load the widgets once per page.`,
    );
  }
}

/** While set, {@link defineElement} records definitions here instead of registering them. */
let deferred: Map<string, () => void> | undefined;

/**
 * Makes the define modules evaluated from now on hand their definitions over instead of
 * registering them: the drop-in bundle then upgrades each element by need (`internal/autoloader.ts`)
 * without its define modules knowing. Only in a browser page; without one (server-side rendering)
 * elements are defined at once. {@link takeDeferredDefinitions} ends it.
 */
export function deferDefinitions(): void {
  if (typeof document !== 'undefined' && typeof IntersectionObserver === 'function') deferred ??= new Map();
}

/** Ends {@link deferDefinitions}: the definitions recorded since, by tag, each ready to run. */
export function takeDeferredDefinitions(): Map<string, () => void> {
  const taken = deferred ?? new Map<string, () => void>();
  deferred = undefined;
  return taken;
}
