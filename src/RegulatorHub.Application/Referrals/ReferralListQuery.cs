using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// A page of one agency's referrals for <see cref="IReferralStore.ListAsync"/>: its inbox, outbox or both, optionally
/// only open ones, one state or one merchant, most recently updated first.
/// </summary>
/// <remarks>
/// Valid by construction: the constructor refuses what a store could not answer (passing such a query is a
/// programming error; user input is validated before a query is made).
/// </remarks>
public sealed record ReferralListQuery
{
    /// <summary>The largest page a store returns.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Creates a query, validating every argument.</summary>
    /// <param name="agencyId">The agency whose referrals are listed.</param>
    /// <param name="direction">Inbox (addressed to it), outbox (sent by it) or both.</param>
    /// <param name="openOnly">Only referrals that are not final.</param>
    /// <param name="state">Only referrals in this state.</param>
    /// <param name="merchantKey">Only referrals about this merchant key.</param>
    /// <param name="pageSize">1–200 referrals per page.</param>
    /// <param name="continuationToken">A token from the previous page, to continue after it.</param>
    /// <exception cref="ArgumentException">An argument is out of range or malformed.</exception>
    public ReferralListQuery(
        string agencyId,
        ReferralDirection direction = ReferralDirection.Both,
        bool openOnly = false,
        ReferralState? state = null,
        string? merchantKey = null,
        int pageSize = DefaultPageSize,
        string? continuationToken = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentException($"{direction} is not a referral direction.", nameof(direction));
        }

        if (state is { } s && !Enum.IsDefined(s))
        {
            throw new ArgumentException($"{s} is not a referral state.", nameof(state));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        ReferralListCursor? after = null;
        if (continuationToken is not null)
        {
            after = ReferralListCursor.TryParse(continuationToken, out var cursor)
                ? cursor
                : throw new ArgumentException("The continuation token is not one a referral listing returned.", nameof(continuationToken));
        }

        AgencyId = agencyId;
        Direction = direction;
        OpenOnly = openOnly;
        State = state;
        MerchantKey = string.IsNullOrWhiteSpace(merchantKey) ? null : merchantKey.Trim();
        PageSize = pageSize;
        ContinuationToken = continuationToken;
        After = after;
    }

    /// <summary>The agency whose referrals are listed.</summary>
    public string AgencyId { get; }

    /// <summary>Inbox, outbox or both.</summary>
    public ReferralDirection Direction { get; }

    /// <summary>Whether only referrals that are not final are listed.</summary>
    public bool OpenOnly { get; }

    /// <summary>Only referrals in this state, or <see langword="null"/> for any.</summary>
    public ReferralState? State { get; }

    /// <summary>Only referrals about this merchant key, or <see langword="null"/> for any.</summary>
    public string? MerchantKey { get; }

    /// <summary>Referrals per page (1–200).</summary>
    public int PageSize { get; }

    /// <summary>The token this page continues from, or <see langword="null"/> for the first page.</summary>
    public string? ContinuationToken { get; }

    /// <summary>The position the token encodes, or <see langword="null"/> for the first page.</summary>
    public ReferralListCursor? After { get; }
}
