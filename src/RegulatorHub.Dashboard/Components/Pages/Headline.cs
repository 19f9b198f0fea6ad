namespace RegulatorHub.Dashboard.Components.Pages;

/// <summary>The overview's headline figures for the period shown and the one before it.</summary>
/// <param name="Total">Complaints in the period.</param>
/// <param name="PreviousTotal">Complaints in the equal-length period before.</param>
/// <param name="WithComplainant">Complaints in the period that name a complainant (pseudonymized).</param>
/// <param name="Repeated">Of those, complaints whose complainant complained more than once in the period.</param>
public sealed record Headline(long Total, long PreviousTotal, long WithComplainant, long Repeated)
{
    /// <summary>Relative change on the previous period; <see langword="null"/> when it had none.</summary>
    public double? Change => PreviousTotal == 0 ? null : (double)(Total - PreviousTotal) / PreviousTotal;

    /// <summary>Share of complaints with a complainant that come from repeat complainants.</summary>
    public double? RepeatShare => WithComplainant == 0 ? null : (double)Repeated / WithComplainant;
}
