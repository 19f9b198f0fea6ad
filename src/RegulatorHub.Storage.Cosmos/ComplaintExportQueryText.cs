using System.Globalization;
using System.Text;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>The Cosmos DB SQL behind <see cref="CosmosComplaintExportSource"/>: a listing's selection and order, without TOP.</summary>
internal static class ComplaintExportQueryText
{
    public static QueryDefinition Build(ComplaintExportQuery query)
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

        var text = new StringBuilder("SELECT * FROM c WHERE (");
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

        // The listing's order and composite index (date, seq): newest day first, latest stored first within a day.
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
