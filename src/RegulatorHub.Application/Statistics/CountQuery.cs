namespace RegulatorHub.Application.Statistics;

/// <summary>Count complaints by one dimension over a range of received dates.</summary>
/// <param name="By">The dimension to group by.</param>
/// <param name="From">First received date included, or <see langword="null"/> for no lower bound.</param>
/// <param name="To">Last received date included, or <see langword="null"/> for no upper bound.</param>
/// <param name="Top">How many groups to return, largest first; 1 to 10,000.</param>
public sealed record CountQuery(Dimension By, DateOnly? From = null, DateOnly? To = null, int Top = 20)
{
    /// <summary>Checks the query; returns the problem naming the parameter, or <see langword="null"/>.</summary>
    public string? Validate() => this switch
    {
        { Top: < 1 or > 10_000 } => $"{nameof(Top)} must be between 1 and 10000 (was {Top}).",
        { From: { } f, To: { } t } when f > t => $"{nameof(From)} ({f:yyyy-MM-dd}) is after {nameof(To)} ({t:yyyy-MM-dd}).",
        _ when !Enum.IsDefined(By) => $"{nameof(By)} is not a known dimension.",
        _ => null,
    };
}
