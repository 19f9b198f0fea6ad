namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Request bodies are kept as bytes: the SDK disposes the stream it sends, so every attempt (a retry after 429 or
/// 503) needs a fresh stream over the same bytes.
/// </summary>
internal static class StreamBytes
{
    public static byte[] ToBytes(MemoryStream stream)
    {
        using (stream)
        {
            return stream.ToArray();
        }
    }
}
