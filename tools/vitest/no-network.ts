// Loaded before every test file of every package: tests never reach the network. Tests that start their
// own server on loopback re-enable exactly that with `nock.enableNetConnect("127.0.0.1")`.
import nock from "nock";

nock.disableNetConnect();
