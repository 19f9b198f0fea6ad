namespace RegulatorHub.Application.Referrals;

/// <summary>
/// A referral document or message is not of the <c>referral-event/v1</c> shape: a property is missing, of the wrong
/// type or out of range. The message names the JSON path and the rule, never the value.
/// </summary>
public sealed class ReferralFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public ReferralFormatException(string path, string message)
        : base($"{path}: {message}") => Path = path;

    /// <summary>Creates the exception.</summary>
    public ReferralFormatException()
    {
        Path = "$";
    }

    /// <summary>Creates the exception.</summary>
    public ReferralFormatException(string message)
        : base(message) => Path = "$";

    /// <summary>Creates the exception.</summary>
    public ReferralFormatException(string message, Exception innerException)
        : base(message, innerException) => Path = "$";

    /// <summary>The JSON path of the offending property, e.g. <c>$.referral.events[2].at</c>.</summary>
    public string Path { get; }
}
