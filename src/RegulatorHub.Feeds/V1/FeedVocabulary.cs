using System.Collections.Frozen;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Feeds.V1;

/// <summary>The closed vocabularies of feed contract v1 and what they mean in the canonical model.</summary>
public static class FeedVocabulary
{
    public const string HotlineKind = "hotline";
    public const string PlatformKind = "platform";

    /// <summary>Channel words → canonical channels.</summary>
    public static readonly FrozenDictionary<string, ComplaintChannel> Channels = new Dictionary<string, ComplaintChannel>
    {
        ["phone"] = ComplaintChannel.Phone,
        ["wechat"] = ComplaintChannel.WeChat,
        ["sms"] = ComplaintChannel.Sms,
        ["web"] = ComplaintChannel.Web,
        ["app"] = ComplaintChannel.App,
        ["mini-program"] = ComplaintChannel.MiniProgram,
        ["email"] = ComplaintChannel.Email,
        ["in-person"] = ComplaintChannel.InPerson,
        ["platform"] = ComplaintChannel.PlatformOnline,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Status words → canonical statuses.</summary>
    public static readonly FrozenDictionary<string, ComplaintStatus> Statuses = new Dictionary<string, ComplaintStatus>
    {
        ["received"] = ComplaintStatus.Received,
        ["accepted"] = ComplaintStatus.Accepted,
        ["rejected"] = ComplaintStatus.Rejected,
        ["transferred"] = ComplaintStatus.Transferred,
        ["in-mediation"] = ComplaintStatus.InMediation,
        ["closed"] = ComplaintStatus.Closed,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Outcome words → canonical outcomes.</summary>
    public static readonly FrozenDictionary<string, ComplaintOutcome> Outcomes = new Dictionary<string, ComplaintOutcome>
    {
        ["agreement-reached"] = ComplaintOutcome.AgreementReached,
        ["no-agreement"] = ComplaintOutcome.NoAgreement,
        ["withdrawn"] = ComplaintOutcome.Withdrawn,
        ["enforcement-case"] = ComplaintOutcome.EnforcementCase,
        ["out-of-scope"] = ComplaintOutcome.OutOfScope,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Complainant identifier types.</summary>
    public static readonly FrozenSet<string> IdTypes =
        new[] { "phone", "id-number", "account", "source-token" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Longest source id.</summary>
    public const int MaxSourceIdLength = 64;

    /// <summary>
    /// Whether <paramref name="value"/> is a well-formed identifier of the contract (source, platform): 1 to
    /// <paramref name="maxLength"/> characters of a–z, 0–9 and '-', starting with a letter or digit.
    /// </summary>
    public static bool IsValidIdentifier(string? value, int maxLength = MaxSourceIdLength)
    {
        if (string.IsNullOrEmpty(value) || value.Length > maxLength || value[0] == '-')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Crosswalk ids for the category and issue labels of each source kind.</summary>
    public static (string Category, string Issue) CrosswalksFor(string kind) => kind switch
    {
        HotlineKind => ("hotline-category", "hotline-issue"),
        PlatformKind => ("platform-category", "platform-complaint-type"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown source kind."),
    };
}
