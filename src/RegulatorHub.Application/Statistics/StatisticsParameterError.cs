namespace RegulatorHub.Application.Statistics;

/// <summary>One problem of a statistics request, naming the API parameter to fix.</summary>
/// <param name="Parameter">The parameter as the API spells it (<c>dimensions</c>, <c>from</c>, <c>category</c>, …).</param>
/// <param name="Message">What is wrong, for people; never echoes more than the offending value.</param>
public sealed record StatisticsParameterError(string Parameter, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Parameter}: {Message}";
}
