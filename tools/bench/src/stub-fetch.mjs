// The stub of the CPU rows, in Node (contender.mjs) and in Chromium (browser-cpu.mjs): a fetch that answers
// at once with the same JSON body every time, as a test's nock or msw would.

/** A fetch that resolves at once with a 200 of `json` (Content-Type and Content-Length set). */
export function stubFetch(json) {
  const body = new TextEncoder().encode(json);
  const headers = { "Content-Type": "application/json", "Content-Length": String(body.byteLength) };
  return () => Promise.resolve(new Response(body, { status: 200, headers }));
}
