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
