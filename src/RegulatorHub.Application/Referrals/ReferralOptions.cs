using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RegulatorHub.Domain.Calendar;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>Configuration section <c>Referrals</c>: deadlines, this deployment's identity on the bus, the consumer.</summary>
public sealed class ReferralOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Referrals";

    /// <summary>The longest instance id accepted.</summary>
    public const int MaxInstanceIdLength = 50;

    /// <summary>
    /// <c>Referrals:InstanceId</c>: this deployment's name on the referral-events bus (1–50 of a-z, 0-9, '.', '-',
    /// '_'); every deployment sharing a bus needs its own. Default: <see cref="DefaultInstanceId"/> of the machine and
    /// data directory, which is stable across restarts and differs between two deployments on one machine.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary><c>Referrals:ConsumeEvents</c>: whether this host applies other deployments' referral events (default true).</summary>
    public bool ConsumeEvents { get; set; } = true;

    /// <summary><c>Referrals:AcceptWithinWorkingDays</c>: the receiving agency's decision period (default 7).</summary>
    public int AcceptWithinWorkingDays { get; set; } = ReferralDeadlines.DefaultAcceptWithinWorkingDays;

    /// <summary><c>Referrals:ConcludeWithinWorkingDays</c>: the mediation period after acceptance (default 45).</summary>
    public int ConcludeWithinWorkingDays { get; set; } = ReferralDeadlines.DefaultConcludeWithinWorkingDays;

    /// <summary><c>Referrals:Overrides:{agencyId}</c>: deadlines of a receiving agency that differ from the defaults.</summary>
    public Dictionary<string, ReferralDeadlineOverride> Overrides { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// <c>Referrals:MaxDeliveryCount</c>: deliveries of one referral event that failed for a transient reason (the store
    /// unavailable) before it is set aside in the quarantine (default 5).
    /// </summary>
    public int MaxDeliveryCount { get; set; } = 5;

    /// <summary>
    /// <c>Referrals:RepublishInterval</c>: how often changes whose publication failed are published again (default 30 s).
    /// </summary>
    public TimeSpan RepublishInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The default instance id: the machine name (lower case, other characters as '-') and the first 8 hex digits of
    /// the SHA-256 of the full data directory path, e.g. <c>web-01-3f9a0c12</c>.
    /// </summary>
    public static string DefaultInstanceId(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var machine = new string([.. Environment.MachineName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        if (machine.Length == 0)
        {
            machine = "host";
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory)));
        var suffix = Convert.ToHexStringLower(hash.AsSpan(0, 4));
        var prefix = machine.Length > MaxInstanceIdLength - 9 ? machine[..(MaxInstanceIdLength - 9)] : machine;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{suffix}");
    }

    /// <summary>Whether <paramref name="instanceId"/> is a well-formed instance id.</summary>
    public static bool IsValidInstanceId(string? instanceId) =>
        instanceId is { Length: > 0 and <= MaxInstanceIdLength }
        && instanceId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');

    /// <summary>
    /// The deadlines of referrals addressed to <paramref name="receivingAgencyId"/>: its override where one is set, the
    /// defaults otherwise, counted on <paramref name="calendar"/>.
    /// </summary>
    public ReferralDeadlines DeadlinesFor(string receivingAgencyId, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(receivingAgencyId);
        ArgumentNullException.ThrowIfNull(calendar);
        var accept = AcceptWithinWorkingDays;
        var conclude = ConcludeWithinWorkingDays;
        if (Overrides.TryGetValue(receivingAgencyId, out var own))
        {
            accept = own.AcceptWithinWorkingDays ?? accept;
            conclude = own.ConcludeWithinWorkingDays ?? conclude;
        }

        return new ReferralDeadlines(calendar, accept, conclude);
    }
}
