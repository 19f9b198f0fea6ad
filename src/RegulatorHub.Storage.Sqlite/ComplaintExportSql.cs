using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// Builds the statement behind <see cref="SqliteComplaintExportSource"/>: one forward pass over
/// <c>ix_complaints_listing</c> in its own order, keeping the entries whose consumer region is in a region code's range
/// or whose merchant is one of the merchants in those ranges (the same test as <see cref="ComplaintListSql"/>), and
/// reading the table only for the rows kept.
/// </summary>
/// <remarks>
/// The ORDER BY is exactly the index's key read backwards (received day, consumer region, merchant key, subject, then the
/// row id the index ends with, all descending: newest day first, as listings read), so SQLite walks the index and never sorts: no temporary b-tree, nothing buffered, and the order is
/// deterministic. A date range bounds the walk; the entries outside the jurisdiction are skipped without touching the
/// table.
/// </remarks>
internal static class ComplaintExportSql
{
    /// <summary>What the reader gets, in this order (ordinals used by <see cref="SqliteComplaintExportSource"/>).</summary>
    private const string Columns = """
        c.source, c.source_case_id, c.received_at_ms, c.received_offset_min, c.received_date, c.channel, c.subject,
               c.issue, c.consumer_region, c.merchant_key, m.name, m.region, c.platform, c.amount_minor, c.currency,
               c.status, c.outcome, c.narrative, c.personal_data_removed
        """;

    public static string Build(ComplaintExportQuery query, SqliteParameterCollection parameters)
    {
        var consumer = new List<string>(query.RegionCodes.Count);
        var merchant = new List<string>(query.RegionCodes.Count);
        for (var i = 0; i < query.RegionCodes.Count; i++)
        {
            // As in a listing: a county or US state is its whole code, a province or city prefix p the text range
            // p ≤ code < p with its last character incremented.
            var prefix = RegionCodePrefix.Of(query.RegionCodes[i]);
            var lo = string.Create(CultureInfo.InvariantCulture, $"$lo{i}");
            parameters.AddWithValue(lo, prefix);
            if (prefix.Length == query.RegionCodes[i].Length)
            {
                consumer.Add($"c.consumer_region = {lo}");
                merchant.Add($"r.region = {lo}");
                continue;
            }

            var hi = string.Create(CultureInfo.InvariantCulture, $"$hi{i}");
            parameters.AddWithValue(hi, string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString()));
            consumer.Add($"(c.consumer_region >= {lo} AND c.consumer_region < {hi})");
            merchant.Add($"(r.region >= {lo} AND r.region < {hi})");
        }

        var where = new StringBuilder();
        where.Append('(').AppendJoin(" OR ", consumer)
            .Append(" OR c.merchant_key IN (SELECT r.key FROM merchants r WHERE ").AppendJoin(" OR ", merchant).Append("))");
        if (query.From is { } from)
        {
            where.Append(" AND c.received_date >= $from");
            parameters.AddWithValue("$from", ComplaintRowWriter.ToDateKey(from));
        }

        if (query.To is { } to)
        {
            where.Append(" AND c.received_date <= $to");
            parameters.AddWithValue("$to", ComplaintRowWriter.ToDateKey(to));
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

        // INDEXED BY pins the covering index (without statistics the planner might read the table in row-id order and
        // test every row there).
        return $"""
            SELECT {Columns}
            FROM complaints c INDEXED BY ix_complaints_listing LEFT JOIN merchants m ON m.key = c.merchant_key
            WHERE {where}
            ORDER BY c.received_date DESC, c.consumer_region DESC, c.merchant_key DESC, c.subject DESC, c.id DESC
            """;
    }
}
