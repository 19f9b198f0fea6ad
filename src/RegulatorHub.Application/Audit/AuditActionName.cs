namespace RegulatorHub.Application.Audit;

/// <summary>How stores write and read <see cref="AuditAction"/>: by exact member name, the form the chain hashes.</summary>
public static class AuditActionName
{
    /// <summary>The stored name of <paramref name="action"/>.</summary>
    public static string Of(AuditAction action) => action.ToString();

    /// <summary>
    /// The action stored as <paramref name="name"/>; <see cref="AuditAction.Unrecognized"/> for anything but an exact
    /// member name (other casing, a number, an unknown name), so such an entry's hash cannot match.
    /// </summary>
    public static AuditAction Parse(string? name) =>
        name is not null && Enum.TryParse<AuditAction>(name, ignoreCase: false, out var action)
            && Enum.IsDefined(action) && string.Equals(action.ToString(), name, StringComparison.Ordinal)
            ? action
            : AuditAction.Unrecognized;
}
