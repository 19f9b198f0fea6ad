using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// Port: durable storage of referrals with optimistic concurrency. Implementations: SQLite (embedded default),
/// Cosmos DB.
/// </summary>
/// <remarks>
/// <para>A referral's version is its event count. <see cref="SaveAsync"/> writes only when the stored version is the
/// one the caller read, so of two actors who act on the same version exactly one wins and the other is told to
/// reload; neither change is lost silently.</para>
/// <para>Stores also remember which version was last published to the referral-events bus
/// (<see cref="MarkPublishedAsync"/>), so a change whose publication failed is published again later
/// (<see cref="ListUnpublishedAsync"/>).</para>
/// </remarks>
public interface IReferralStore
{
    /// <summary>Creates the schema or containers if they do not exist.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Reads one referral by id, or <see langword="null"/>.</summary>
    Task<StoredReferral?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new referral. Idempotent on id: when a referral with the id exists, nothing is written and the result
    /// is <see cref="ReferralWriteStatus.AlreadyExists"/> with the stored version.
    /// </summary>
    Task<ReferralWriteResult> CreateAsync(StoredReferral referral, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the stored referral with <paramref name="referral"/> when the stored version is
    /// <paramref name="expectedVersion"/>: <see cref="ReferralWriteStatus.Saved"/>; otherwise nothing is written and the
    /// result is <see cref="ReferralWriteStatus.Conflict"/> with the stored version, or
    /// <see cref="ReferralWriteStatus.NotFound"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="referral"/>'s version is not above <paramref name="expectedVersion"/>.</exception>
    Task<ReferralWriteResult> SaveAsync(StoredReferral referral, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>One page of an agency's referrals, most recently updated first (ties by id, descending).</summary>
    Task<ReferralPage> ListAsync(ReferralListQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The agencies holding open referrals on <paramref name="merchantKey"/> (as receiver or sender), by agency id:
    /// "who else is looking" at a merchant.
    /// </summary>
    Task<IReadOnlyList<AgencyReferralCount>> OpenByMerchantAsync(string merchantKey, CancellationToken cancellationToken);

    /// <summary>Every referral of <paramref name="complaint"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredReferral>> FindByComplaintAsync(ComplaintReference complaint, CancellationToken cancellationToken);

    /// <summary>
    /// The referrals addressed to <paramref name="agencyId"/> that are open or were last updated at or after
    /// <paramref name="activeSince"/>: every referral that can count in a performance figure from that time on.
    /// </summary>
    Task<IReadOnlyList<Referral>> ReceivedByAgencyAsync(string agencyId, DateTimeOffset activeSince, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="maxCount"/> referrals whose current version was not yet marked published, oldest update first.</summary>
    Task<IReadOnlyList<StoredReferral>> ListUnpublishedAsync(int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Records that version <paramref name="version"/> of referral <paramref name="id"/> was published. Never moves the
    /// mark back; does nothing for an unknown id. Does not change the referral's version.
    /// </summary>
    Task MarkPublishedAsync(Guid id, int version, CancellationToken cancellationToken);
}
