namespace RegulatorHub.Application.Audit;

/// <summary>The values of <see cref="AuditRecord.Outcome"/>.</summary>
public static class AuditOutcome
{
    /// <summary>The access was allowed and done.</summary>
    public const string Allowed = "allowed";

    /// <summary>The access was refused by an authorization rule.</summary>
    public const string Denied = "denied";

    /// <summary>The attempt failed (e.g. wrong password, an error while exporting).</summary>
    public const string Failed = "failed";

    /// <summary>Whether <paramref name="value"/> is one of the outcomes (ordinal, lower case).</summary>
    public static bool IsKnown(string? value) => value is Allowed or Denied or Failed;
}
