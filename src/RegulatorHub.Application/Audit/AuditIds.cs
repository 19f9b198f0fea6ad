using System.Buffers;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// Turns ids from claims (account, agency, role) into the token form <see cref="AuditRecord"/> accepts, so an access is
/// recorded rather than refused because an identity provider's subject holds a character the trail does not allow.
/// </summary>
public static class AuditIds
{
    private static readonly SearchValues<char> s_tokenCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-");

    /// <summary>
    /// <paramref name="value"/> with every character outside a-z, A-Z, 0-9 and <c>. _ : -</c> replaced by <c>_</c>, cut
    /// to <see cref="AuditRecord.MaxIdLength"/>; <see langword="null"/> for a null or empty value.
    /// </summary>
    /// <remarks>
    /// Ids of local accounts (<c>acct-…</c>) pass unchanged. A provider subject such as <c>auth0|5f…</c> becomes
    /// <c>auth0_5f…</c>: still the same person on every entry, which is what a search by actor needs.
    /// </remarks>
    public static string? Token(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var cut = value.Length > AuditRecord.MaxIdLength ? value[..AuditRecord.MaxIdLength] : value;
        if (!cut.AsSpan().ContainsAnyExcept(s_tokenCharacters))
        {
            return cut;
        }

        return string.Create(cut.Length, cut, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = s_tokenCharacters.Contains(source[i]) ? source[i] : '_';
            }
        });
    }

    /// <summary>
    /// <paramref name="value"/> when it is a plain token of at most <paramref name="maxLength"/> characters, otherwise
    /// <see langword="null"/>: for ids typed by a user (a URL) that are kept only when they look like an id.
    /// </summary>
    public static string? PlainOrNull(string? value, int maxLength) =>
        !string.IsNullOrEmpty(value) && value.Length <= maxLength && !value.AsSpan().ContainsAnyExcept(s_tokenCharacters) ? value : null;
}
