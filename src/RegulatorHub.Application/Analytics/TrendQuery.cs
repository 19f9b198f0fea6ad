using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Application.Analytics;

/// <summary>A series (any combination of filters) with its history and forecast.</summary>
/// <param name="Filter">Which facts make the series; its date range bounds the history (default: all data held).</param>
/// <param name="Granularity">Period width.</param>
/// <param name="Horizon">Periods to forecast (1–52).</param>
public sealed record TrendQuery(FactFilter Filter, TimeGranularity Granularity, int Horizon = 13);
