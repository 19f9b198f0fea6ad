using RegulatorHub.Application.Storage;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The export contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosComplaintExportSourceTests(CosmosServerFixture server) : ComplaintExportSourceContract, IClassFixture<CosmosServerFixture>
{
    protected override async Task<ExportFixture> CreateAsync()
    {
        var database = new CosmosDatabase(server.NewDatabaseOptions());
        var store = new CosmosComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);
        return new ExportFixture(store, new CosmosComplaintExportSource(database), new Cleanup(store, database));
    }


    [Fact]
    public async Task Read_SeveralDays_NewestDayFirst()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var day = new DateOnly(2026, 3, 10);

        // Stored out of day order, as late feeds arrive: the export follows the day (the composite index's order).
        await fixture.Complaints.AddAsync([Complaints.Make("OLD-DAY-FIRST", day.AddDays(-3), region: "330106", complainant: null)], CancellationToken.None);
        await fixture.Complaints.AddAsync([Complaints.Make("NEW-DAY", day, region: "330106", complainant: null)], CancellationToken.None);
        await fixture.Complaints.AddAsync([Complaints.Make("OLD-DAY-LAST", day.AddDays(-5), region: "330106", complainant: null)], CancellationToken.None);

        var rows = new List<string>();
        await foreach (var row in fixture.Export.ReadRowsAsync(new Application.Storage.ComplaintExportQuery(["330000"]), CancellationToken.None))
        {
            rows.Add(row.SourceCaseId);
        }

        Assert.Equal(["NEW-DAY", "OLD-DAY-FIRST", "OLD-DAY-LAST"], rows);
    }

    private sealed class Cleanup(CosmosComplaintStore store, CosmosDatabase database) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            store.Dispose();
            database.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
