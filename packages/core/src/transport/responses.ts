import type { RequestContext } from "../http/operations.js";
import { RESPONSE_CONTEXT } from "../internal/shared-state.js";

/**
 * A Response over a body the transport has read completely. It behaves as any Response (`text()`, `json()`,
 * `arrayBuffer()`, `blob()`, `body`, `clone()`, `bodyUsed`), but makes a ReadableStream only when someone
 * asks for `body`: in Node a Response built over bytes creates its stream at once, which cost about a tenth
 * of a call (pnpm bench), and almost nobody reads a buffered body as a stream.
 *
 * The client's response stages (XML decoding) and the JSON guard take the bytes through {@link bufferedBody}
 * instead of reading the body a second time, and leave the body unread for a caller who wants it.
 */
export class BufferedResponse extends Response {
  /** The context of the call that produced it, see `tagResponse`. */
  [RESPONSE_CONTEXT]: RequestContext | undefined = undefined;
  readonly #bytes: Uint8Array;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;
  #used = false;
  /** Whether a response stage decoded the body: `json()` then returns the value, `text()` the text made of it. */
  #decoded = false;
  #value: unknown;
  #text: (() => string) | undefined;

  constructor(bytes: Uint8Array, init: ResponseInit) {
    super(null, init);
    this.#bytes = bytes;
  }

  /**
   * Makes `json()` return `value` from now on (and `text()` return `text()`, when given): what the runtime
   * decoded, handed to openapi-fetch without a second parse. A slot, not an own `json` property,
   * which would give every such response a shape of its own.
   */
  static carryDecoded(response: BufferedResponse, value: unknown, text?: () => string): void {
    response.#decoded = true;
    response.#value = value;
    response.#text = text;
  }

  /** Whether {@link carryDecoded} gave the response a value. */
  static carriesDecoded(response: BufferedResponse): boolean {
    return response.#decoded;
  }

  /** The bytes while the body is unread (see {@link bufferedBody}). */
  static bytesOf(response: BufferedResponse): Uint8Array | undefined {
    return response.bodyUsed ? undefined : response.#bytes;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
    if (!this.#stream) {
      const alreadyRead = this.#used;
      // highWaterMark 0: nothing is pulled until someone reads, so handing out the stream uses nothing; the
      // first read uses the body, as it would a fetched one (and it stays used after releaseLock()).
      this.#stream = new ReadableStream<Uint8Array<ArrayBuffer>>(
        {
          pull: (controller) => {
            if (alreadyRead) {
              controller.error(new TypeError("Body is unusable: Body has already been read"));
              return;
            }
            this.#used = true;
            if (this.#bytes.byteLength > 0) controller.enqueue(this.#bytes.slice());
            controller.close();
          },
        },
        { highWaterMark: 0 },
      );
    }
    return this.#stream;
  }

  override get bodyUsed(): boolean {
    return this.#used;
  }

  #take(): Uint8Array {
    if (this.bodyUsed) throw new TypeError("Body is unusable: Body has already been read");
    this.#used = true;
    return this.#bytes;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return settle(() => this.#take().slice().buffer as ArrayBuffer);
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return settle(() => this.#take().slice());
  }

  override blob(): Promise<Blob> {
    return settle(() => new Blob([this.#take().slice()], { type: this.headers.get("Content-Type") ?? "" }));
  }

  override text(): Promise<string> {
    const text = this.#text;
    if (text) return settle(text);
    // As Response.text(): UTF-8 whatever the charset, invalid bytes replaced, a BOM dropped.
    return settle(() => LENIENT_UTF8.decode(this.#take()));
  }

  override json(): Promise<unknown> {
    if (this.#decoded) return Promise.resolve(this.#value);
    return this.text().then((text) => JSON.parse(text));
  }

  override formData(): Promise<FormData> {
    return settle(() => new Response(this.#take().slice(), { headers: this.headers })).then((response) => response.formData());
  }

  override clone(): Response {
    if (this.bodyUsed) throw new TypeError("Response.clone: Body has already been consumed.");
    const copy = new BufferedResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers });
    copy.#decoded = this.#decoded;
    copy.#value = this.#value;
    copy.#text = this.#text;
    copy[RESPONSE_CONTEXT] = this[RESPONSE_CONTEXT];
    return copy;
  }
}

const LENIENT_UTF8 = /* @__PURE__ */ new TextDecoder();

function settle<T>(read: () => T): Promise<T> {
  try {
    return Promise.resolve(read());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * The bytes of a response the transport built, while its body is unread; `undefined` for any other response
 * (another copy of core, a cache replay, a body read since), which the caller then reads itself.
 */
export function bufferedBody(response: Response): Uint8Array | undefined {
  return response instanceof BufferedResponse ? BufferedResponse.bytesOf(response) : undefined;
}

/** RFC 9110's reason-phrase: tab, space, visible ASCII and obs-text, which is what `new Response()` accepts. */
const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * The response's reason phrase if a rebuilt `Response` can carry it, `""` otherwise. fetch hands over any
 * text the server sent (`OK ✓`), but `new Response()` throws for it, and the reason phrase means nothing.
 */
export function usableStatusText(response: Response): string {
  return usableReasonPhrase(response.statusText);
}

/** `text` if a `Response` can carry it as its reason phrase, else the empty string. */
export function usableReasonPhrase(text: unknown): string {
  return typeof text === "string" && REASON_PHRASE.test(text) ? text : "";
}

/**
 * A copy of `headers` made entry by entry: `new Headers(headers)` can come out incomplete when another
 * fetch implementation (an interceptor, a polyfill) made the original.
 */
export function copyHeaders(headers: Headers): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => {
    copy.append(name, value);
  });
  return copy;
}
