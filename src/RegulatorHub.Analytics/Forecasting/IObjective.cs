namespace RegulatorHub.Analytics.Forecasting;

/// <summary>A function to minimise over a few unconstrained parameters (implemented by ref structs over spans).</summary>
internal interface IObjective
{
    /// <summary>The value at <paramref name="parameters"/>; may be <see cref="double.PositiveInfinity"/> when infeasible.</summary>
    double Evaluate(scoped ReadOnlySpan<double> parameters);
}
