using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// Builds the statement behind <see cref="SqliteComplaintExportSource"/>: one backward pass over the table in row-id
/// (store) order, keeping the rows whose consumer region is in a region code's range or whose merchant's region is
/// (<see cref="RegionSelectionSql"/>, the test a listing uses, here on the merchant row the export joins for its name).
/// </summary>
/// <remarks>
/// <para>
/// Why not the listing index: walking <c>ix_complaints_listing</c> and fetching each kept row from the table is one
/// B-tree descent to a random page per row; a jurisdiction is a large share of the store (a province is a tenth to a
/// fifth of it), so reading every table page once, in order, and testing the region there is faster (measured about
/// twice as fast in the engine alone on a million rows) and touches each page once.
/// </para>
/// <para>
/// The ORDER BY is the row id descending (newest stored first), which is the table's own order read backwards: no
/// sort, no temporary b-tree, nothing buffered, and the order is deterministic. A date range bounds the scan by row
/// id: the lowest and highest row ids of the days asked for come from <c>ix_complaints_received_date</c> (an
/// index-only read), and only the table pages between them are read; the day test itself still applies to each row.
/// </para>
/// </remarks>
internal static class ComplaintExportSql
{
    /// <summary>What the reader gets, in this order (ordinals used by <see cref="SqliteComplaintExportSource"/>).</summary>
    private const string Columns = """
        c.source, c.source_case_id, c.received_at_ms, c.received_offset_min, c.received_date, c.channel, c.subject,
               c.issue, c.consumer_region, c.merchant_key, m.name, m.region, c.platform, c.amount_minor, c.currency,
               c.status, c.outcome, c.narrative, c.personal_data_removed
        """;

    /// <summary>The parameters of <see cref="BuildChunk"/> that bound one chunk's row ids (inclusive).</summary>
    public const string ChunkLow = "$idLo";

    /// <inheritdoc cref="ChunkLow"/>
    public const string ChunkHigh = "$idHi";

    /// <summary>The whole export as one statement (row ids bounded by the day range's extremes when days are asked for).</summary>
    public static string Build(ComplaintExportQuery query, SqliteParameterCollection parameters) => Build(query, parameters, chunked: false);

    /// <summary>
    /// The export of one chunk of row ids, <see cref="ChunkLow"/> to <see cref="ChunkHigh"/>, newest first: the same
    /// tests per row; the day range's row-id extremes come from <see cref="BuildBounds"/>, once per export, instead of
    /// being looked up again for every chunk.
    /// </summary>
    public static string BuildChunk(ComplaintExportQuery query, SqliteParameterCollection parameters) => Build(query, parameters, chunked: true);

    /// <summary>The lowest and highest row id the export can reach: of the days asked for, or of the whole table.</summary>
    public static string BuildBounds(ComplaintExportQuery query, SqliteParameterCollection parameters)
    {
        // Without days, each bound is its own subquery: SQLite answers a lone MIN or MAX of the row id from the table's
        // edge, but MIN and MAX together in one query scan every row.
        var days = Days(query, parameters);
        return days.Length == 0
            ? "SELECT (SELECT MIN(id) FROM complaints), (SELECT MAX(id) FROM complaints)"
            : $"SELECT MIN(id), MAX(id) FROM complaints WHERE {days}";
    }

    private static string Build(ComplaintExportQuery query, SqliteParameterCollection parameters, bool chunked)
    {
        var where = new StringBuilder();
        RegionSelectionSql.Append(where, query.RegionCodes, parameters, joinedMerchant: "m");
        var inRange = Days(query, parameters);
        if (inRange.Length > 0)
        {
            // Row ids are not in day order (feeds arrive late), so the bounds are the extremes over the days asked
            // for; an empty range gives NULL bounds and no row.
            where.Append(" AND c.").Append(inRange.Replace(" AND ", " AND c.", StringComparison.Ordinal));
            if (!chunked)
            {
                where.Append(" AND c.id >= (SELECT MIN(id) FROM complaints WHERE ").Append(inRange).Append(')')
                    .Append(" AND c.id <= (SELECT MAX(id) FROM complaints WHERE ").Append(inRange).Append(')');
            }
        }

        if (chunked)
        {
            where.Append(" AND c.id >= ").Append(ChunkLow).Append(" AND c.id <= ").Append(ChunkHigh);
            parameters.AddWithValue(ChunkLow, 0L);
            parameters.AddWithValue(ChunkHigh, 0L);
        }

        if (query.SubjectCode is { } subject)
        {
            where.Append(" AND c.subject = $subject");
            parameters.AddWithValue("$subject", subject);
        }

        if (query.MerchantKey is { } merchantKey)
        {
            where.Append(" AND c.merchant_key = $merchant");
            parameters.AddWithValue("$merchant", merchantKey);
        }

        // NOT INDEXED keeps the planner on the table scan (it would otherwise pick an index on the region or day tests
        // and fetch rows at random); the row-id range above still bounds that scan.
        return $"""
            SELECT {Columns}
            FROM complaints c NOT INDEXED LEFT JOIN merchants m ON m.key = c.merchant_key
            WHERE {where}
            ORDER BY c.id DESC
            """;
    }

    // The received-day tests (without a table alias), their parameters added; empty when no day is asked for.
    private static string Days(ComplaintExportQuery query, SqliteParameterCollection parameters)
    {
        var days = new List<string>(2);
        if (query.From is { } from)
        {
            days.Add("received_date >= $from");
            parameters.AddWithValue("$from", ComplaintRowWriter.ToDateKey(from));
        }

        if (query.To is { } to)
        {
            days.Add("received_date <= $to");
            parameters.AddWithValue("$to", ComplaintRowWriter.ToDateKey(to));
        }

        return string.Join(" AND ", days);
    }
}
