namespace RegulatorHub.Dashboard.Access;

/// <summary>Where a sign-in may send the user afterwards: only paths of this site, so a link cannot bounce users elsewhere.</summary>
public static class ReturnUrls
{
    /// <summary>Where to go when the return URL is missing or refused.</summary>
    public const string Default = "/";

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a local path (starts with one '/', not '//' or '/\', no control
    /// characters); otherwise <see cref="Default"/>.
    /// </summary>
    public static string Local(string? returnUrl) => IsLocal(returnUrl) ? returnUrl! : Default;

    /// <summary>True when <paramref name="url"/> stays on this site (the rule of <c>IUrlHelper.IsLocalUrl</c>).</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }

        // Browsers drop tabs and new lines inside URLs, so "/\t/evil.example" would become "//evil.example".
        return !url.Any(char.IsControl);
    }
}
