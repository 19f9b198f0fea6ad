namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// One sub-dimension value that contributes to a hotspot (for example region 440300 within a category), filled in by
/// the caller that owns the multi-dimensional store; the detector itself leaves the list empty.
/// </summary>
/// <param name="Dimension">Dimension name, e.g. <c>region</c> or <c>merchant</c>.</param>
/// <param name="Value">The value within that dimension.</param>
/// <param name="Observed">Count observed for the value in the flagged periods.</param>
/// <param name="Expected">Count expected for the value in the flagged periods.</param>
public sealed record HotspotContribution(string Dimension, string Value, double Observed, double Expected);
