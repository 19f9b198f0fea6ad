using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>Document ids and partition components derived from a complaint's identity.</summary>
internal static class CosmosKeys
{
    private static readonly System.Buffers.SearchValues<char> s_escaped = System.Buffers.SearchValues.Create("~%/\\?#");

    /// <summary>
    /// A case id as a Cosmos DB id: the characters an id may not hold ('/', '\', '?', '#'), '%' (which URL paths
    /// decode) and the escape character '~' itself become '~' + two hex digits, so the mapping is reversible and
    /// distinct case ids stay distinct. '~' is unreserved in URLs, so nothing on the way decodes it.
    /// </summary>
    public static string ToId(string value)
    {
        if (value.AsSpan().IndexOfAny(s_escaped) < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '~' => builder.Append("~7E"),
                '%' => builder.Append("~25"),
                '/' => builder.Append("~2F"),
                '\\' => builder.Append("~5C"),
                '?' => builder.Append("~3F"),
                '#' => builder.Append("~23"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// The bucket of a case id: FNV-1a over its UTF-8 bytes, modulo the bucket count, as two hex digits. Stable across
    /// processes and versions (string.GetHashCode is randomized per process), which point reads depend on.
    /// </summary>
    public static string BucketOf(string sourceCaseId, int buckets)
    {
        var hash = 2166136261u;
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetByteCount(sourceCaseId) <= buffer.Length
            ? buffer[..Encoding.UTF8.GetBytes(sourceCaseId, buffer)]
            : Encoding.UTF8.GetBytes(sourceCaseId);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (hash % (uint)buckets).ToString("x2", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The id of a cross-channel marker: a hash of complainant, merchant key and day, so long merchant keys fit the
    /// 255-character id limit and the id reveals nothing by itself.
    /// </summary>
    public static string CrossChannelMarkerId(string complainant, string merchantKey, DateOnly day)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{complainant}|{merchantKey}|{day:yyyyMMdd}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }
}
