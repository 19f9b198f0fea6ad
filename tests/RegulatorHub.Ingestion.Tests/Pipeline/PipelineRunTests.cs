using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Storage;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Ingestion.Tests.TestSupport;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Synthetic;
using RegulatorHub.Synthetic.Malformed;

namespace RegulatorHub.Ingestion.Tests.Pipeline;

/// <summary>The whole embedded pipeline on realistic traffic with damaged messages mixed in.</summary>
public sealed class PipelineRunTests
{
    [Fact]
    public async Task Run_10000MessagesWith10PercentMalformed_EveryValidStoredOnceEveryMalformedQuarantined()
    {
        var generator = new SyntheticFeedGenerator(SyntheticFeedOptions.Default with
        {
            Seed = 7,
            Complaints = 10_000,
            Start = new DateOnly(2025, 1, 1),
            End = new DateOnly(2025, 12, 31),
        });
        var validCases = new HashSet<string>(StringComparer.Ordinal);
        var malformedIds = new Dictionary<string, MalformedKind>(StringComparer.Ordinal);
        await using var host = await EmbeddedHost.StartAsync();

        var index = 0;
        foreach (var item in generator.Generate())
        {
            var message = item.Message;
            var id = FeedMessageSerializer.MessageIdFor(message.Source!, message.CaseId!);
            if (index++ % 10 == 9)
            {
                var kind = MalformedFeedMaker.KindFor(malformedIds.Count);
                var damagedId = $"bad-{malformedIds.Count}";
                malformedIds[damagedId] = kind;
                await host.PublishAsync(damagedId, MalformedFeedMaker.Break(message, kind));
            }
            else
            {
                validCases.Add(id);
                await host.PublishAsync(id, FeedMessageSerializer.Serialize(message));
            }
        }

        await host.WaitForSettledAsync(10_000);

        Assert.Equal(1_000, malformedIds.Count);
        var snapshot = host.Services.GetRequiredService<IngestionCounters>().Snapshot();
        Assert.Equal(validCases.Count, snapshot.Stored);
        Assert.Equal(9_000 - validCases.Count, snapshot.Duplicates);
        Assert.Equal(1_000, snapshot.Quarantined);

        // What is in the store, read back independently of the counters.
        var database = host.Services.GetRequiredService<SqliteDatabase>();
        await using var connection = await database.OpenReaderAsync(CancellationToken.None);
        Assert.Equal(validCases, await ReadStringsAsync(connection, "SELECT source || ':' || source_case_id FROM complaints"));

        var quarantined = await host.Services.GetRequiredService<IQuarantineStore>().ListRecentAsync(5_000, CancellationToken.None);
        Assert.Equal(malformedIds.Keys.ToHashSet(), quarantined.Select(q => q.MessageId!).ToHashSet());
        Assert.All(quarantined, q =>
        {
            Assert.NotEmpty(q.Errors);
            Assert.Equal(malformedIds[q.MessageId!] == MalformedKind.EmptyBody, q.Payload.IsEmpty);
            Assert.Equal(ExpectedReason(malformedIds[q.MessageId!]), q.Reason);
        });
    }

    private static string ExpectedReason(MalformedKind kind) => kind switch
    {
        MalformedKind.TruncatedJson or MalformedKind.UnknownProperty or MalformedKind.WrongType or MalformedKind.InvalidUtf8
            or MalformedKind.NotAnObject or MalformedKind.EmptyBody => QuarantineReason.Unparseable,
        MalformedKind.UnmappedCategory or MalformedKind.UnknownRegion => QuarantineReason.Unresolvable,
        _ => QuarantineReason.Invalid,
    };

    private static async Task<HashSet<string>> ReadStringsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            Assert.True(values.Add(reader.GetString(0)), "A complaint was stored twice.");
        }

        return values;
    }
}
