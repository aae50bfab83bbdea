/**
 * The bytes of the responses the transport built over a body it had read completely. The response
 * middleware (JSON guard, XML decoding) reads them from here instead of reading the body a second time,
 * and leaves the body of the response unread for a caller who wants it. Per copy of core on purpose: a
 * response from another copy's transport has no entry and is read the ordinary way.
 */
const bodies = new WeakMap<Response, Uint8Array>();

export function rememberBody(response: Response, bytes: Uint8Array): void {
  bodies.set(response, bytes);
}

/**
 * The bytes of a response the transport built, while its body is unread; `undefined` for any other response
 * (or one whose body was read or replaced since), which the caller then reads itself.
 */
export function bufferedBody(response: Response): Uint8Array | undefined {
  return response.bodyUsed ? undefined : bodies.get(response);
}
