namespace RegulatorHub.Application.Statistics;

/// <summary>Port: aggregate counts over stored complaints.</summary>
public interface IComplaintStatistics
{
    /// <summary>Counts complaints by one dimension, largest groups first.</summary>
    /// <exception cref="ArgumentException">The query is invalid (the message names the parameter).</exception>
    Task<IReadOnlyList<DimensionCount>> CountByAsync(CountQuery query, CancellationToken cancellationToken);
}
