using System.Diagnostics.CodeAnalysis;

namespace RegulatorHub.Application.Statistics;

/// <summary>The outcome of building a statistics table: the table, or the problems naming the parameters to change.</summary>
public sealed record StatisticsBuildResult
{
    private StatisticsBuildResult(StatisticsTable? table, IReadOnlyList<StatisticsParameterError> errors)
    {
        Table = table;
        Errors = errors;
    }

    /// <summary>The table, when built.</summary>
    public StatisticsTable? Table { get; }

    /// <summary>Why no table was built; empty on success.</summary>
    public IReadOnlyList<StatisticsParameterError> Errors { get; }

    /// <summary>Whether a table was built.</summary>
    [MemberNotNullWhen(true, nameof(Table))]
    public bool Succeeded => Table is not null;

    /// <summary>A built table.</summary>
    public static StatisticsBuildResult Success(StatisticsTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new(table, []);
    }

    /// <summary>A refusal with at least one problem.</summary>
    public static StatisticsBuildResult Failure(IReadOnlyList<StatisticsParameterError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count, nameof(errors));
        return new(null, errors);
    }
}
