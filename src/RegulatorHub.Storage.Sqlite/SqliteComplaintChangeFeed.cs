using RegulatorHub.Analytics.Facts;
using System.Globalization;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// The embedded store's complaints in insertion order as <see cref="ComplaintFact"/> pages. The checkpoint is the
/// complaints table's INTEGER PRIMARY KEY (rowid): rows are appended with growing ids and never updated, so "id after
/// the checkpoint" is exactly "stored since".
/// </summary>
public sealed class SqliteComplaintChangeFeed(SqliteDatabase database) : IComplaintChangeFeed
{
    /// <inheritdoc />
    public async Task<ComplaintFactPage> ReadAsync(string? checkpoint, int maxItems, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var after = 0L;
        if (checkpoint is not null && (!long.TryParse(checkpoint, NumberStyles.None, CultureInfo.InvariantCulture, out after) || after < 0))
        {
            throw new ArgumentException("The checkpoint is not one this feed returned (expected a row id).", nameof(checkpoint));
        }

        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // Only the columns a fact holds: never the narrative, so reading millions stays cheap.
        command.CommandText = """
            SELECT c.id, c.received_date, c.subject, c.issue, c.consumer_region, c.merchant_key, m.name, c.platform,
                   c.channel, c.source, c.complainant
            FROM complaints c LEFT JOIN merchants m ON m.key = c.merchant_key
            WHERE c.id > $after
            ORDER BY c.id
            LIMIT $max
            """;
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$max", maxItems);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var facts = new List<ComplaintFact>();
        var last = after;
        while (await reader.ReadAsync(cancellationToken))
        {
            last = reader.GetInt64(0);
            facts.Add(new ComplaintFact(
                ComplaintRowWriter.FromDateKey(reader.GetInt64(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                (ComplaintChannel)reader.GetInt32(8),
                reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return new ComplaintFactPage(facts, facts.Count == 0 ? checkpoint : last.ToString(CultureInfo.InvariantCulture), facts.Count < maxItems);
    }
}
