namespace RegulatorHub.Application.Referrals;

/// <summary>One page of a referral listing.</summary>
/// <param name="Items">The referrals, most recently updated first.</param>
/// <param name="ContinuationToken">Pass it in the next query to continue after the last item; <see langword="null"/>
/// when nothing follows.</param>
public sealed record ReferralPage(IReadOnlyList<StoredReferral> Items, string? ContinuationToken)
{
    /// <summary>An empty last page.</summary>
    public static ReferralPage Empty { get; } = new([], null);
}
