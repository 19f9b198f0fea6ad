using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// Where a referral listing stopped: the last-update time and id of the last referral returned. Listings are ordered
/// by (<see cref="UpdatedAtMs"/>, <see cref="Id"/>) descending, so the next page is what sorts strictly after this
/// position.
/// </summary>
/// <remarks>
/// The sort key changes when a referral is acted on, so a referral updated while someone pages through a listing moves
/// to its top: it is not shown twice on later pages, but the reader sees it only on a fresh first page.
/// </remarks>
/// <param name="UpdatedAtMs">The last referral's <see cref="Domain.Referrals.Referral.UpdatedAt"/> in Unix milliseconds.</param>
/// <param name="Id">The last referral's id.</param>
public readonly record struct ReferralListCursor(long UpdatedAtMs, Guid Id)
{
    private const string Prefix = "r1:";

    /// <summary>The position as an opaque, URL-safe token.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{UpdatedAtMs}:{Id:N}")));

    /// <summary>Reads a token written by <see cref="Encode"/>; <see langword="false"/> for anything else.</summary>
    public static bool TryParse(string? token, out ReferralListCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token) || token.Length > 96)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.ASCII.GetString(bytes);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = text[Prefix.Length..].Split(':');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
            || !Guid.TryParseExact(parts[1], "N", out var id))
        {
            return false;
        }

        cursor = new ReferralListCursor(ms, id);
        return true;
    }
}
