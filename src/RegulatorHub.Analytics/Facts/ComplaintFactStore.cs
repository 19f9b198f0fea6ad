using System.Globalization;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Facts;

/// <summary>
/// The in-memory columnar store of complaint facts the analytics run on: dictionary-encoded dimensions in chunks of
/// 65,536 rows, about 21 bytes a complaint. One writer appends (the loader following the store's change feed); any
/// number of queries read at the same time through <see cref="Snapshot"/> without locks.
/// </summary>
public sealed class ComplaintFactStore
{
    private readonly Lock _writer = new();
    private FactChunk[] _chunks = [];
    private long _rowCount;
    private string? _checkpoint;

    /// <summary>Creates an empty store whose regions roll up through <paramref name="gazetteer"/>.</summary>
    public ComplaintFactStore(RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        Regions = new RegionHierarchy(gazetteer);
    }

    /// <summary>The gazetteer regions roll up through.</summary>
    public RegionGazetteer Gazetteer { get; }

    /// <summary>Facts held.</summary>
    public long Count => Volatile.Read(ref _rowCount);

    /// <summary>The change-feed checkpoint the facts held reach (<see langword="null"/> before the first load).</summary>
    public string? Checkpoint => Volatile.Read(ref _checkpoint);

    /// <summary>Bytes the fact columns and dictionaries take (allocated chunks, not only used rows).</summary>
    public long ColumnBytes => (long)Volatile.Read(ref _chunks).Length * FactChunk.Capacity * FactChunk.BytesPerRow;

    internal RegionHierarchy Regions { get; }

    internal FactDictionary Categories { get; } = new(nameof(FactDimension.Category), ushort.MaxValue);

    internal FactDictionary Issues { get; } = new(nameof(FactDimension.Issue), ushort.MaxValue);

    internal FactDictionary Merchants { get; } = new(nameof(FactDimension.Merchant), int.MaxValue);

    internal FactDictionary Platforms { get; } = new(nameof(FactDimension.Platform), ushort.MaxValue);

    internal FactDictionary Sources { get; } = new(nameof(FactDimension.Source), ushort.MaxValue);

    /// <summary>Latest display name seen per merchant code.</summary>
    internal string?[] MerchantNames => Volatile.Read(ref _merchantNames);

    private string?[] _merchantNames = new string?[16];

    /// <summary>Appends facts and moves the checkpoint to where they end.</summary>
    /// <param name="facts">Facts in change-feed order.</param>
    /// <param name="checkpoint">The checkpoint after the last of them.</param>
    /// <exception cref="ArgumentOutOfRangeException">A fact's received date is outside 1990–2169.</exception>
    public void Append(IReadOnlyList<ComplaintFact> facts, string? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(facts);
        lock (_writer)
        {
            var row = _rowCount;
            foreach (var fact in facts)
            {
                Write(row++, fact);
            }

            // Publishing the count last is what lets readers skip locks: every row below it is complete.
            Volatile.Write(ref _rowCount, row);
            Volatile.Write(ref _checkpoint, checkpoint);
        }
    }

    /// <summary>Installs chunks read from a saved file into an empty store (dictionaries restored first).</summary>
    internal void RestoreRows(FactChunk[] chunks, long rowCount, string? checkpoint)
    {
        lock (_writer)
        {
            if (_rowCount != 0)
            {
                throw new InvalidOperationException("Only an empty store can be restored.");
            }

            Volatile.Write(ref _chunks, chunks);
            Volatile.Write(ref _rowCount, rowCount);
            Volatile.Write(ref _checkpoint, checkpoint);
        }
    }

    /// <summary>Sets a merchant's display name while restoring.</summary>
    internal void RestoreMerchantName(int code, string name) => SetMerchantName(code, name);

    /// <summary>The latest display name seen for a merchant key, or <see langword="null"/> when none is known.</summary>
    /// <param name="key">A merchant key.</param>
    public string? MerchantName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var code = Merchants.Find(key);
        var names = MerchantNames;
        return code > 0 && code < names.Length ? names[code] : null;
    }

    /// <summary>A consistent view of the facts held now, for one query.</summary>
    public FactSnapshot Snapshot()
    {
        var count = Volatile.Read(ref _rowCount);
        return new FactSnapshot(this, count, Volatile.Read(ref _chunks), Checkpoint);
    }

    /// <summary>The code of a key in a dimension's dictionary, or -1 when no fact has it (region keys at any level).</summary>
    internal int CodeOf(FactDimension dimension, string key) => DictionaryOf(dimension) is { } dictionary
        ? dictionary.Find(key)
        : ChannelCode(key);

    internal FactDictionary? DictionaryOf(FactDimension dimension) => dimension switch
    {
        FactDimension.Category => Categories,
        FactDimension.Issue => Issues,
        FactDimension.Province or FactDimension.City or FactDimension.County => Regions.Codes,
        FactDimension.Merchant => Merchants,
        FactDimension.Platform => Platforms,
        FactDimension.Source => Sources,
        FactDimension.Channel => null,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    private static int ChannelCode(string key) =>
        Enum.TryParse<ComplaintChannel>(key, ignoreCase: false, out var channel) && Enum.IsDefined(channel) && !int.TryParse(key, CultureInfo.InvariantCulture, out _)
            ? (int)channel
            : -1;

    private void Write(long row, ComplaintFact fact)
    {
        var day = FactDays.Encode(fact.ReceivedDate);
        var chunk = ChunkFor(row);
        var i = (int)(row % FactChunk.Capacity);
        chunk.Day[i] = day;
        chunk.Category[i] = (ushort)Categories.GetOrAdd(fact.SubjectCode);
        chunk.Issue[i] = (ushort)Issues.GetOrAdd(fact.IssueCode);
        chunk.Region[i] = (ushort)Regions.GetOrAdd(fact.RegionCode);
        var merchant = Merchants.GetOrAdd(fact.MerchantKey);
        chunk.Merchant[i] = merchant;
        if (merchant > 0 && fact.MerchantName is { Length: > 0 } name)
        {
            SetMerchantName(merchant, name);
        }

        chunk.Platform[i] = (ushort)Platforms.GetOrAdd(fact.Platform);
        chunk.Channel[i] = (byte)fact.Channel;
        chunk.Source[i] = (ushort)Sources.GetOrAdd(fact.Source);
        chunk.Complainant[i] = ComplainantHash.Of(fact.ComplainantPseudonym);
        chunk.MinDay = Math.Min(chunk.MinDay, day);
        chunk.MaxDay = Math.Max(chunk.MaxDay, day);
    }

    private FactChunk ChunkFor(long row)
    {
        var index = (int)(row / FactChunk.Capacity);
        var chunks = _chunks;
        if (index == chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length + 1);
            chunks[index] = new FactChunk();
            Volatile.Write(ref _chunks, chunks);
        }

        return chunks[index];
    }

    private void SetMerchantName(int code, string name)
    {
        var names = _merchantNames;
        if (code >= names.Length)
        {
            Array.Resize(ref names, Math.Max(code + 1, names.Length * 2));
            names[code] = name;
            Volatile.Write(ref _merchantNames, names);
        }
        else if (!string.Equals(names[code], name, StringComparison.Ordinal))
        {
            names[code] = name;
        }
    }
}
