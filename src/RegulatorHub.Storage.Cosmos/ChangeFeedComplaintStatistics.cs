using RegulatorHub.Analytics.Facts;
using System.Globalization;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Counts by dimension over facts held in memory and fed from <see cref="IComplaintChangeFeed"/>: each query first
/// catches up from the last checkpoint, so only complaints stored since the previous query are read. Cosmos DB has no
/// cheap cross-partition GROUP BY (and the local server none at all); this keeps aggregation off the database.
/// </summary>
public sealed class ChangeFeedComplaintStatistics(IComplaintChangeFeed feed) : IComplaintStatistics, IDisposable
{
    private const int PageSize = 1000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<ComplaintFact> _facts = [];
    private string? _checkpoint;

    /// <summary>Facts loaded so far.</summary>
    public int Count => _facts.Count;

    /// <summary>Reads everything stored since the last call (from the beginning the first time).</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CatchUpCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DimensionCount>> CountByAsync(CountQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CatchUpCoreAsync(cancellationToken).ConfigureAwait(false);
            var from = query.From ?? DateOnly.MinValue;
            var to = query.To ?? DateOnly.MaxValue;
            var counts = new Dictionary<string, (long Count, string? Label)>(StringComparer.Ordinal);
            foreach (var fact in _facts)
            {
                if (fact.ReceivedDate < from || fact.ReceivedDate > to)
                {
                    continue;
                }

                var key = KeyOf(query.By, fact) ?? string.Empty;
                counts.TryGetValue(key, out var entry);
                counts[key] = (entry.Count + 1, query.By == Dimension.Merchant ? fact.MerchantName ?? entry.Label : null);
            }

            // Largest first, ties by key (ordinal), as the SQLite adapter orders them.
            return counts
                .OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(query.Top)
                .Select(p => new DimensionCount(p.Key, p.Value.Label, p.Value.Count))
                .ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task CatchUpCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await feed.ReadAsync(_checkpoint, PageSize, cancellationToken).ConfigureAwait(false);
            _facts.AddRange(page.Facts);
            _checkpoint = page.Checkpoint;
            if (page.CaughtUp || page.Facts.Count == 0)
            {
                return;
            }
        }
    }

    private static string? KeyOf(Dimension dimension, ComplaintFact fact) => dimension switch
    {
        Dimension.Category => fact.SubjectCode,
        Dimension.Issue => fact.IssueCode,
        Dimension.Province => ProvinceOf(fact.RegionCode),
        Dimension.Region => fact.RegionCode,
        Dimension.Merchant => fact.MerchantKey,
        Dimension.Platform => fact.Platform,
        Dimension.Channel => ((int)fact.Channel).ToString(CultureInfo.InvariantCulture),
        Dimension.Source => fact.Source,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    // GB/T 2260 codes keep the province in the first two digits; other codes (US states) are their own province.
    private static string? ProvinceOf(string? regionCode) => regionCode switch
    {
        null => null,
        { Length: 6 } => string.Concat(regionCode.AsSpan(0, 2), "0000"),
        _ => regionCode,
    };
}
