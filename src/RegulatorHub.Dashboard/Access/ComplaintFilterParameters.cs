using System.Globalization;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// The filter parameters complaint-level endpoints share (<c>from</c>, <c>to</c>, <c>category</c>, <c>merchant</c>):
/// read and checked once, so a listing and an export accept and refuse exactly the same values.
/// </summary>
internal static class ComplaintFilterParameters
{
    /// <summary>Reads the received-day range and checks the category and merchant; each problem is added under its parameter.</summary>
    /// <returns>The days, each <see langword="null"/> when not given (or malformed, in which case it is in <paramref name="errors"/>).</returns>
    public static (DateOnly? From, DateOnly? To) Read(
        string? from, string? to, string? category, string? merchant, ComplaintTaxonomy taxonomy, Dictionary<string, string[]> errors)
    {
        var fromDay = Day(from, "from", errors);
        var toDay = Day(to, "to", errors);
        if (fromDay > toDay)
        {
            errors["to"] = [string.Create(CultureInfo.InvariantCulture, $"to ({toDay:yyyy-MM-dd}) is before from ({fromDay:yyyy-MM-dd}).")];
        }

        if (category is { Length: > 0 } && !taxonomy.TryGet(TaxonomyAxis.Subject, category, out _))
        {
            errors["category"] = ["category must be a subject code of the taxonomy (e.g. goods.food)."];
        }

        if (merchant is { Length: > 256 })
        {
            errors["merchant"] = ["merchant must be a merchant key of at most 256 characters."];
        }

        return (fromDay, toDay);
    }

    private static DateOnly? Day(string? value, string parameter, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[parameter] = [$"{parameter} must be a date written yyyy-MM-dd."];
        return null;
    }
}
