/**
 * A key–value store that never throws.
 *
 * `localStorage` throws in private modes, sandboxed iframes (even on property access), when the
 * quota is full and when the reader blocks site data. A widget must then carry on: values are kept
 * in memory for the page view instead, which is the honest fallback ("remember for this visit").
 */

/** The subset of the Web Storage API the widgets use. */
export interface SafeStorage {
  /** Returns the stored string, or `null` when absent or unreadable. */
  get(key: string): string | null;
  /** Stores a string; returns `false` when only the in-memory fallback could keep it. */
  set(key: string, value: string): boolean;
  /** Removes a key; never throws. */
  remove(key: string): void;
  /**
   * Reads and parses JSON; returns `undefined` for absent, unparsable or expired values. The value
   * is `unknown`: storage is shared with other scripts and the reader, so callers check its shape.
   */
  getJSON(key: string): unknown;
  /**
   * Stores a JSON value, optionally expiring after `maxAgeMs`; returns `false` when only the
   * in-memory fallback could keep it.
   */
  setJSON(key: string, value: unknown, maxAgeMs?: number): boolean;
  /**
   * Removes every value under a key starting with `prefix` whose maximum age has passed, so that
   * an expired value does not linger until the same key happens to be read again.
   */
  purgeExpired(prefix: string): void;
}

interface Envelope {
  v: unknown;
  /** Expiry time in ms since the epoch, absent when the value does not expire. */
  e?: number;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && 'v' in value;
}

/** Looks up `localStorage` or `sessionStorage` without letting a SecurityError escape. */
function webStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Creates a store backed by `localStorage` (or `sessionStorage`), with an in-memory fallback that
 * keeps values for the page view whenever the real storage is missing or throws.
 */
export function createSafeStorage(kind: 'local' | 'session' = 'local', now: () => number = Date.now): SafeStorage {
  const memory = new Map<string, string>();

  const get = (key: string): string | null => {
    try {
      const value = webStorage(kind)?.getItem(key);
      if (value !== null && value !== undefined) return value;
    } catch {
      // Unreadable storage: fall through to what this page view kept.
    }
    return memory.get(key) ?? null;
  };

  const set = (key: string, value: string): boolean => {
    memory.set(key, value);
    try {
      const storage = webStorage(kind);
      if (storage === undefined) return false;
      storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  };

  const remove = (key: string): void => {
    memory.delete(key);
    try {
      webStorage(kind)?.removeItem(key);
    } catch {
      // Nothing to do: the memory copy is gone, and the real storage cannot be reached.
    }
  };

  const expired = (raw: string | null): boolean => {
    try {
      const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
      return isEnvelope(parsed) && typeof parsed.e === 'number' && parsed.e <= now();
    } catch {
      return false;
    }
  };

  /** Every key of the real storage and of the memory fallback. */
  const keys = (): string[] => {
    const found = new Set(memory.keys());
    try {
      const storage = webStorage(kind);
      for (let i = 0; storage !== undefined && i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) found.add(key);
      }
    } catch {
      // Unreadable storage holds nothing this page can purge.
    }
    return [...found];
  };

  return {
    get,
    set,
    remove,
    purgeExpired(prefix: string): void {
      for (const key of keys()) if (key.startsWith(prefix) && expired(get(key))) remove(key);
    },
    getJSON(key: string): unknown {
      const raw = get(key);
      if (raw === null) return undefined;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (!isEnvelope(parsed)) return undefined;
        if (typeof parsed.e === 'number' && parsed.e <= now()) {
          remove(key);
          return undefined;
        }
        return parsed.v;
      } catch {
        return undefined;
      }
    },
    setJSON(key: string, value: unknown, maxAgeMs?: number): boolean {
      const envelope: Envelope = maxAgeMs === undefined ? { v: value } : { v: value, e: now() + maxAgeMs };
      return set(key, JSON.stringify(envelope));
    },
  };
}
