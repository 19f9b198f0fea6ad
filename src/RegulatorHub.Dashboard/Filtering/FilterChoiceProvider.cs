using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Application.Analytics;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>
/// Reads the filter bar's choices from the analytics store, once per data watermark: every open page shares them, and
/// they only change when new complaints arrive.
/// </summary>
public sealed class FilterChoiceProvider(ComplaintAnalytics analytics) : IDisposable
{
    /// <summary>Merchants offered by name; more exist, and any merchant key can still be typed or linked.</summary>
    public const int MerchantChoices = 500;

    private static readonly FactDimension[] s_listed =
        [FactDimension.Category, FactDimension.Issue, FactDimension.Province, FactDimension.Platform, FactDimension.Channel, FactDimension.Source];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private FilterChoices _cached = FilterChoices.Empty;

    /// <summary>The choices for the data held now.</summary>
    public async Task<FilterChoices> GetAsync(CancellationToken cancellationToken)
    {
        await analytics.WhenReady.WaitAsync(cancellationToken);
        var watermark = analytics.Coverage().Watermark;
        if (_cached.Watermark == watermark && _cached.Options.Count > 0)
        {
            return _cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached.Watermark == watermark && _cached.Options.Count > 0)
            {
                return _cached;
            }

            var options = new Dictionary<FactDimension, IReadOnlyList<FilterOption>>();
            foreach (var dimension in s_listed)
            {
                var cube = await analytics.CountAsync(new CubeQuery([dimension], null, FactFilter.All), cancellationToken);
                options[dimension] = cube.Rows.Where(r => r.Keys[0] is not null).Select(r => new FilterOption(r.Keys[0]!, null, r.Total)).ToList();
            }

            var coverage = analytics.Coverage();
            if (coverage is { FirstDay: { } first, LastDay: { } last })
            {
                var merchants = await analytics.TopAsync(new TopQuery(FactDimension.Merchant, first, last, FactFilter.All, MerchantChoices), cancellationToken);
                options[FactDimension.Merchant] = merchants.Items.Where(i => i.Key is not null).Select(i => new FilterOption(i.Key!, i.Label, i.Count)).ToList();
            }

            _cached = new FilterChoices(options, watermark);
            return _cached;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
