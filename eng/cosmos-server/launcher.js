#!/usr/bin/env node
// Local Cosmos DB server for tests and benchmarks: @vercel/cosmosdb-server 1.0.1 (pinned in package.json) behind a
// request handler of our own that fixes what Microsoft.Azure.Cosmos 3.64 needs (docs: /work/shared/docs/platform-notes.md,
// "Cosmos DB"). It reaches into the package's internal modules (lib/account, lib/routes, lib/handler), which is why the version is
// pinned exactly.
//
//   node launcher.js [--host 127.0.0.1] [--port 0] [--no-ssl]
//
// Prints one line "listening <port>" on stdout when ready. Exits when stdin closes, so a test process that dies
// without stopping it does not leave it behind.
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");
const crypto = require("crypto");

const packageRoot = path.dirname(require.resolve("@vercel/cosmosdb-server/package.json"));
const Account = require(path.join(packageRoot, "lib/account")).default;
const Items = require(path.join(packageRoot, "lib/account/items")).default;
const Documents = require(path.join(packageRoot, "lib/account/documents")).default;
const route = require(path.join(packageRoot, "lib/routes")).default;
const documentOperations = require(path.join(packageRoot, "lib/handler/_document-operations"));

const args = parseArgs(process.argv.slice(2));

// --- a global write sequence: the basis of the change feed --------------------------------------------------------
// Every document write (create, replace, upsert, patch) goes through Items._set. Stamping it with a global sequence
// number (_lsn, as Cosmos DB names it) and logging (lsn, rid) per container gives an incremental feed in write order
// that a continuation can resume from, which the package's own feed cannot do.
let lsn = 0;
const originalSet = Items.prototype._set;
Items.prototype._set = function setWithSequence(data) {
  if (!(this instanceof Documents)) {
    return originalSet.call(this, data);
  }
  lsn += 1;
  data._lsn = lsn;
  const stored = originalSet.call(this, data);
  if (!this._feedLog) {
    this._feedLog = [];
  }
  this._feedLog.push([lsn, data._rid]);
  return stored;
};

// --- request handling -----------------------------------------------------------------------------------------------
function handler(account) {
  return (req, res) => {
    handle(account, req, res).catch(err => {
      console.error(err);
      if (!res.headersSent) {
        send(res, 500, { code: "InternalServerError", message: String(err && err.message) });
      } else {
        res.end();
      }
    });
  };
}

// RH_COSMOS_TRACE=1 logs each request line, the headers that steer routing, and the status, to stderr.
const trace = process.env.RH_COSMOS_TRACE === "1";

async function handle(account, req, res) {
  if (trace) {
    const h = req.headers;
    res.on("finish", () => console.error(`${req.method} ${req.url} pk=${h["x-ms-documentdb-partitionkey"] || ""} a-im=${h["a-im"] || ""} inm=${h["if-none-match"] || ""} max=${h["x-ms-max-item-count"] || ""} plan=${h["x-ms-cosmos-is-query-plan-request"] || ""} q=${h["x-ms-documentdb-isquery"] || ""} -> ${res.statusCode} etag=${res.getHeader("etag") || ""}`));
  }
  const { pathname } = new URL(req.url, "https://localhost");
  const clean = pathname.replace(/^\/\//, "/").replace(/\/+$/, "") || "/";
  const docs = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/docs$/.exec(clean);
  const doc = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/docs\/([^/]+)$/.exec(clean);

  if (docs && req.method === "POST" && isTrue(req, "x-ms-cosmos-is-query-plan-request")) {
    await readBody(req);
    return send(res, 200, passThroughQueryPlan());
  }
  if (docs && req.method === "POST" && (isTrue(req, "x-ms-documentdb-isquery") || req.headers["content-type"] === "application/query+json")) {
    return query(account, req, res, decode(docs[1]), decode(docs[2]));
  }
  if (docs && req.method === "GET" && req.headers["a-im"]) {
    return changeFeed(account, req, res, decode(docs[1]), decode(docs[2]));
  }
  if (doc && req.method === "GET") {
    return readDocument(account, req, res, decode(doc[1]), decode(doc[2]), decode(doc[3]));
  }
  if (docs && req.method === "POST" && isTrue(req, "x-ms-cosmos-is-batch-request")) {
    return transactionalBatch(account, req, res, decode(docs[1]), decode(docs[2]));
  }
  return delegate(account, req, res);
}

// Everything else goes to the package's own handlers, with its response framing reproduced minus two things: it
// closed every connection (the SDK then pays a TLS handshake per request) and it stamped a constant request charge of
// 1, which would pass for a measurement.
async function delegate(account, req, res) {
  const found = route(req);
  if (!found) {
    return send(res, 400, { message: "no route" });
  }
  const [params, packageHandler] = found;
  let body;
  try {
    body = await packageHandler(account, req, res, params);
  } catch (err) {
    console.error(err);
    res.statusCode = 500;
    body = { message: err.message };
  }
  if (res.statusCode > 399 && body && !body.message) {
    body.message = "";
  }
  if (req.headers["a-im"] && res.statusCode === 200) {
    // The SDK reads partition key ranges as a change feed until it sees 304: the ranges never change here, so one
    // version ("1") serves, as the package itself answered.
    return send(res, req.headers["if-none-match"] ? 304 : 200, req.headers["if-none-match"] ? undefined : body, { etag: "\"1\"" });
  }
  return send(res, res.statusCode, body);
}

function send(res, status, body, headers = {}) {
  res.statusCode = status;
  if (body && body._etag && !headers.etag) {
    res.setHeader("etag", body._etag);
  }
  for (const [name, value] of Object.entries(headers)) {
    res.setHeader(name, value);
  }
  res.setHeader("content-type", "application/json");
  res.setHeader("x-ms-activity-id", crypto.randomUUID());
  res.end(body === undefined ? "" : JSON.stringify(body));
}

// The SDK cannot plan queries itself on Linux and asks the gateway. A plan that passes the query through over the
// single partition key range the package serves is correct here: every query reaches one range, which evaluates
// ORDER BY, TOP and aggregates completely.
function passThroughQueryPlan() {
  return {
    partitionedQueryExecutionInfoVersion: 2,
    queryInfo: {
      distinctType: "None",
      top: null,
      offset: null,
      limit: null,
      orderBy: [],
      orderByExpressions: [],
      groupByExpressions: [],
      groupByAliases: [],
      aggregates: [],
      groupByAliasToAggregateType: {},
      rewrittenQuery: "",
      hasSelectValue: false,
      hasNonStreamingOrderBy: false
    },
    queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }]
  };
}

function collectionOf(account, dbId, collId) {
  const collection = account.database(dbId).collection(collId);
  return collection.read() ? collection : null;
}

function partitionPaths(collection) {
  const definition = collection.read().partitionKey;
  return ((definition && definition.paths) || []).map(p => p.slice(1).split("/"));
}

function valueAt(document, segments) {
  return segments.reduce((value, key) => (value == null ? undefined : value[key]), document);
}

// The partition key header as an array of components, or null for "no partition key" (cross-partition).
function headerPartitionKey(req) {
  const raw = req.headers["x-ms-documentdb-partitionkey"];
  if (!raw || raw === "[{}]" || raw === "[]") {
    return null;
  }
  const parsed = JSON.parse(Array.isArray(raw) ? raw[0] : raw);
  return Array.isArray(parsed) ? parsed : [parsed];
}

// A document matches a key when each given component equals the document's value at that path: a prefix of a
// hierarchical key selects every partition under it, as in Cosmos DB.
function inPartition(document, paths, key) {
  for (let i = 0; i < key.length && i < paths.length; i += 1) {
    const value = valueAt(document, paths[i]);
    if (value !== key[i] && !(value === undefined && key[i] !== null && typeof key[i] === "object")) {
      return false;
    }
  }
  return true;
}

function expired(collection, document) {
  const ttl = document.ttl !== undefined ? document.ttl : collection.read().defaultTtl;
  return typeof ttl === "number" && ttl > 0 && document._ts + ttl <= Math.floor(Date.now() / 1000);
}

function notFound(res) {
  return send(res, 404, { code: "NotFound", message: "Entity with the specified id does not exist in the system." });
}

// Point read: 404 for a missing item (the package answers 500), all key components checked, TTL honoured on read.
async function readDocument(account, req, res, dbId, collId, docId) {
  const collection = collectionOf(account, dbId, collId);
  if (!collection) {
    return notFound(res);
  }
  const key = headerPartitionKey(req) || [];
  const paths = partitionPaths(collection);
  const first = key.length > 0 ? key[0] : docId;
  const document = collection.document(docId, first).read();
  if (!document || document.id !== docId || !inPartition(document, paths, key) || expired(collection, document)) {
    return notFound(res);
  }
  return send(res, 200, document);
}

// Queries run over the partition the header names (or all of it), with the package's SQL engine.
async function query(account, req, res, dbId, collId) {
  const body = JSON.parse((await readBody(req)) || "{}");
  if (!body.query) {
    return send(res, 400, { code: "BadRequest", message: "missing query" });
  }
  const collection = collectionOf(account, dbId, collId);
  if (!collection) {
    return notFound(res);
  }
  const key = headerPartitionKey(req);
  const paths = partitionPaths(collection);
  const items = [];
  for (const item of collection.documents._data.values()) {
    const document = item.read();
    if ((!key || inPartition(document, paths, key)) && !expired(collection, document)) {
      items.push(document);
    }
  }
  const maxItemCount = parseInt(req.headers["x-ms-max-item-count"] || "-1", 10);
  const continuation = req.headers["x-ms-continuation"] ? JSON.parse(req.headers["x-ms-continuation"]) : null;
  const policy = collection.read().indexingPolicy || {};
  let result;
  try {
    result = collection.documents._getQuery(body.query).exec(items, {
      parameters: body.parameters,
      udf: collection.userDefinedFunctions.functions,
      maxItemCount: maxItemCount > 0 ? maxItemCount : null,
      continuation,
      compositeIndexes: policy.compositeIndexes || []
    });
  } catch (err) {
    return send(res, 400, { code: "BadRequest", message: err.message });
  }
  const headers = { "x-ms-item-count": String(result.result.length) };
  if (result.continuation) {
    headers["x-ms-continuation"] = JSON.stringify(result.continuation);
  }
  return send(res, 200, { _rid: collection.read()._rid, Documents: result.result, _count: result.result.length }, headers);
}

// Incremental change feed: the latest version of every document written after the sequence number in If-None-Match
// (none or "*" as the SDK sends them), in write order; the response etag is the sequence number to continue from;
// 304 with the same etag when nothing is new.
async function changeFeed(account, req, res, dbId, collId) {
  const collection = collectionOf(account, dbId, collId);
  if (!collection) {
    return notFound(res);
  }
  const log = collection.documents._feedLog || [];
  const ifNoneMatch = (req.headers["if-none-match"] || "").replace(/"/g, "");
  let since = 0;
  if (ifNoneMatch === "*") {
    since = lsn;
  } else if (ifNoneMatch) {
    since = parseInt(ifNoneMatch, 10) || 0;
  }
  const requested = parseInt(req.headers["x-ms-max-item-count"] || "-1", 10);
  const max = requested > 0 ? requested : 100;

  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log[mid][0] <= since) lo = mid + 1;
    else hi = mid;
  }
  const items = [];
  let last = since;
  for (let i = lo; i < log.length && items.length < max; i += 1) {
    const [entryLsn, rid] = log[i];
    last = entryLsn;
    const item = collection.documents._data.get(rid);
    const document = item && item.read();
    // Superseded versions and deleted documents are skipped: the latest-version feed shows each item once.
    if (document && document._lsn === entryLsn) {
      items.push(document);
    }
  }
  const etag = `"${last}"`;
  if (items.length === 0) {
    return send(res, 304, undefined, { etag, "x-ms-item-count": "0" });
  }
  return send(res, 200, { _rid: collection.read()._rid, Documents: items, _count: items.length }, {
    etag,
    "x-ms-item-count": String(items.length)
  });
}

// --- transactional batch ---------------------------------------------------------------------------------------------
// The .NET SDK sends a batch as a RecordIO stream of HybridRow rows (schemas from its BatchSchemaProvider) and reads the
// answer in the same form. Only what a single-partition atomic batch needs is decoded: a segment header, then one
// record per operation (length, CRC-32, a BatchOperation row). The operations run one after another with nothing else
// in between (this handler does not yield while applying them); when one fails, the ones before it are undone from
// their before-images, and the answer is 207 with the failing operation's status and 424 for every other, as Cosmos DB
// answers.
const HYBRID_ROW_V1 = 0x81;
const SCHEMA_SEGMENT = 2147473648;
const SCHEMA_RECORD = 2147473649;
const SCHEMA_BATCH_OPERATION = 2145473648;
const SCHEMA_BATCH_RESULT = 2145473649;
// BatchOperation's properties in schema order: the sparse-path tokens are their 1-based positions.
const OPERATION_TOKENS = 13;
const OPERATION_CREATE = 0;
const OPERATION_READ = 2;
const OPERATION_DELETE = 4;
const OPERATION_REPLACE = 5;
const OPERATION_UPSERT = 20;
const LAYOUT = { booleanFalse: 2, boolean: 3, int32: 7, uint32: 11, float64: 16, utf8: 20, binary: 21 };

class RowReader {
  constructor(buffer) {
    this.buffer = buffer;
    this.pos = 0;
  }
  get done() { return this.pos >= this.buffer.length; }
  u8() { this.need(1); return this.buffer[this.pos++]; }
  i32() { this.need(4); const v = this.buffer.readInt32LE(this.pos); this.pos += 4; return v; }
  u32() { this.need(4); const v = this.buffer.readUInt32LE(this.pos); this.pos += 4; return v; }
  varUInt() {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.u8();
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
    }
    throw new Error("varint too long");
  }
  bytes(n) { this.need(n); const v = this.buffer.subarray(this.pos, this.pos + n); this.pos += n; return v; }
  header(schema) {
    if (this.u8() !== HYBRID_ROW_V1 || this.i32() !== schema) throw new Error(`expected a HybridRow of schema ${schema}`);
  }
  need(n) { if (this.pos + n > this.buffer.length) throw new Error("truncated HybridRow"); }
}

class RowWriter {
  constructor() { this.chunks = []; }
  u8(v) { this.chunks.push(Buffer.from([v])); }
  i32(v) { const b = Buffer.alloc(4); b.writeInt32LE(v); this.chunks.push(b); }
  u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v >>> 0); this.chunks.push(b); }
  varUInt(v) {
    const out = [];
    do {
      let b = v % 128;
      v = Math.floor(v / 128);
      if (v > 0) b |= 0x80;
      out.push(b);
    } while (v > 0);
    this.chunks.push(Buffer.from(out));
  }
  bytes(b) { this.varUInt(b.length); this.chunks.push(b); }
  header(schema) { this.u8(HYBRID_ROW_V1); this.i32(schema); }
  toBuffer() { return Buffer.concat(this.chunks); }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const b of buffer) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function readRecords(buffer) {
  const reader = new RowReader(buffer);
  reader.header(SCHEMA_SEGMENT);
  reader.u8();
  const segmentLength = reader.i32();
  reader.pos = segmentLength;
  const records = [];
  while (!reader.done) {
    reader.header(SCHEMA_RECORD);
    const length = reader.i32();
    const crc = reader.u32();
    const body = reader.bytes(length);
    if (crc32(body) !== crc) throw new Error("record CRC-32 mismatch");
    records.push(body);
  }
  return records;
}

function readOperation(record) {
  const reader = new RowReader(record);
  reader.header(SCHEMA_BATCH_OPERATION);
  const present = reader.u8();
  const has = bit => (present & (1 << bit)) !== 0;
  const operation = { operationType: reader.i32(), resourceType: reader.i32() };
  const variable = [["partitionKey", true], ["effectivePartitionKey", false], ["id", true], ["binaryId", false], ["resourceBody", false]];
  variable.forEach(([name, text], i) => {
    if (has(i + 2)) {
      const value = reader.bytes(reader.varUInt());
      operation[name] = text ? value.toString("utf8") : value;
    }
  });
  const names = [null, null, null, null, null, null, null, null, "indexingDirective", "ifMatch", "ifNoneMatch", "timeToLiveInSeconds", "minimalReturnPreference"];
  while (!reader.done) {
    const code = reader.u8();
    const token = reader.varUInt();
    const name = token < OPERATION_TOKENS ? names[token] : reader.bytes(token - OPERATION_TOKENS).toString("utf8");
    let value;
    switch (code) {
      case LAYOUT.booleanFalse: value = false; break;
      case LAYOUT.boolean: value = true; break;
      case LAYOUT.int32: value = reader.i32(); break;
      case LAYOUT.uint32: value = reader.u32(); break;
      case LAYOUT.float64: value = reader.bytes(8).readDoubleLE(0); break;
      case LAYOUT.utf8: value = reader.bytes(reader.varUInt()).toString("utf8"); break;
      case LAYOUT.binary: value = reader.bytes(reader.varUInt()); break;
      default: throw new Error(`unsupported sparse field type ${code}`);
    }
    if (name) operation[name] = value;
  }
  return operation;
}

function writeResults(results) {
  const writer = new RowWriter();
  writer.header(SCHEMA_SEGMENT);
  writer.u8(0x01);
  writer.i32(10);
  for (const result of results) {
    const row = new RowWriter();
    row.header(SCHEMA_BATCH_RESULT);
    const etag = result.eTag ? Buffer.from(result.eTag, "utf8") : null;
    const body = result.resourceBody ? Buffer.from(JSON.stringify(result.resourceBody), "utf8") : null;
    row.u8(0x03 | (etag ? 0x04 : 0) | (body ? 0x08 : 0));
    row.i32(result.statusCode);
    row.i32(0);
    if (etag) row.bytes(etag);
    if (body) row.bytes(body);
    const bytes = row.toBuffer();
    writer.header(SCHEMA_RECORD);
    writer.i32(bytes.length);
    writer.u32(crc32(bytes));
    writer.chunks.push(bytes);
  }
  return writer.toBuffer();
}

async function transactionalBatch(account, req, res, dbId, collId) {
  const body = await readBodyBytes(req);
  if (!isTrue(req, "x-ms-cosmos-batch-atomic")) {
    return send(res, 400, { code: "BadRequest", message: "Only atomic transactional batches are supported by the local server (no bulk mode)." });
  }
  const collection = collectionOf(account, dbId, collId);
  if (!collection) {
    return notFound(res);
  }
  let operations;
  try {
    operations = readRecords(body).map(readOperation);
  } catch (err) {
    return send(res, 400, { code: "BadRequest", message: `Unreadable batch: ${err.message}` });
  }
  const header = req.headers["x-ms-documentdb-partitionkey"];
  const key = headerPartitionKey(req);
  if (!key) {
    return send(res, 400, { code: "BadRequest", message: "A transactional batch needs a partition key." });
  }
  const paths = partitionPaths(collection);
  const undo = [];
  const results = [];
  for (const operation of operations) {
    const result = applyBatchOperation(collection, header, key, paths, operation, undo);
    results.push(result);
    if (result.statusCode >= 400) {
      for (let i = undo.length - 1; i >= 0; i -= 1) undo[i]();
      const failed = results.length - 1;
      const answers = operations.map((_, i) => ({ statusCode: i === failed ? result.statusCode : 424 }));
      return sendBinary(res, 207, writeResults(answers));
    }
  }
  return sendBinary(res, 200, writeResults(results));
}

function applyBatchOperation(collection, header, key, paths, operation, undo) {
  const document = operation.resourceBody ? JSON.parse(operation.resourceBody.toString("utf8")) : null;
  const id = operation.id || (document && document.id);
  if (!id) {
    return { statusCode: 400 };
  }
  if (document && !inPartition(document, paths, key)) {
    return { statusCode: 400 };
  }
  const partition = key[0];
  const before = collection.document(id, partition).read();
  const input = { partitionKey: header, id, ifMatch: operation.ifMatch, resourceBody: document };
  let result;
  switch (operation.operationType) {
    case OPERATION_CREATE: result = documentOperations.createOperation(collection, input); break;
    case OPERATION_REPLACE: result = documentOperations.replaceOperation(collection, input); break;
    case OPERATION_UPSERT: result = documentOperations.upsertOperation(collection, input); break;
    case OPERATION_DELETE: result = documentOperations.deleteOperation(collection, input); break;
    case OPERATION_READ:
      result = before && inPartition(before, paths, key) && !expired(collection, before)
        ? { statusCode: 200, body: before }
        : { statusCode: 404 };
      break;
    default: return { statusCode: 400 };
  }
  if (result.statusCode < 400 && operation.operationType !== OPERATION_READ) {
    undo.push(() => {
      if (collection.document(id, partition).read()) collection.documents.delete(id, partition);
      if (before) collection.documents._set(before);
    });
  }
  const written = result.body && result.body._etag ? result.body : null;
  return {
    statusCode: result.statusCode,
    eTag: written ? written._etag : undefined,
    resourceBody: written && (operation.operationType === OPERATION_READ || !operation.minimalReturnPreference) ? written : undefined
  };
}

function sendBinary(res, status, buffer) {
  res.statusCode = status;
  res.setHeader("content-type", "application/x-hybridrow");
  res.setHeader("x-ms-activity-id", crypto.randomUUID());
  res.end(buffer);
}

function readBodyBytes(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", chunk => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function isTrue(req, name) {
  const value = req.headers[name];
  return value === "true" || value === "True";
}

function decode(segment) {
  return decodeURIComponent(segment);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", chunk => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseArgs(argv) {
  const parsed = { host: "127.0.0.1", port: 0, ssl: true };
  for (let i = 0; i < argv.length; i += 1) {
    switch (argv[i]) {
      case "--host": parsed.host = argv[++i]; break;
      case "--port": parsed.port = parseInt(argv[++i], 10); break;
      case "--no-ssl": parsed.ssl = false; break;
      default:
        console.error(`unknown option ${argv[i]}`);
        process.exit(2);
    }
  }
  return parsed;
}

// --- start ----------------------------------------------------------------------------------------------------------
let account;
const onRequest = (req, res) => handler(account)(req, res);
const server = args.ssl
  ? https.createServer({
    // The package's self-signed certificate; clients accept it for 127.0.0.1 only (see CosmosServer.cs).
    cert: fs.readFileSync(path.join(packageRoot, "cert.pem")),
    key: fs.readFileSync(path.join(packageRoot, "key.pem")),
    keepAlive: true
  }, onRequest)
  : http.createServer({ keepAlive: true }, onRequest);
server.keepAliveTimeout = 120000;
server.headersTimeout = 125000;
server.listen(args.port, args.host, () => {
  const { port } = server.address();
  account = new Account(args.host, port);
  process.stdout.write(`listening ${port}\n`);
});

process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
