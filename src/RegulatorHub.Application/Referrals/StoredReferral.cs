using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// A referral as stores and the message bus hold it: the aggregate, the complaint snapshot the receiving agency sees,
/// and the deployment that created it.
/// </summary>
/// <remarks>The version a store compares for optimistic concurrency is the referral's event count.</remarks>
public sealed record StoredReferral
{
    private readonly Referral _referral;
    private readonly ReferralComplaintSnapshot _snapshot;
    private readonly string _originInstance;

    /// <summary>Creates a stored referral.</summary>
    /// <param name="referral">The aggregate.</param>
    /// <param name="snapshot">The complaint as the receiving agency sees it.</param>
    /// <param name="originInstance">The instance id (<c>Referrals:InstanceId</c>) of the deployment that created it.</param>
    /// <exception cref="ArgumentException"><paramref name="originInstance"/> is empty.</exception>
    public StoredReferral(Referral referral, ReferralComplaintSnapshot snapshot, string originInstance)
    {
        _referral = referral ?? throw new ArgumentNullException(nameof(referral));
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        ArgumentException.ThrowIfNullOrWhiteSpace(originInstance);
        _originInstance = originInstance;
    }

    /// <summary>The aggregate with its full history.</summary>
    public Referral Referral
    {
        get => _referral;
        init => _referral = value ?? throw new ArgumentNullException(nameof(Referral));
    }

    /// <summary>The complaint as the receiving agency sees it.</summary>
    public ReferralComplaintSnapshot Snapshot
    {
        get => _snapshot;
        init => _snapshot = value ?? throw new ArgumentNullException(nameof(Snapshot));
    }

    /// <summary>The instance id of the deployment that created the referral.</summary>
    public string OriginInstance
    {
        get => _originInstance;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(OriginInstance));
            _originInstance = value;
        }
    }

    /// <summary>The referral's id.</summary>
    public Guid Id => _referral.Id;

    /// <summary>The referral's version (its event count).</summary>
    public int Version => _referral.Version;
}
