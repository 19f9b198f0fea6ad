namespace RegulatorHub.Application.Access;

/// <summary>The purposes' names in URLs and APIs: <c>handling</c>, <c>referral</c>, <c>supervision</c>, <c>quality-check</c>.</summary>
public static class ComplaintViewPurposes
{
    /// <summary>Every purpose, in the order a form offers them.</summary>
    public static IReadOnlyList<ComplaintViewPurpose> All { get; } =
        [ComplaintViewPurpose.Handling, ComplaintViewPurpose.Referral, ComplaintViewPurpose.Supervision, ComplaintViewPurpose.QualityCheck];

    /// <summary>The URL name of a purpose.</summary>
    public static string Name(ComplaintViewPurpose purpose) => purpose switch
    {
        ComplaintViewPurpose.Handling => "handling",
        ComplaintViewPurpose.Referral => "referral",
        ComplaintViewPurpose.Supervision => "supervision",
        ComplaintViewPurpose.QualityCheck => "quality-check",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Not a purpose."),
    };

    /// <summary>Reads a URL name (exactly, lower case); <see langword="false"/> for anything else.</summary>
    public static bool TryParse(string? name, out ComplaintViewPurpose purpose)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                purpose = candidate;
                return true;
            }
        }

        purpose = default;
        return false;
    }
}
