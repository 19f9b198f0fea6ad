using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Facts;

/// <summary>
/// Saves a <see cref="ComplaintFactStore"/> to a file with the change-feed checkpoint its facts reach, and loads it
/// back, so a restart reads only what was stored since instead of rescanning everything.
/// </summary>
/// <remarks>
/// Layout: a header (format tag, version), the checkpoint, the dictionaries in code order, merchant names, then
/// each chunk's columns as raw little-endian arrays, and a SHA-256 of everything before it. Any mismatch — another
/// version, a truncated file, a wrong hash — makes <see cref="Load"/> refuse the file; the caller then rebuilds from
/// the change feed, which is always correct, only slower.
/// </remarks>
public static class FactStoreFile
{
    private const string Tag = "RegulatorHub.ComplaintFacts";
    private const int Version = 1;

    /// <summary>Writes the store's current snapshot to <paramref name="stream"/>.</summary>
    public static void Save(ComplaintFactStore store, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stream);
        var snapshot = store.Snapshot();
        using var hashing = new HashingStream(stream);
        using (var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Tag);
            writer.Write(Version);
            writer.Write(snapshot.Checkpoint is not null);
            writer.Write(snapshot.Checkpoint ?? string.Empty);
            writer.Write(snapshot.RowCount);
            foreach (var dictionary in DictionariesOf(store))
            {
                WriteValues(writer, dictionary);
            }

            var names = store.MerchantNames;
            var named = Enumerable.Range(1, Math.Min(names.Length, store.Merchants.Count) - 1).Where(code => names[code] is not null).ToList();
            writer.Write(named.Count);
            foreach (var code in named)
            {
                writer.Write(code);
                writer.Write(names[code]!);
            }

            for (var index = 0; index < snapshot.ChunkCount; index++)
            {
                var chunk = snapshot.Chunks[index];
                var rows = snapshot.RowsIn(index);
                writer.Write(chunk.MinDay);
                writer.Write(chunk.MaxDay);
                ForEachColumn(chunk, rows, bytes => writer.Write(bytes));
            }
        }

        stream.Write(hashing.Finish());
    }

    /// <summary>Reads a store saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a complete, intact save of this version.</exception>
    public static ComplaintFactStore Load(Stream stream, RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var hashing = new HashingStream(stream);
            using var reader = new BinaryReader(hashing, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Tag || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("Not a complaint-fact file of this version.");
            }

            var hasCheckpoint = reader.ReadBoolean();
            var checkpoint = reader.ReadString();
            var rowCount = reader.ReadInt64();
            var store = new ComplaintFactStore(gazetteer);
            store.Categories.Restore(ReadValues(reader));
            store.Issues.Restore(ReadValues(reader));
            store.Regions.Restore(ReadValues(reader));
            store.Merchants.Restore(ReadValues(reader));
            store.Platforms.Restore(ReadValues(reader));
            store.Sources.Restore(ReadValues(reader));
            var named = reader.ReadInt32();
            for (var i = 0; i < named; i++)
            {
                store.RestoreMerchantName(reader.ReadInt32(), reader.ReadString());
            }

            var chunks = new FactChunk[(int)((rowCount + FactChunk.Capacity - 1) / FactChunk.Capacity)];
            for (var index = 0; index < chunks.Length; index++)
            {
                var rows = (int)Math.Min(FactChunk.Capacity, rowCount - ((long)index * FactChunk.Capacity));
                var chunk = chunks[index] = new FactChunk { MinDay = reader.ReadUInt16(), MaxDay = reader.ReadUInt16() };
                ForEachColumn(chunk, rows, reader.BaseStream.ReadExactly);
            }

            var expected = hashing.Finish();
            var actual = new byte[expected.Length];
            stream.ReadExactly(actual);
            if (!CryptographicOperations.FixedTimeEquals(expected, actual))
            {
                throw new InvalidDataException("The complaint-fact file is damaged (its hash does not match).");
            }

            store.RestoreRows(chunks, rowCount, hasCheckpoint ? checkpoint : null);
            return store;
        }
        catch (EndOfStreamException truncated)
        {
            throw new InvalidDataException("The complaint-fact file is truncated.", truncated);
        }
    }

    private static IEnumerable<FactDictionary> DictionariesOf(ComplaintFactStore store) =>
        [store.Categories, store.Issues, store.Regions.Codes, store.Merchants, store.Platforms, store.Sources];

    private static void WriteValues(BinaryWriter writer, FactDictionary dictionary)
    {
        var count = dictionary.Count;
        var values = dictionary.Values;
        writer.Write(count - 1);
        for (var code = 1; code < count; code++)
        {
            writer.Write(values[code]!);
        }
    }

    private static List<string> ReadValues(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("The complaint-fact file has a negative dictionary size.");
        }

        var values = new List<string>(Math.Min(count, 1 << 20));
        for (var i = 0; i < count; i++)
        {
            values.Add(reader.ReadString());
        }

        return values;
    }

    private delegate void ColumnBytes(Span<byte> bytes);

    // One list of the columns in file order, so saving and loading cannot drift apart.
    private static void ForEachColumn(FactChunk chunk, int rows, ColumnBytes visit)
    {
        visit(BytesOf(chunk.Day, rows));
        visit(BytesOf(chunk.Category, rows));
        visit(BytesOf(chunk.Issue, rows));
        visit(BytesOf(chunk.Region, rows));
        visit(BytesOf(chunk.Merchant, rows));
        visit(BytesOf(chunk.Platform, rows));
        visit(BytesOf(chunk.Channel, rows));
        visit(BytesOf(chunk.Source, rows));
        visit(BytesOf(chunk.Complainant, rows));
    }

    private static Span<byte> BytesOf<T>(T[] column, int rows)
        where T : unmanaged => MemoryMarshal.AsBytes(column.AsSpan(0, rows));

    /// <summary>Passes bytes through while hashing them, so the trailer covers exactly what was written or read.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Finish() => _hash.GetHashAndReset();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _hash.AppendData(buffer[..read]);
            return read;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
