using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace RegulatorHub.Application.Storage;

/// <summary>
/// Where a complaint listing stopped: the received day and store-order number of the last complaint returned. Listings
/// are ordered newest first by (<see cref="ReceivedDate"/>, <see cref="Sequence"/>) descending, so the next page is what
/// sorts strictly after this position.
/// </summary>
/// <remarks>
/// Callers see the position only as an opaque token (<see cref="Encode"/>); adapters read it back with
/// <see cref="TryParse"/>. The sequence is the adapter's own store-order number (the SQLite row id, the Cosmos DB
/// <c>seq</c>), so a token means nothing to another store, but is harmless there: it only moves a position.
/// </remarks>
/// <param name="ReceivedDate">The received day of the last complaint returned.</param>
/// <param name="Sequence">Its store-order number (≥ 0).</param>
public readonly record struct ComplaintListCursor(DateOnly ReceivedDate, long Sequence)
{
    private const string Prefix = "c1:";

    /// <summary>The position as an opaque, URL-safe token.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{ReceivedDate:yyyyMMdd}:{Sequence}")));

    /// <summary>Reads a token written by <see cref="Encode"/>; <see langword="false"/> for anything else.</summary>
    public static bool TryParse(string? token, out ComplaintListCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token) || token.Length > 64)
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
            || !DateOnly.TryParseExact(parts[0], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return false;
        }

        cursor = new ComplaintListCursor(date, sequence);
        return true;
    }
}
