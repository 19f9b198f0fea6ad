using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>Aggregate counts computed by SQLite over the embedded store.</summary>
public sealed class SqliteComplaintStatistics(SqliteDatabase database) : IComplaintStatistics
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<DimensionCount>> CountByAsync(CountQuery query, CancellationToken cancellationToken)
    {
        if (query.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        // Column names come from this fixed map, never from input, so composing the SQL is safe.
        var column = query.By switch
        {
            Dimension.Category => "c.subject",
            Dimension.Issue => "c.issue",
            Dimension.Province => "c.consumer_province",
            Dimension.Region => "c.consumer_region",
            Dimension.Merchant => "c.merchant_key",
            Dimension.Platform => "c.platform",
            Dimension.Channel => "CAST(c.channel AS TEXT)",
            Dimension.Source => "c.source",
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.By, "Unknown dimension."),
        };
        var label = query.By == Dimension.Merchant
            ? "(SELECT m.name FROM merchants m WHERE m.key = g.key)"
            : "NULL";

        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT g.key, {label}, g.n FROM (
                SELECT COALESCE({column}, '') AS key, COUNT(*) AS n
                FROM complaints c
                WHERE c.received_date BETWEEN $from AND $to
                GROUP BY 1
                ORDER BY n DESC, key
                LIMIT $top) g
            ORDER BY g.n DESC, g.key
            """;
        command.Parameters.AddWithValue("$from", query.From is { } from ? ComplaintRowWriter.ToDateKey(from) : 0);
        command.Parameters.AddWithValue("$to", query.To is { } to ? ComplaintRowWriter.ToDateKey(to) : 99_999_999);
        command.Parameters.AddWithValue("$top", query.Top);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DimensionCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DimensionCount(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }
}
