import { defaultConverter, LitElement, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LanguageController } from '../controllers/language-controller.js';
import { localize, type Language, type Overrides, type SectionTexts } from '../i18n/index.js';
import { VERSION } from './version.js';

/** A property with an attribute and Lit's default String conversion: a text property. */
function isTextProperty(declared: PropertyDeclaration | undefined): boolean {
  return (
    declared !== undefined &&
    declared.attribute !== false &&
    (declared.type === undefined || declared.type === String) &&
    (declared.converter === undefined || declared.converter === defaultConverter)
  );
}

/** What a text property holds for a value a page wrote: `''` for nothing, else the value as text. */
function toText(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The thin base of every Sabba element: the language, localized texts and custom states.
 * Behaviour that only some elements need belongs in a controller, not here.
 */
export class SabbaElement extends LitElement {
  /** The library version of the copy that defined this element. */
  static readonly version: string = VERSION;

  /**
   * Keeps text properties (an attribute and Lit's default String conversion) strings. Removing the
   * attribute (which frameworks do for `null`/`undefined` bindings) would otherwise store `null`
   * through Lit's String converter, and a script may assign a number; both crashed `.trim()` in
   * render. `null`/`undefined` become `''` (the unset value), anything else `String(value)`.
   * Done here, where the accessors of decorated properties report every write, rather than by
   * replacing Lit's accessors (overriding `createProperty` is deprecated). Standard-decorator
   * `accessor` properties report with `useNewValue` and are left as they are: the library's
   * elements use the other kind.
   */
  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    if (name !== undefined && useNewValue !== true) {
      // The write below reports itself; the change is reported once, with the real old value.
      if (name === this.coercing) return;
      const record = this as unknown as Record<PropertyKey, unknown>;
      const value = record[name];
      if (
        typeof value !== 'string' &&
        isTextProperty(options ?? (this.constructor as typeof SabbaElement).elementProperties.get(name))
      ) {
        this.coercing = name;
        try {
          record[name] = toText(value as string | number | boolean | null | undefined);
        } finally {
          this.coercing = undefined;
        }
      }
    }
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
  }

  /**
   * The language of the widget's texts (`id` or `en`). When empty, the closest ancestor's `lang`
   * and then `<html lang>` decide; unsupported languages fall back to Indonesian.
   */
  @property() override lang = '';

  private readonly languageController = new LanguageController(this);
  /** The text property being turned into a string right now, so its own write is not reported twice. */
  private coercing: PropertyKey | undefined = undefined;
  private internalsCache: ElementInternals | undefined;

  /** The language the widget renders in right now. */
  get language(): Language {
    return this.languageController.value;
  }

  /**
   * The element's `texts` in the current language, with the page's overrides applied: first the
   * `strings` property, then the element's text attributes (`label`, `heading`, …), which win when
   * they hold more than white space. One rule for every element, so a blank attribute never blanks
   * a text and never hides a `strings` override.
   */
  protected localize<S extends object>(
    texts: SectionTexts<S>,
    overrides: Overrides<S> = {},
    attributes: Partial<Record<keyof S, string>> = {},
  ): S {
    const merged: Overrides<S> = { ...overrides };
    for (const key of Object.keys(attributes) as (keyof S)[]) {
      const value = attributes[key];
      if (typeof value === 'string' && value.trim() !== '') merged[key] = value as S[keyof S];
    }
    return localize(texts, this.language, merged);
  }

  /** The element's internals, created on first use (elements that never need them pay nothing). */
  protected get internals(): ElementInternals {
    this.internalsCache ??= this.attachInternals();
    return this.internalsCache;
  }

  /**
   * The element's custom states (`:state(name)` in CSS), derived from its reactive state. The base
   * applies them after every update, so a state can never drift from what it describes: override
   * this instead of toggling states beside the fields they mirror. The default has none.
   */
  protected customStates(): Readonly<Record<string, boolean>> {
    return {};
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const [name, on] of Object.entries(this.customStates())) this.toggleState(name, on);
  }

  /**
   * Turns a custom state (`:state(name)` in CSS) on or off. Browsers without CustomStateSet simply
   * lose the styling hook; the element's behaviour never depends on it.
   */
  protected toggleState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // CustomStateSet is missing or rejects the name: styling only, nothing to recover.
    }
  }
}
