using System.Globalization;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// The forms of <see cref="AuditRecord.Target"/>: <c>kind:identifier</c>, so a search by prefix (e.g.
/// <c>complaint:12315-zj/</c>) finds every access to one feed's complaints.
/// </summary>
public static class AuditTargets
{
    /// <summary><c>complaint:&lt;source&gt;/&lt;case id&gt;</c>.</summary>
    public static string Complaint(string source, string sourceCaseId)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(sourceCaseId);
        return $"complaint:{source}/{sourceCaseId}";
    }

    /// <summary><c>referral:&lt;id&gt;</c>, the id with dashes.</summary>
    public static string Referral(Guid referralId) => "referral:" + referralId.ToString("D", CultureInfo.InvariantCulture);

    /// <summary><c>export:&lt;id&gt;</c>.</summary>
    public static string Export(string exportId)
    {
        ArgumentException.ThrowIfNullOrEmpty(exportId);
        return "export:" + exportId;
    }

    /// <summary><c>page:&lt;path&gt;</c> for a page or list view (the path without its query string).</summary>
    public static string Page(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return "page:" + path;
    }

    /// <summary><c>api:&lt;method&gt; &lt;path&gt;</c> for an API call.</summary>
    public static string Api(string method, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return $"api:{method.ToUpperInvariant()} {path}";
    }

    /// <summary><c>apitoken:&lt;token id&gt;</c> for the issue or revocation of a personal API token.</summary>
    public static string ApiToken(string tokenId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenId);
        return "apitoken:" + tokenId;
    }

    /// <summary><c>account:&lt;id&gt;</c> for a sign-in, failed sign-in or sign-out of that account.</summary>
    public static string Account(string accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        return "account:" + accountId;
    }

    /// <summary>
    /// <c>complaints:&lt;agency id&gt;</c> for a listing of the complaints in an agency's jurisdiction
    /// (<c>complaints:none</c> when the user claimed no agency).
    /// </summary>
    public static string ComplaintList(string? agencyId) => "complaints:" + (string.IsNullOrEmpty(agencyId) ? "none" : agencyId);

    /// <summary><c>audit:&lt;what&gt;</c> for reads of the audit trail (e.g. <c>audit:search</c>).</summary>
    public static string Audit(string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(what);
        return "audit:" + what;
    }
}
