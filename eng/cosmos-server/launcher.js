#!/usr/bin/env node
// Local Cosmos DB server for tests and benchmarks: @vercel/cosmosdb-server 1.0.1 (pinned in package.json) behind a
// request handler of our own that fixes what Microsoft.Azure.Cosmos 3.64 needs (docs: /work/shared/docs/platform-notes.md,
// "Cosmos DB"). It reaches into the package's internal modules (lib/account, lib/routes), which is why the version is
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
    // Transactional batch needs the binary HybridRow format the package cannot read: refuse clearly.
    await readBody(req);
    return send(res, 400, { code: "BadRequest", message: "Transactional batch is not supported by the local server." });
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
