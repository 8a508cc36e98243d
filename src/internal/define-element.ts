import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** A constructor that may carry the library version of the copy that defined it. */
type VersionedConstructor = CustomElementConstructor & { version?: string };

/** Runs a definition later (in a task of its own): the autoloader's, per tag it loads. */
export type DefinitionScheduler = (define: () => void) => void;

/** Tags whose next definition is handed to a scheduler instead of run at once. */
const schedulers = new Map<string, DefinitionScheduler>();

/**
 * Until the returned function is called, `defineElement(tag, …)` hands its definition to
 * `schedule` instead of defining at once (once: the scheduler is then dropped). The autoloader
 * uses it for the tags it loads, so evaluating an element's chunk and defining the element (which
 * upgrades and first-renders every instance on the page) are two tasks, not one long one
 * (issue 20). The drop-in and the npm modules never call it: there `defineElement` defines as the
 * module runs, as they document.
 */
export function deferDefinition(tag: string, schedule: DefinitionScheduler): () => void {
  schedulers.set(tag, schedule);
  return () => {
    if (schedulers.get(tag) === schedule) schedulers.delete(tag);
  };
}

/**
 * Registers `ctor` as `tag` unless the tag is already taken.
 *
 * News pages often load a widget script twice (a theme and a plugin, or two versions behind two
 * URLs). `customElements.define` throws on the second call and would break the rest of that
 * script, so the first definition wins and the second copy only warns, naming both versions.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  if (typeof customElements === 'undefined') return;
  const schedule = schedulers.get(tag);
  if (schedule !== undefined) {
    schedulers.delete(tag);
    schedule(() => {
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
