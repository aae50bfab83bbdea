/**
 * The contract-test harness: validates every request a client sends and every response the mock sends
 * against the OpenAPI spec, with nock in between, and checks that every operation is covered.
 */
export { type ArbitraryOptions, arbitraryOf } from "./arbitrary.js";
export { examplesOf, jsonExampleOf, responseOf, type SpecExample, successStatusOf } from "./examples.js";
export { type ClientExports, describeClientExports } from "./exports.js";
export { MockApi, type MockCall, type MockReply, type Violation } from "./mock.js";
export { type BodyFormat, ContractSpec, formatOfMediaType, type OpenApiObject, type SpecOperation } from "./spec.js";
export { type CallResult, type ContractCase, type ContractSuite, describeContract, errorOf } from "./suite.js";
export { checkRequest, checkResponse, type RecordedRequest, type RequestCheck } from "./validate.js";
