/**
 * The base of every Sabba event: `bubbles` and `composed`, so a page can listen at `document`
 * level for analytics, and a typed `detail`. Requests that a page may refuse pass
 * `cancelable: true` and the element checks `defaultPrevented`.
 */
export abstract class SabbaEvent<Detail> extends Event {
  /** What happened, typed per event. */
  readonly detail: Detail;

  protected constructor(type: string, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.detail = detail;
  }
}
