using System.Net;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// One Cosmos DB database: the client (Gateway mode over HTTPS), the containers, and the retry policy every adapter
/// request goes through. Creating it sends nothing; <see cref="InitializeAsync"/> creates what is missing.
/// </summary>
public sealed class CosmosDatabase : IDisposable
{
    private readonly CosmosClient _client;
    private int _initialized;

    /// <summary>Connects to the account in <paramref name="options"/> (key, or DefaultAzureCredential when no key).</summary>
    /// <param name="options">Validated options.</param>
    /// <param name="timeProvider">Clock for retry waits.</param>
    /// <param name="decorateHandler">
    /// Wraps the HTTP handler the SDK sends through (tests inject faults here); <see langword="null"/> for none.
    /// </param>
    public CosmosDatabase(CosmosStorageOptions options, TimeProvider? timeProvider = null, Func<HttpMessageHandler, HttpMessageHandler>? decorateHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = ValidateCosmosStorageOptions.Problems(options).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        Options = options;
        Retry = new CosmosRetry(options.MaxRetries, timeProvider ?? TimeProvider.System);
        var endpoint = new Uri(options.Endpoint!);
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "RegulatorHub",
            ConnectionMode = ConnectionMode.Gateway,
            MaxRetryAttemptsOnRateLimitedRequests = 9,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(30),
            EnableContentResponseOnWrite = false,

            // The local server serves one region at its own address; in Azure the SDK may discover regions itself.
            LimitToEndpoint = endpoint.IsLoopback,
            HttpClientFactory = () => new HttpClient(CreateHandler(options, endpoint, decorateHandler), disposeHandler: true),
        };
        _client = string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(options.Endpoint, new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(options.Endpoint, options.Key, clientOptions);
        Database = _client.GetDatabase(options.Database);
    }

    /// <summary>The options in force.</summary>
    public CosmosStorageOptions Options { get; }

    internal Database Database { get; }

    internal CosmosRetry Retry { get; }

    internal Container Container(string name) => Database.GetContainer(name);

    /// <summary>Creates the database and containers if missing (a 409 means they exist) and checks the bucket layout.</summary>
    /// <exception cref="InvalidOperationException">The database was created with a different bucket count.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _initialized) == 1)
        {
            return;
        }

        var throughput = Options.AutoscaleMaxThroughput is { } max ? ThroughputProperties.CreateAutoscaleThroughput(max) : null;
        await _client.CreateDatabaseIfNotExistsAsync(Options.Database, throughput, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var container in CosmosContainers.All)
        {
            await Database.CreateContainerIfNotExistsAsync(container, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await CheckLayoutAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _initialized, 1);
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private async Task CheckLayoutAsync(CancellationToken cancellationToken)
    {
        const string id = "layout";
        var stored = await LeaseDocuments.ReadOrCreateAsync(this, id, w => w.WriteNumber("partitionBuckets", Options.PartitionBuckets), cancellationToken).ConfigureAwait(false);
        var buckets = stored.RootElement.GetProperty("partitionBuckets").GetInt32();
        if (buckets != Options.PartitionBuckets)
        {
            throw new InvalidOperationException(
                $"Storage:Cosmos:PartitionBuckets is {Options.PartitionBuckets} but database '{Options.Database}' was created with {buckets}; set it back to {buckets}.");
        }
    }

    private static HttpMessageHandler CreateHandler(CosmosStorageOptions options, Uri endpoint, Func<HttpMessageHandler, HttpMessageHandler>? decorate)
    {
        var handler = new HttpClientHandler { MaxConnectionsPerServer = Math.Max(options.MaxConcurrency, 16) };
        if (options.AcceptLoopbackCertificate && endpoint.IsLoopback)
        {
            // The local test server's certificate is self-signed: accepted for loopback requests only, checked per request.
            handler.ServerCertificateCustomValidationCallback = (request, _, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || request.RequestUri is { IsLoopback: true };
        }

        return decorate is null ? handler : decorate(handler);
    }

    internal static void ThrowFor(ResponseMessage response, string what)
    {
        // The diagnostics name the operation and status, never the document (it may hold complaint text).
        throw new CosmosStoreException(
            $"Cosmos DB {what} failed with {(int)response.StatusCode} {response.StatusCode}" +
            (response.Headers["x-ms-substatus"] is { Length: > 0 } sub && sub != "0" ? $" (sub-status {sub})" : string.Empty) + ".",
            response.StatusCode);
    }

    internal static bool Is(ResponseMessage response, HttpStatusCode status) => response.StatusCode == status;
}
