using System.IO.Compression;

namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>Opens a CFPB file stream, decompressing it when it is gzip (recognized by content, not by name).</summary>
internal static class CfpbInput
{
    private const byte GzipMagic0 = 0x1F;
    private const byte GzipMagic1 = 0x8B;

    /// <summary>
    /// Returns a stream of the CSV text. The caller's stream is never disposed by the returned one: whoever opened
    /// the file closes it.
    /// </summary>
    public static async Task<Stream> OpenAsync(Stream source, CancellationToken cancellationToken)
    {
        // Peek by reading rather than seeking: stdin and network streams cannot seek.
        var head = new byte[2];
        var read = 0;
        while (read < head.Length)
        {
            var n = await source.ReadAsync(head.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var text = new PrefixedReadStream(head.AsMemory(0, read), source);
        return read == 2 && head[0] == GzipMagic0 && head[1] == GzipMagic1
            ? new GZipStream(text, CompressionMode.Decompress, leaveOpen: false)
            : text;
    }
}
