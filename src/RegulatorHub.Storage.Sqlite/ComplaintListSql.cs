using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// Builds the statement behind <see cref="SqliteComplaintStore.ListAsync"/>. Per region code, two branches each return
/// the newest page-plus-one (id, day) pairs: by consumer region through <c>ix_complaints_consumer_region</c>, and by the
/// merchants in the region (<c>ix_merchants_region</c>) through <c>ix_complaints_merchant</c>. Their union (which drops a
/// complaint found by both) is cut to page-plus-one and only those rows are read in full.
/// </summary>
internal static class ComplaintListSql
{
    /// <summary>Ordinal of the received day (yyyymmdd) in the result, after <see cref="SqliteComplaintStore.ComplaintColumns"/>.</summary>
    public const int DateOrdinal = 23;

    /// <summary>Ordinal of the row id in the result.</summary>
    public const int IdOrdinal = 24;

    public static string Build(ComplaintListQuery query, SqliteParameterCollection parameters)
    {
        var filters = new StringBuilder();
        if (query.From is { } from)
        {
            filters.Append(" AND c.received_date >= $from");
            parameters.AddWithValue("$from", ComplaintRowWriter.ToDateKey(from));
        }

        if (query.To is { } to)
        {
            filters.Append(" AND c.received_date <= $to");
            parameters.AddWithValue("$to", ComplaintRowWriter.ToDateKey(to));
        }

        if (query.SubjectCode is { } subject)
        {
            filters.Append(" AND c.subject = $subject");
            parameters.AddWithValue("$subject", subject);
        }

        if (query.MerchantKey is { } merchant)
        {
            filters.Append(" AND c.merchant_key = $merchant");
            parameters.AddWithValue("$merchant", merchant);
        }

        if (query.After is { } after)
        {
            filters.Append(" AND (c.received_date < $afterDate OR (c.received_date = $afterDate AND c.id < $afterId))");
            parameters.AddWithValue("$afterDate", ComplaintRowWriter.ToDateKey(after.ReceivedDate));
            parameters.AddWithValue("$afterId", after.Sequence);
        }

        parameters.AddWithValue("$limit", query.PageSize + 1);
        var branches = new List<string>(query.RegionCodes.Count * 2);
        for (var i = 0; i < query.RegionCodes.Count; i++)
        {
            // A prefix p selects the text range p ≤ code < p with its last character incremented: a B-tree range scan.
            var prefix = RegionCodePrefix.Of(query.RegionCodes[i]);
            var upper = string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());
            var lo = string.Create(CultureInfo.InvariantCulture, $"$lo{i}");
            var hi = string.Create(CultureInfo.InvariantCulture, $"$hi{i}");
            parameters.AddWithValue(lo, prefix);
            parameters.AddWithValue(hi, upper);
            branches.Add($"""
                SELECT * FROM (SELECT c.id, c.received_date FROM complaints c
                    WHERE c.consumer_region >= {lo} AND c.consumer_region < {hi}{filters}
                    ORDER BY c.received_date DESC, c.id DESC LIMIT $limit)
                """);
            branches.Add($"""
                SELECT * FROM (SELECT c.id, c.received_date FROM merchants r JOIN complaints c ON c.merchant_key = r.key
                    WHERE r.region >= {lo} AND r.region < {hi}{filters}
                    ORDER BY c.received_date DESC, c.id DESC LIMIT $limit)
                """);
        }

        return $"""
            WITH hits (id, received_date) AS (
            {string.Join("\nUNION\n", branches)}
            )
            SELECT {SqliteComplaintStore.ComplaintColumns}, c.received_date, c.id
            FROM complaints c LEFT JOIN merchants m ON m.key = c.merchant_key
            WHERE c.id IN (SELECT id FROM hits ORDER BY received_date DESC, id DESC LIMIT $limit)
            ORDER BY c.received_date DESC, c.id DESC
            """;
    }
}
