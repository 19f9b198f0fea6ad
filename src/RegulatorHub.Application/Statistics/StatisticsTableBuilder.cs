using System.Globalization;
using Microsoft.Extensions.Options;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Privacy;

namespace RegulatorHub.Application.Statistics;

/// <summary>
/// Turns a <see cref="StatisticsDefinition"/> into a labelled, disclosure-controlled <see cref="StatisticsTable"/> over one
/// consistent snapshot of the analytics facts. Safe under concurrent use.
/// </summary>
/// <param name="analytics">The counts.</param>
/// <param name="labels">Names for codes.</param>
/// <param name="disclosure">The small-cell rule (<c>Privacy:Disclosure</c>).</param>
/// <param name="timeProvider">The clock for the generation time.</param>
/// <param name="generator">The software named in the metadata; this build when omitted.</param>
public sealed class StatisticsTableBuilder(
    ComplaintAnalytics analytics,
    DimensionLabels labels,
    IOptions<DisclosureOptions> disclosure,
    TimeProvider timeProvider,
    StatisticsGenerator? generator = null)
{
    /// <summary>
    /// The most body cells a table may have. Chosen from measurement on a 2-core machine: with zeros published (the
    /// default) suppressing a table of this size takes under 0.15 s even with most cells small (400 x 52 weeks,
    /// 2,000 x 10); with <c>PublishZeros = false</c> a long, mostly empty table (2,000 x 10) still takes about 3 s. A bigger
    /// table is no longer something a person reads; larger extracts are the complaint-level export's job.
    /// </summary>
    public const int MaxCells = 20_000;

    private readonly StatisticsGenerator _generator = generator ?? StatisticsGenerator.Current;

    /// <summary>Builds the table, or refuses with the problems naming the parameters to change.</summary>
    public async Task<StatisticsBuildResult> BuildAsync(StatisticsDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = definition.Validate();
        if (errors.Count > 0)
        {
            return StatisticsBuildResult.Failure(errors);
        }

        var rule = disclosure.Value.ToRule();
        var query = new CubeQuery([.. definition.Dimensions.Select(definition.FactDimensionOf)], definition.Granularity, FilterOf(definition));
        var cube = await analytics.CountAsync(query, cancellationToken).ConfigureAwait(false);
        var layout = Lay(definition, cube);
        var cells = (long)layout.Rows.Count * layout.Columns.Count;
        if (cells > MaxCells)
        {
            return StatisticsBuildResult.Failure([TooLarge(definition, layout.Rows.Count, layout.Columns.Count)]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var suppressed = SmallCellSuppressor.Apply(layout.Counts, rule);
        var coverage = analytics.Coverage();
        DateOnly? dataFrom = coverage.FirstDay is { } first && coverage.LastDay is { } last && first <= definition.To && last >= definition.From
            ? (first > definition.From ? first : definition.From)
            : null;
        DateOnly? dataTo = dataFrom is null ? null : (coverage.LastDay < definition.To ? coverage.LastDay : definition.To);
        var metadata = new StatisticsTableMetadata(
            StatisticsDefinitionJson.Serialize(definition),
            StatisticsDefinitionParser.ToQueryString(definition),
            cube.Watermark,
            dataFrom,
            dataTo,
            timeProvider.GetUtcNow(),
            suppressed.GrandTotal.IsSuppressed ? null : cube.Total,
            layout.Rows.Count,
            layout.Columns.Count,
            (int)cells,
            suppressed.SuppressedCount,
            rule.Describe(),
            rule.Threshold,
            rule.PublishZeros,
            _generator);
        return StatisticsBuildResult.Success(new StatisticsTable(definition, layout.Axis, layout.Rows, layout.Columns, suppressed, metadata));
    }

    /// <summary>The fact filter of a definition: its date range and, per filtered dimension, the allowed keys.</summary>
    public static FactFilter FilterOf(StatisticsDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var filter = FactFilter.All.Between(definition.From, definition.To);
        foreach (var (dimension, keys) in definition.Filters)
        {
            // A region filter works at the level its codes name, so "cities of Zhejiang" is region=330000 with regionLevel=city.
            var factDimension = dimension == StatisticsDimension.Region
                ? (definition with { RegionLevel = StatisticsDefinition.RegionLevelOfCode(keys[0]) ?? definition.RegionLevel }).FactDimensionOf(dimension)
                : definition.FactDimensionOf(dimension);
            filter = filter.Where(factDimension, keys);
        }

        return filter;
    }

    private static StatisticsParameterError TooLarge(StatisticsDefinition definition, int rows, int columns)
    {
        var parameter = definition.Granularity is null ? StatisticsParameters.Dimensions : StatisticsParameters.Granularity;
        return new(parameter, string.Create(
            CultureInfo.InvariantCulture,
            $"The table would have {(long)rows * columns} cells ({rows} rows x {columns} columns); at most {MaxCells} are allowed. Choose fewer dimensions, a coarser granularity, a shorter range or narrower filters."));
    }

    private Layout Lay(StatisticsDefinition definition, CountCube cube)
    {
        var dimensions = definition.Dimensions;
        if (definition.Granularity is not null)
        {
            var periods = cube.Periods.Select(p => p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Select(p => new StatisticsLabel(p, p, p)).ToList();
            if (dimensions.Count == 0)
            {
                var series = cube.Rows.Count == 0 ? new long[periods.Count] : [.. cube.Rows[0].Counts];
                return periods.Count == 0
                    ? Layout.Empty(StatisticsColumnAxis.Periods, periods)
                    : new(StatisticsColumnAxis.Periods, [[]], periods, CountTable.FromCells(series));
            }

            return cube.Rows.Count == 0 || periods.Count == 0
                ? Layout.Empty(StatisticsColumnAxis.Periods, periods)
                : new(StatisticsColumnAxis.Periods, [.. cube.Rows.Select(r => LabelsOf(dimensions, r.Keys))], periods, CountTable.FromRows([.. cube.Rows.Select(r => r.Counts)]));
        }

        var complaints = new StatisticsLabel("complaints", "投诉量", "Complaints");
        if (dimensions.Count == 0)
        {
            return new(StatisticsColumnAxis.Complaints, [[]], [complaints], CountTable.FromCells([cube.Total]));
        }

        if (dimensions.Count == 1)
        {
            return cube.Rows.Count == 0
                ? Layout.Empty(StatisticsColumnAxis.Complaints, [complaints])
                : new(StatisticsColumnAxis.Complaints, [.. cube.Rows.Select(r => LabelsOf(dimensions, r.Keys))], [complaints], CountTable.FromCells([.. cube.Rows.Select(r => r.Total)]));
        }

        return Pivot(dimensions, cube);
    }

    // Rows are the combinations of all but the last dimension, columns the values of the last one.
    private Layout Pivot(IReadOnlyList<StatisticsDimension> dimensions, CountCube cube)
    {
        var rowDimensions = dimensions.Take(dimensions.Count - 1).ToList();
        var columnDimension = dimensions[^1];
        if (cube.Rows.Count == 0)
        {
            return Layout.Empty(StatisticsColumnAxis.LastDimension, []);
        }

        var rowKeys = new Dictionary<string, (IReadOnlyList<string?> Keys, long Total)>(StringComparer.Ordinal);
        var columnKeys = new Dictionary<string, (string? Key, long Total)>(StringComparer.Ordinal);
        foreach (var row in cube.Rows)
        {
            var rowId = Joined(row.Keys.Take(row.Keys.Count - 1));
            rowKeys[rowId] = rowKeys.TryGetValue(rowId, out var r) ? (r.Keys, r.Total + row.Total) : ([.. row.Keys.Take(row.Keys.Count - 1)], row.Total);
            var columnId = Joined([row.Keys[^1]]);
            columnKeys[columnId] = columnKeys.TryGetValue(columnId, out var c) ? (c.Key, c.Total + row.Total) : (row.Keys[^1], row.Total);
        }

        var rowOrder = rowKeys.OrderByDescending(r => r.Value.Total).ThenBy(r => SortKey(r.Value.Keys), StringComparer.Ordinal).ToList();
        var columnOrder = columnKeys.OrderByDescending(c => c.Value.Total).ThenBy(c => c.Value.Key ?? string.Empty, StringComparer.Ordinal).ToList();
        var rowIndex = rowOrder.Select((r, i) => (r.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var columnIndex = columnOrder.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var counts = new long[rowOrder.Count][];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = new long[columnOrder.Count];
        }

        foreach (var row in cube.Rows)
        {
            counts[rowIndex[Joined(row.Keys.Take(row.Keys.Count - 1))]][columnIndex[Joined([row.Keys[^1]])]] += row.Total;
        }

        var layoutRows = rowOrder.Select(r => LabelsOf(rowDimensions, r.Value.Keys)).ToList();
        var layoutColumns = columnOrder.Select(c => Label(columnDimension, c.Value.Key)).ToList();
        if ((long)layoutRows.Count * layoutColumns.Count > MaxCells)
        {
            // Too large to hold: the caller refuses it on the size alone, so skip the allocation of the grid's table.
            return new(StatisticsColumnAxis.LastDimension, layoutRows, layoutColumns, CountTable.FromCells([0]));
        }

        return new(StatisticsColumnAxis.LastDimension, layoutRows, layoutColumns, CountTable.FromRows(counts));
    }

    private IReadOnlyList<StatisticsLabel> LabelsOf(IReadOnlyList<StatisticsDimension> dimensions, IReadOnlyList<string?> keys) =>
        [.. dimensions.Select((d, i) => Label(d, keys[i]))];

    private StatisticsLabel Label(StatisticsDimension dimension, string? key) =>
        labels.For(dimension, key, dimension == StatisticsDimension.Merchant && key is not null ? analytics.MerchantName(key) : null);

    // Null ("not stated") is kept apart from every real key, including the empty string.
    private static string Joined(IEnumerable<string?> keys) => string.Join('\u001f', keys.Select(k => k is null ? "\u0000" : "\u0001" + k));

    private static string SortKey(IEnumerable<string?> keys) => string.Join('\u001f', keys.Select(k => k ?? string.Empty));

    private sealed record Layout(
        StatisticsColumnAxis Axis, IReadOnlyList<IReadOnlyList<StatisticsLabel>> Rows, IReadOnlyList<StatisticsLabel> Columns, CountTable Counts)
    {
        // A table without rows still reports a grand total; its backing table is one zero cell.
        public static Layout Empty(StatisticsColumnAxis axis, IReadOnlyList<StatisticsLabel> columns) =>
            new(axis, [], columns, CountTable.FromCells([0]));
    }
}
