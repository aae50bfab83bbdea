// The Response the transport hands on over the bytes it read: it must behave as a fetched Response would.
import { describe, expect, it } from "vitest";
import { withDecodedValue } from "../src/http/decoded-response.js";
import { BufferedResponse, bufferedBody } from "../src/transport/responses.js";

const response = (text = '{"id":1}') =>
  new BufferedResponse(new TextEncoder().encode(text), {
    status: 200,
    statusText: "",
    headers: new Headers({ "Content-Type": "application/json" }),
  });

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  let text = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
  reader.releaseLock();
  return text;
}

describe("BufferedResponse", () => {
  it("reads as text, JSON, bytes and blob, once", async () => {
    expect(await response().json()).toEqual({ id: 1 });
    expect(new TextDecoder().decode(await response().arrayBuffer())).toBe('{"id":1}');
    expect(await (await response().blob()).text()).toBe('{"id":1}');
    const once = response();
    expect(await once.text()).toBe('{"id":1}');
    expect(once.bodyUsed).toBe(true);
    await expect(once.text()).rejects.toThrow(TypeError);
  });

  it("hands out its body as a stream without using it, and counts a read of the stream as a use", async () => {
    const streamed = response();
    const body = streamed.body;
    expect(streamed.bodyUsed).toBe(false);
    expect(bufferedBody(streamed)).toBeDefined();
    expect(await readAll(body)).toBe('{"id":1}');
    // Released, the stream is still read: the bytes are gone for everyone else.
    expect(streamed.bodyUsed).toBe(true);
    expect(bufferedBody(streamed)).toBeUndefined();
    await expect(streamed.text()).rejects.toThrow(TypeError);
  });

  it("has no second body to stream once it was read", async () => {
    const read = response();
    await read.text();
    await expect(readAll(read.body)).rejects.toThrow("already been read");
  });

  it("clones into an independent response while unread", async () => {
    const original = response();
    const copy = original.clone();
    expect(await copy.json()).toEqual({ id: 1 });
    expect(await original.json()).toEqual({ id: 1 });
    expect(() => original.clone()).toThrow(TypeError);
  });

  it("gives its bytes to the middleware only while unread", async () => {
    const fresh = response();
    expect(new TextDecoder().decode(bufferedBody(fresh))).toBe('{"id":1}');
    await fresh.arrayBuffer();
    expect(bufferedBody(fresh)).toBeUndefined();
    expect(bufferedBody(new Response("{}"))).toBeUndefined();
  });

  it("hands a decoded value to json() without parsing, to text() when given, and to its clones", async () => {
    const xml = new BufferedResponse(new TextEncoder().encode('<p><id type="integer">1</id></p>'), {
      status: 200,
      statusText: "",
      headers: new Headers(),
    });
    const value = { p: { id: 1 } };
    withDecodedValue(xml, value, () => JSON.stringify(value));
    // Its own json and text would fail on the XML bytes.
    expect(await xml.clone().json()).toBe(value);
    expect(await xml.clone().text()).toBe('{"p":{"id":1}}');
    expect(await xml.json()).toBe(value);
    expect(Object.hasOwn(xml, "json")).toBe(false);
    // Without text, text() is still the body.
    const json = response();
    withDecodedValue(json, { id: 1 });
    expect(await json.text()).toBe('{"id":1}');
  });
});
