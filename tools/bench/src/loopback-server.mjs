// The loopback server of the benchmarks, in its own process so its work never lands on the client's
// clock or heap. Reports its port over IPC; serves fixed documents with keep-alive.
import { createServer } from "node:http";
import { customerJson, customerListJson, miteCustomersJson, miteCustomersXml } from "./fixtures.mjs";

const routes = new Map(
  [
    ["/api/customers/1", ["application/json", customerJson]],
    ["/api/customers", ["application/json", customerListJson]],
    ["/customers.json", ["application/json; charset=utf-8", miteCustomersJson]],
    ["/customers.xml", ["application/xml; charset=utf-8", miteCustomersXml]],
  ].map(([path, [type, text]]) => [path, [type, Buffer.from(text)]]),
);

const server = createServer((request, response) => {
  const route = routes.get(new URL(request.url, "http://localhost").pathname);
  if (!route) {
    response.writeHead(404, { "Content-Type": "application/json" }).end('{"message":"Not found"}');
    return;
  }
  response.writeHead(200, { "Content-Type": route[0], "Content-Length": route[1].byteLength }).end(route[1]);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
process.on("disconnect", () => server.close(() => process.exit(0)));
