namespace RegulatorHub.Storage.Cosmos;

/// <summary>Configuration section <c>Storage:Cosmos</c>: the Azure Cosmos DB account and how the adapter uses it.</summary>
public sealed class CosmosStorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Storage:Cosmos";

    /// <summary><c>Storage:Cosmos:Endpoint</c>: account endpoint, e.g. <c>https://myaccount.documents.azure.com:443/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// <c>Storage:Cosmos:Key</c>: account key. Leave empty in Azure: the adapter then signs in with
    /// <c>DefaultAzureCredential</c> (managed identity) and the account keeps local (key) auth disabled. Only the local
    /// test server needs a key; never put one in a configuration file.
    /// </summary>
    public string? Key { get; set; }

    /// <summary><c>Storage:Cosmos:Database</c>: database name.</summary>
    public string Database { get; set; } = "regulatorhub";

    /// <summary>
    /// <c>Storage:Cosmos:PartitionBuckets</c>: buckets per feed source in the complaints container's hierarchical key
    /// (source, bucket). Fixed when the database is created: the adapter refuses a different value later, because
    /// point reads compute the bucket from the case id.
    /// </summary>
    public int PartitionBuckets { get; set; } = 16;

    /// <summary><c>Storage:Cosmos:MaxConcurrency</c>: requests one batch keeps in flight.</summary>
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>
    /// <c>Storage:Cosmos:MaxRetries</c>: retries of a request answered 429 (throttled) or 503 (unavailable), each after
    /// the server's <c>x-ms-retry-after-ms</c> or a capped backoff, before the batch fails back to the caller.
    /// </summary>
    public int MaxRetries { get; set; } = 10;

    /// <summary>
    /// <c>Storage:Cosmos:AutoscaleMaxThroughput</c>: when set, the database is created with autoscale throughput up to
    /// this many RU/s; empty for a serverless account (the deployment's choice, see infra/).
    /// </summary>
    public int? AutoscaleMaxThroughput { get; set; }

    /// <summary>
    /// <c>Storage:Cosmos:CrossChannelCheck</c>: flag likely cross-channel duplicates (same complainant, merchant and day
    /// from another case) when storing, as the SQLite store does. It costs one more point write per complaint (a marker
    /// document); turn it off only where duplicates are found downstream instead.
    /// </summary>
    public bool CrossChannelCheck { get; set; } = true;

    /// <summary>
    /// <c>Storage:Cosmos:AcceptLoopbackCertificate</c>: accept a self-signed TLS certificate when the endpoint is
    /// 127.0.0.1 (the local test server). Refused for any other host.
    /// </summary>
    public bool AcceptLoopbackCertificate { get; set; }
}
