// @open-wc/semantic-dom-diff types every chai `.equal()` as returning a Promise, although only its
// DOM assertions are asynchronous. This overload restores the synchronous signature for plain
// values, so `no-floating-promises` keeps guarding the calls that really are asynchronous
// (`.to.be.accessible()`, `.dom.to.equal()`). The import makes this declaration merge after theirs.
import '@open-wc/testing';

declare global {
  namespace Chai {
    // An interface, not a function type: only an interface merges with the library's declaration.
    interface Equal {
      // eslint-disable-next-line @typescript-eslint/prefer-function-type
      (value: unknown, message?: string): Assertion;
    }
  }
}
