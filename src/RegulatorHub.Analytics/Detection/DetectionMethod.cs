namespace RegulatorHub.Analytics.Detection;

/// <summary>The statistical method that produced an assessment.</summary>
public enum DetectionMethod
{
    /// <summary>
    /// Over-dispersed Poisson regression with trend and seasonal factor, past outbreaks down-weighted and recent periods
    /// excluded (Farrington flexible with the Noufaily et al. 2013 improvements).
    /// </summary>
    FarringtonFlexible = 1,

    /// <summary>Quasi-Poisson constant mean over all earlier periods, used when less than one seasonal cycle of history exists.</summary>
    ShortHistory = 2,

    /// <summary>Counts in a series with (almost) no history, tested against a small Poisson prior mean.</summary>
    EmergingSeries = 3,

    /// <summary>EARS C1: mean + 3 SD of the 7 periods just before the current one.</summary>
    EarsC1 = 4,

    /// <summary>EARS C2: mean + 3 SD of the 7 periods ending 2 periods before the current one.</summary>
    EarsC2 = 5,

    /// <summary>EARS C3: C2 statistic plus the positive excesses of C2 over the two previous periods.</summary>
    EarsC3 = 6,
}
