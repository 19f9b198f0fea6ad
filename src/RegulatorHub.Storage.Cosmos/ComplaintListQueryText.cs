using System.Globalization;
using System.Text;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// The Cosmos DB SQL behind <see cref="CosmosComplaintStore.ListAsync"/> and, without the page limit, behind
/// <see cref="CosmosComplaintExportSource"/>: one selection and one order (the composite index on date, seq) for both.
/// </summary>
internal static class ComplaintListQueryText
{
    /// <summary>The query for a listing page, or with <paramref name="onePage"/> false the whole selection (an export).</summary>
    public static QueryDefinition Build(ComplaintListQuery query, bool onePage = true)
    {
        var parameters = new List<(string Name, object Value)>();
        var regions = new List<string>(query.RegionCodes.Count * 2);
        for (var i = 0; i < query.RegionCodes.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@region{i}");
            parameters.Add((name, RegionCodePrefix.Of(query.RegionCodes[i])));
            regions.Add($"STARTSWITH(c.region, {name})");
            regions.Add($"STARTSWITH(c.merchant.region, {name})");
        }

        // TOP takes a literal (the local server's parser has no parameter there); the page size is a checked int.
        var text = new StringBuilder(onePage
            ? string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {query.PageSize + 1} * FROM c WHERE (")
            : "SELECT * FROM c WHERE (");
        text.Append(string.Join(" OR ", regions)).Append(')');
        if (query.From is { } from)
        {
            text.Append(" AND c.date >= @from");
            parameters.Add(("@from", Day(from)));
        }

        if (query.To is { } to)
        {
            text.Append(" AND c.date <= @to");
            parameters.Add(("@to", Day(to)));
        }

        if (query.SubjectCode is { } subject)
        {
            text.Append(" AND c.subject = @subject");
            parameters.Add(("@subject", subject));
        }

        if (query.MerchantKey is { } merchant)
        {
            text.Append(" AND c.merchant.key = @merchant");
            parameters.Add(("@merchant", merchant));
        }

        if (query.After is { } after)
        {
            text.Append(" AND (c.date < @afterDate OR (c.date = @afterDate AND c.seq < @afterSeq))");
            parameters.Add(("@afterDate", Day(after.ReceivedDate)));
            parameters.Add(("@afterSeq", after.Sequence));
        }

        text.Append(" ORDER BY c.date DESC, c.seq DESC");
        var definition = new QueryDefinition(text.ToString());
        foreach (var (name, value) in parameters)
        {
            definition = definition.WithParameter(name, value);
        }

        return definition;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
