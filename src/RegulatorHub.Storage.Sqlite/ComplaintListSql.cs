using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// Builds the statement behind <see cref="SqliteComplaintStore.ListAsync"/>: the newest page-plus-one complaints read
/// backwards through <c>ix_complaints_listing</c> (received day first), keeping those whose consumer region is in a
/// region code's range or whose merchant is one of the merchants in those ranges (<c>ix_merchants_region</c>, looked up
/// once); then only those rows are read in full.
/// </summary>
/// <remarks>
/// The cost is the index entries read before the page fills: about page size ÷ the jurisdiction's share of all
/// complaints, so a city or province is a few milliseconds; a jurisdiction with almost nothing (or a narrow filter in a
/// small one) reads up to the whole index, about 0.1 s per million complaints.
/// </remarks>
internal static class ComplaintListSql
{
    /// <summary>Ordinal of the received day (yyyymmdd) in the result, after <see cref="SqliteComplaintStore.ComplaintColumns"/>.</summary>
    public const int DateOrdinal = 23;

    /// <summary>Ordinal of the row id in the result.</summary>
    public const int IdOrdinal = 24;

    public static string Build(ComplaintListQuery query, SqliteParameterCollection parameters)
    {
        var where = new StringBuilder();
        RegionSelectionSql.Append(where, query.RegionCodes, parameters);
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

        if (query.After is { } after)
        {
            // The plain bound lets the index start at the token's day; the pair decides within that day.
            where.Append(" AND c.received_date <= $afterDate AND (c.received_date < $afterDate OR c.id < $afterId)");
            parameters.AddWithValue("$afterDate", ComplaintRowWriter.ToDateKey(after.ReceivedDate));
            parameters.AddWithValue("$afterId", after.Sequence);
        }

        parameters.AddWithValue("$limit", query.PageSize + 1);

        // INDEXED BY pins the covering index: without statistics the planner might otherwise read the table.
        return $"""
            WITH hits (id) AS (
                SELECT c.id FROM complaints c INDEXED BY ix_complaints_listing
                WHERE {where}
                ORDER BY c.received_date DESC, c.id DESC LIMIT $limit
            )
            SELECT {SqliteComplaintStore.ComplaintColumns}, c.received_date, c.id
            FROM complaints c LEFT JOIN merchants m ON m.key = c.merchant_key
            WHERE c.id IN (SELECT id FROM hits)
            ORDER BY c.received_date DESC, c.id DESC
            """;
    }
}
