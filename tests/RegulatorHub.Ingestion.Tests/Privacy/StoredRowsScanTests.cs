using System.Buffers;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Ingestion.Tests.TestSupport;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Synthetic;
using DomainKind = RegulatorHub.Domain.Privacy.PersonalDataKind;
using SyntheticKind = RegulatorHub.Synthetic.PersonalDataKind;

namespace RegulatorHub.Ingestion.Tests.Privacy;

/// <summary>
/// Runs generated feeds, full of planted personal data, through the embedded pipeline and then reads every value of
/// every row of every table in the database file: no planted identifier and no raw complainant id may be there.
/// </summary>
public sealed partial class StoredRowsScanTests
{
    private static readonly System.Text.RegularExpressions.Regex s_pseudonym = PseudonymShape();

    [Fact]
    public async Task Ingest_SyntheticFeeds_NoPlantedPersonalDataOrRawComplainantIdInAnyStoredRow()
    {
        var generated = new SyntheticFeedGenerator(SyntheticFeedOptions.Default with
        {
            Seed = 11,
            Complaints = 5_000,
            Start = new DateOnly(2025, 1, 1),
            End = new DateOnly(2025, 6, 30),
        }).Generate().ToList();
        await using var host = await EmbeddedHost.StartAsync();
        foreach (var item in generated)
        {
            await host.PublishAsync(item.Message);
        }

        await host.WaitForSettledAsync(generated.Count);

        var forbidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in generated)
        {
            foreach (var data in item.PersonalData)
            {
                forbidden.Add(MustNotSurvive(data));
            }

            if (item.Message.Complainant?.Id is { } rawId)
            {
                forbidden.Add(rawId);
            }
        }

        var planted = generated.Sum(i => i.PersonalData.Count);
        Assert.True(planted > 1_000, $"only {planted} items planted: the scan would prove little");

        var leaks = await ScanAllTablesAsync(host.Services.GetRequiredService<SqliteDatabase>(), forbidden);

        Assert.True(leaks.Count == 0, $"{leaks.Count} stored values hold personal data, e.g. {string.Join(" | ", leaks.Take(3))}");
    }

    [Fact]
    public async Task Ingest_SyntheticFeeds_RecordsWhatWasRemovedOnEachComplaint()
    {
        var generated = new SyntheticFeedGenerator(SyntheticFeedOptions.Default with
        {
            Seed = 12,
            Complaints = 1_000,
            Start = new DateOnly(2025, 1, 1),
            End = new DateOnly(2025, 3, 31),
        }).Generate().Where(i => !i.IsResend).ToList();
        await using var host = await EmbeddedHost.StartAsync();
        foreach (var item in generated)
        {
            await host.PublishAsync(item.Message);
        }

        await host.WaitForSettledAsync(generated.Count);

        var store = host.Services.GetRequiredService<RegulatorHub.Application.Storage.IComplaintStore>();
        foreach (var item in generated.Where(i => i.PersonalData.Count > 0).Take(200))
        {
            var stored = await store.FindAsync(item.Message.Source!, item.Message.CaseId!, CancellationToken.None);
            Assert.NotNull(stored);
            foreach (var kind in item.PersonalData.Select(p => p.Kind).Distinct())
            {
                Assert.True(stored.PersonalDataRemoved[ToDomainKind(kind)] > 0, $"{kind} planted but not counted: {stored.PersonalDataRemoved}");
            }
        }
    }

    // Addresses keep their county-level part by design; the street-level part (from the first digit) must go.
    private static string MustNotSurvive(EmbeddedPersonalData item)
    {
        if (item.Kind != SyntheticKind.Address)
        {
            return item.Value;
        }

        var firstDigit = item.Value.AsSpan().IndexOfAnyInRange('0', '9');
        return firstDigit < 0 ? item.Value : item.Value[firstDigit..];
    }

    private static DomainKind ToDomainKind(SyntheticKind kind) => kind switch
    {
        SyntheticKind.Name => DomainKind.Name,
        SyntheticKind.Mobile => DomainKind.Mobile,
        SyntheticKind.Landline => DomainKind.Landline,
        SyntheticKind.ResidentId => DomainKind.ResidentId,
        SyntheticKind.BankCard => DomainKind.BankCard,
        SyntheticKind.Email => DomainKind.Email,
        SyntheticKind.Address => DomainKind.Address,
        SyntheticKind.QQ => DomainKind.QQ,
        SyntheticKind.WeChatId => DomainKind.WeChatId,
        _ => DomainKind.LicencePlate,
    };

    private static async Task<List<string>> ScanAllTablesAsync(SqliteDatabase database, HashSet<string> forbidden)
    {
        var needles = SearchValues.Create([.. forbidden], StringComparison.Ordinal);
        var leaks = new List<string>();
        await using var connection = await database.OpenReaderAsync(CancellationToken.None);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("complaints", tables);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                    {
                        string s => s,
                        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
                        _ => null,
                    };
                    // Pseudonyms are random-looking hex, in which a short planted number (a 5-digit QQ) can occur by
                    // chance; they are checked for their shape instead.
                    if (table == "complaints" && reader.GetName(i) == "complainant")
                    {
                        Assert.True(text is null || s_pseudonym.IsMatch(text), "complaints.complainant holds something other than a pseudonym");
                        continue;
                    }

                    var at = text is null ? -1 : text.AsSpan().IndexOfAny(needles);
                    if (at >= 0)
                    {
                        leaks.Add($"{table}.{reader.GetName(i)} at {at}");
                    }
                }
            }
        }

        return leaks;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial System.Text.RegularExpressions.Regex PseudonymShape();
}
