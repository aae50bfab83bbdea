/**
 * A stored response: what a `GET` returned with its `ETag`, as it came over the wire (before any decoding,
 * so a mite XML body is kept as XML). Plain JSON-serializable data, so any key-value store can hold it.
 */
export interface EtagEntry {
  /** The entity tag, as the server sent it (`"abc"` or `W/"abc"`). */
  readonly etag: string;
  readonly status: number;
  readonly statusText: string;
  /** The response headers, in order. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** The body bytes, base64-encoded. */
  readonly body: string;
  /** When it was stored (milliseconds since the epoch). */
  readonly storedAt: number;
}

/**
 * Where the ETag cache keeps its entries. Every method may be synchronous or return a promise, so Redis,
 * a database or a file can back it; a method that throws or rejects is ignored (the request goes on as if
 * the entry were missing). Keys never contain credentials.
 *
 * A Redis store, for instance: `get` = `GET` + `JSON.parse`, `set` = `SET` (with `EX` if you want entries to
 * expire), `delete` = `DEL`, `deletePrefix` = `SCAN MATCH <escaped prefix>*` + `DEL`. Prefix keys with a
 * namespace of your own when several clients (or credentials) share one Redis.
 *
 * @example
 * const store: EtagStore = {
 *   get: async (key) => JSON.parse((await redis.get(`kimai:${key}`)) ?? "null") ?? undefined,
 *   set: async (key, entry) => void (await redis.set(`kimai:${key}`, JSON.stringify(entry), { EX: 86_400 })),
 *   delete: async (key) => void (await redis.del(`kimai:${key}`)),
 *   deletePrefix: async (prefix) => {
 *     for await (const keys of redis.scanIterator({ MATCH: `kimai:${escapeGlob(prefix)}*` })) await redis.del(keys);
 *   },
 * };
 * const kimai = createKimaiClient({ baseUrl, auth, cache: store });
 */
export interface EtagStore {
  get(key: string): EtagEntry | undefined | Promise<EtagEntry | undefined>;
  set(key: string, entry: EtagEntry): void | Promise<void>;
  delete(key: string): void | Promise<void>;
  /** Deletes every entry whose key starts with `prefix` (how a write invalidates a resource and its collection). */
  deletePrefix(prefix: string): void | Promise<void>;
}

/** Options of {@link MemoryEtagStore}. */
export interface MemoryEtagStoreOptions {
  /** Most entries kept; the least recently used go first (default 500). */
  readonly maxEntries?: number | undefined;
  /** Most body bytes (base64 characters) kept in all (default 50 MiB); a larger single body is not kept. */
  readonly maxBytes?: number | undefined;
}

/**
 * The default {@link EtagStore}: in memory, least recently used entries evicted first, bounded by count and
 * by size. `cache: true` gives each client its own; pass one instance to share it between clients, e.g.
 * with `withOptions`.
 *
 * @example
 * const store = new MemoryEtagStore({ maxEntries: 2000 });
 * const kimai = createKimaiClient({ baseUrl, auth, cache: store });
 * const patient = kimai.withOptions({ timeoutMs: 300_000 }); // shares the store
 */
export class MemoryEtagStore implements EtagStore {
  readonly #entries = new Map<string, EtagEntry>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(options: MemoryEtagStoreOptions = {}) {
    this.#maxEntries = positive(options.maxEntries ?? 500, "maxEntries");
    this.#maxBytes = positive(options.maxBytes ?? 50 * 1024 * 1024, "maxBytes");
  }

  /** How many entries it holds. */
  get size(): number {
    return this.#entries.size;
  }

  /** The keys, least recently used first (for tests and diagnostics). */
  keys(): string[] {
    return [...this.#entries.keys()];
  }

  get(key: string): EtagEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: EtagEntry): void {
    this.delete(key);
    if (entry.body.length > this.#maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.body.length;
    for (const [oldest, old] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.body.length;
  }

  deletePrefix(prefix: string): void {
    for (const key of [...this.#entries.keys()]) if (key.startsWith(prefix)) this.delete(key);
  }

  /** Removes every entry. */
  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}

function positive(value: number, name: string): number {
  if (!(Number.isSafeInteger(value) && value >= 1)) throw new RangeError(`${name} must be a positive integer, not ${value}`);
  return value;
}
