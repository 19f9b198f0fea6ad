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

    /// <summary>
    /// The consumer-side and merchant-side conditions for one region code. A county or US state is its whole code, so
    /// equality, which lets the index seek to the date range and read in date order; a province or city prefix p is the
    /// text range p ≤ code &lt; p with its last character incremented.
    /// </summary>
    private static (string Consumer, string Merchant) RegionTerms(string regionCode, int index, SqliteParameterCollection parameters)
    {
        var prefix = RegionCodePrefix.Of(regionCode);
        var lo = string.Create(CultureInfo.InvariantCulture, $"$lo{index}");
        parameters.AddWithValue(lo, prefix);
        if (prefix.Length == regionCode.Length)
        {
            return ($"c.consumer_region = {lo}", $"r.region = {lo}");
        }

        var hi = string.Create(CultureInfo.InvariantCulture, $"$hi{index}");
        parameters.AddWithValue(hi, string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString()));
        return ($"c.consumer_region >= {lo} AND c.consumer_region < {hi}", $"r.region >= {lo} AND r.region < {hi}");
    }

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
            var (consumerTerm, merchantTerm) = RegionTerms(query.RegionCodes[i], i, parameters);

            // INDEXED BY pins the covering indexes: without statistics the planner may prefer the received-day index
            // when a date range is given, which for a small jurisdiction over a long period reads thousands of rows.
            // With a merchant given, that merchant's complaints (a few thousand at most) are the smaller set to read.
            var consumerIndex = query.MerchantKey is null ? "ix_complaints_consumer_region" : "ix_complaints_merchant";
            branches.Add($"""
                SELECT * FROM (SELECT c.id, c.received_date FROM complaints c INDEXED BY {consumerIndex}
                    WHERE {consumerTerm}{filters}
                    ORDER BY c.received_date DESC, c.id DESC LIMIT $limit)
                """);
            branches.Add($"""
                SELECT * FROM (SELECT c.id, c.received_date FROM merchants r JOIN complaints c INDEXED BY ix_complaints_merchant ON c.merchant_key = r.key
                    WHERE {merchantTerm}{filters}
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
