using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// The region test shared by complaint listings and exports: a complaint (alias <c>c</c>) is selected when its
/// consumer region, or its merchant's region, lies under one of the region codes.
/// </summary>
internal static class RegionSelectionSql
{
    /// <summary>Appends the parenthesized test to <paramref name="where"/> and its parameters to <paramref name="parameters"/>.</summary>
    /// <param name="where">The statement's conditions so far.</param>
    /// <param name="regionCodes">The region codes.</param>
    /// <param name="parameters">Where the codes' parameters go.</param>
    /// <param name="joinedMerchant">
    /// The alias of a <c>merchants</c> row the statement already joins on <c>c.merchant_key</c>, whose region is then
    /// tested directly; without one, the merchant keys are looked up in a subquery. (The subquery is built again each
    /// time a statement runs; a statement run once per chunk is cheaper testing the row it joins anyway.)
    /// </param>
    public static void Append(StringBuilder where, IReadOnlyList<string> regionCodes, SqliteParameterCollection parameters, string? joinedMerchant = null)
    {
        var merchantRegion = (joinedMerchant ?? "r") + ".region";
        var consumer = new List<string>(regionCodes.Count);
        var merchant = new List<string>(regionCodes.Count);
        for (var i = 0; i < regionCodes.Count; i++)
        {
            // A county or US state is its whole code (equality); a province or city prefix p is the text range
            // p ≤ code < p with its last character incremented.
            var prefix = RegionCodePrefix.Of(regionCodes[i]);
            var lo = string.Create(CultureInfo.InvariantCulture, $"$lo{i}");
            parameters.AddWithValue(lo, prefix);
            if (prefix.Length == regionCodes[i].Length)
            {
                consumer.Add($"c.consumer_region = {lo}");
                merchant.Add($"{merchantRegion} = {lo}");
                continue;
            }

            var hi = string.Create(CultureInfo.InvariantCulture, $"$hi{i}");
            parameters.AddWithValue(hi, string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString()));
            consumer.Add($"(c.consumer_region >= {lo} AND c.consumer_region < {hi})");
            merchant.Add($"({merchantRegion} >= {lo} AND {merchantRegion} < {hi})");
        }

        where.Append('(').AppendJoin(" OR ", consumer);
        if (joinedMerchant is null)
        {
            where.Append(" OR c.merchant_key IN (SELECT r.key FROM merchants r WHERE ").AppendJoin(" OR ", merchant).Append("))");
        }
        else
        {
            // The key is the merchants table's primary key, so the joined row is the one merchant the subquery would find.
            where.Append(" OR ").AppendJoin(" OR ", merchant).Append(')');
        }
    }
}
