namespace RegulatorHub.Analytics.Forecasting;

/// <summary>The models whose forecasts <see cref="SeriesForecaster"/> averages.</summary>
internal enum ForecastMethod
{
    /// <summary>Seasonal naive on the raw counts.</summary>
    SeasonalNaive,

    /// <summary>ETS(A,N,N) or ETS(A,Ad,N) by AICc, on the seasonally adjusted counts.</summary>
    Ets,

    /// <summary>Theta (SES with half the linear drift) on the seasonally adjusted counts.</summary>
    Theta,

    /// <summary>Croston with the Syntetos–Boylan correction, for intermittent counts.</summary>
    Croston,

    /// <summary>Teunter–Syntetos–Babai, for intermittent counts.</summary>
    Tsb,

    /// <summary>ETS(A,N,N) combined over temporal aggregation levels 1..horizon, on the seasonally adjusted counts.</summary>
    TemporalAggregation,
}
