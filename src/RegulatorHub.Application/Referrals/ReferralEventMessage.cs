using System.Globalization;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// What one deployment tells the others on the <c>referral-events</c> bus after a referral changed: the whole referral
/// (every event, so a receiver can check the history and catch up on missed messages) and its complaint snapshot.
/// JSON of schema <see cref="Schema"/> (<see cref="ReferralJson"/>).
/// </summary>
/// <param name="OriginInstance">The instance id of the deployment that published the message; receivers ignore their own.</param>
/// <param name="Referral">The referral as stored after the change.</param>
public sealed record ReferralEventMessage(string OriginInstance, StoredReferral Referral)
{
    /// <summary>The schema name and version carried in every message.</summary>
    public const string Schema = "referral-event/v1";

    /// <summary>The content type of the message body.</summary>
    public const string ContentType = "application/vnd.regulatorhub.referral-event+json;v=1";

    /// <summary>The instance id of the publisher.</summary>
    public string OriginInstance { get; } = string.IsNullOrWhiteSpace(OriginInstance)
        ? throw new ArgumentException("A referral event needs its origin instance.", nameof(OriginInstance))
        : OriginInstance;

    /// <summary>The referral after the change.</summary>
    public StoredReferral Referral { get; } = Referral ?? throw new ArgumentNullException(nameof(Referral));

    /// <summary>
    /// The transport message id, <c>{referral id}:{version}</c>: a re-send of the same version is the same message,
    /// which brokers with duplicate detection drop and receivers ignore.
    /// </summary>
    public string MessageId => string.Create(CultureInfo.InvariantCulture, $"{Referral.Id:D}:{Referral.Version}");
}
