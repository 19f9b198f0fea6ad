using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Audit;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The audit trail contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosAuditTrailTests(CosmosServerFixture server) : AuditTrailContract, IClassFixture<CosmosServerFixture>
{
    private static readonly PartitionKey s_chain = new(CosmosAuditTrail.Chain);

    protected override Task<AuditTrailFixture> CreateAsync() => CreateAsync(pageSize: 1_000);

    [Fact]
    public async Task Read_MoreEntriesThanAPage_ReadsEveryPageInOrder()
    {
        var fixture = await CreateAsync(pageSize: 3);
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 10);

        var read = await AuditRecords.ReadAllAsync(fixture.Trail);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), read.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Verify_SecondDocumentWithOneSequence_ReportsInserted()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var appended = await AuditRecords.AppendAsync(fixture.Trail, 4);

        // Another id, so the create succeeds; the sequence field claims entry 2's place.
        var raw = (RawCosmos)fixture.Tamper;
        await raw.CreateAsync(Document(appended[1] with { Target = "page:/forged" }, id: "forged"));
        var verification = await new AuditVerifier(fixture.Trail, AuditRecords.Chain).VerifyAsync(CancellationToken.None);

        Assert.Equal((AuditProblemKind.Inserted, (long?)2), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task Append_AnswerLostAfterTheBatchApplied_StoresTheEntryOnce()
    {
        var options = server.NewDatabaseOptions();
        using (var setup = new CosmosDatabase(options))
        {
            await setup.InitializeAsync(CancellationToken.None);
        }

        var handler = (LoseFirstBatchAnswer?)null;
        using var database = new CosmosDatabase(options, decorateHandler: inner => handler = new LoseFirstBatchAnswer(inner));
        var trail = new CosmosAuditTrail(database, AuditRecords.Chain);
        await trail.InitializeAsync(CancellationToken.None);

        var first = await trail.AppendAsync(AuditRecords.Make(1), CancellationToken.None);
        var second = await trail.AppendAsync(AuditRecords.Make(2), CancellationToken.None);

        Assert.NotNull(handler);
        Assert.Equal(1, handler.Lost);
        Assert.Equal((1L, 2L), (first.Sequence, second.Sequence));
        Assert.Equal([first, second], await AuditRecords.ReadAllAsync(trail));
    }

    private async Task<AuditTrailFixture> CreateAsync(int pageSize)
    {
        var database = new CosmosDatabase(server.NewDatabaseOptions());
        var trail = new CosmosAuditTrail(database, AuditRecords.Chain, timeProvider: null, pageSize);
        await trail.InitializeAsync(CancellationToken.None);
        return new AuditTrailFixture(trail, new RawCosmos(database.Container(CosmosContainers.Audit)), new Cleanup(database));
    }

    // An entry document as the adapter lays it out (written here independently, as an attacker would).
    private static JsonObject Document(AuditEntry entry, string? id = null) => new()
    {
        ["id"] = id ?? CosmosAuditTrail.EntryId(entry.Sequence),
        ["chain"] = CosmosAuditTrail.Chain,
        ["sequence"] = entry.Sequence,
        ["at"] = entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["actor"] = entry.Actor,
        ["agency"] = entry.AgencyId,
        ["role"] = entry.Role,
        ["action"] = entry.Action.ToString(),
        ["target"] = entry.Target,
        ["outcome"] = entry.Outcome,
        ["purpose"] = entry.Purpose,
        ["detail"] = entry.Detail,
        ["previousHash"] = entry.PreviousHash,
        ["hash"] = entry.Hash,
    };

    /// <summary>Raw Cosmos DB calls on the audit container, outside the adapter.</summary>
    private sealed class RawCosmos(Container container) : IAuditStoreTamperer
    {
        public async Task SetFieldAsync(long sequence, string field, string value)
        {
            var document = await ReadAsync(CosmosAuditTrail.EntryId(sequence));
            document[field] = value;
            await ReplaceAsync(document);
        }

        public Task DeleteAsync(long sequence) => DeleteDocumentAsync(CosmosAuditTrail.EntryId(sequence));

        public async Task RenumberFromAsync(long sequence)
        {
            var head = await ReadAsync(CosmosAuditTrail.HeadId);
            for (var s = head["sequence"]!.GetValue<long>(); s >= sequence; s--)
            {
                var document = await ReadAsync(CosmosAuditTrail.EntryId(s));
                await DeleteDocumentAsync(CosmosAuditTrail.EntryId(s));
                document["id"] = CosmosAuditTrail.EntryId(s + 1);
                document["sequence"] = s + 1;
                await CreateAsync(Strip(document));
            }
        }

        public Task InsertAsync(AuditEntry entry) => CreateAsync(Document(entry));

        public async Task SetHeadAsync(AuditHead head)
        {
            var document = await ReadAsync(CosmosAuditTrail.HeadId);
            document["sequence"] = head.Sequence;
            document["hash"] = head.Hash;
            await ReplaceAsync(document);
        }

        public Task DeleteHeadAsync() => DeleteDocumentAsync(CosmosAuditTrail.HeadId);

        public async Task CreateAsync(JsonObject document)
        {
            using var response = await container.CreateItemStreamAsync(Stream(document), s_chain);
            Assert.True(response.IsSuccessStatusCode, $"raw create answered {response.StatusCode}");
        }

        private async Task<JsonObject> ReadAsync(string id)
        {
            using var response = await container.ReadItemStreamAsync(id, s_chain);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await JsonNode.ParseAsync(response.Content))!.AsObject();
        }

        private async Task ReplaceAsync(JsonObject document)
        {
            using var response = await container.ReplaceItemStreamAsync(Stream(Strip(document)), document["id"]!.GetValue<string>(), s_chain);
            Assert.True(response.IsSuccessStatusCode, $"raw replace answered {response.StatusCode}");
        }

        private async Task DeleteDocumentAsync(string id)
        {
            using var response = await container.DeleteItemStreamAsync(id, s_chain);
            Assert.True(response.IsSuccessStatusCode, $"raw delete answered {response.StatusCode}");
        }

        // System properties (_etag, _rid, _ts, ...) belong to the server.
        private static JsonObject Strip(JsonObject document)
        {
            foreach (var name in document.Select(p => p.Key).Where(k => k.StartsWith('_')).ToList())
            {
                document.Remove(name);
            }

            return document;
        }

        private static MemoryStream Stream(JsonObject document) => new(Encoding.UTF8.GetBytes(document.ToJsonString()));
    }

    /// <summary>Lets the first transactional batch reach the server, then answers 503 as if the reply was lost.</summary>
    private sealed class LoseFirstBatchAnswer(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _lost;

        public int Lost => Volatile.Read(ref _lost);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Headers.Contains("x-ms-cosmos-is-batch-request") && Interlocked.CompareExchange(ref _lost, 1, 0) == 0)
            {
                response.Dispose();
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                {
                    RequestMessage = request,
                    Content = new StringContent("{\"code\":\"ServiceUnavailable\",\"message\":\"injected\"}"),
                };
            }

            return response;
        }
    }

    private sealed class Cleanup(CosmosDatabase database) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            database.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
