using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Storage;

/// <summary>
/// A run of complaint-level export rows, their texts held as UTF-8 bytes in one pooled buffer: what an
/// <see cref="IComplaintExportSource"/> hands out and a file writer consumes.
/// </summary>
/// <remarks>
/// <para>
/// Why bytes rather than <see cref="ComplaintExportRow"/> objects: a store keeps text as UTF-8 and a CSV file is UTF-8,
/// so turning each field into a .NET string (decoded to UTF-16, allocated, then encoded back) was the largest cost of an
/// export, as large as the store's own scan; a batch copies the stored bytes once and the writer copies them out once.
/// The buffers come from the shared array pools and go back on <see cref="Dispose"/>, so a long export allocates little
/// and its memory stays flat.
/// </para>
/// <para>
/// A row is added as <see cref="StartRow"/>, then every <see cref="ComplaintExportText"/> in order (text or
/// <see cref="AddNull"/>), and is part of <see cref="Count"/> once its last text is in. One thread fills a batch; after
/// it is handed over (a channel, an async enumeration), other threads may read it. Not thread-safe otherwise.
/// </para>
/// </remarks>
public sealed class ComplaintExportBatch : IDisposable
{
    private const int TextCount = (int)ComplaintExportText.PersonalDataRemoved + 1;
    private const int InitialRows = 256;
    private const int InitialBytes = 64 * 1024;

    private Entry[] _entries;
    private byte[] _bytes;
    private int _count;
    private int _length;

    // The next text the open row expects; -1 when no row is open.
    private int _nextText = -1;

    /// <summary>Creates an empty batch; its buffers are rented as rows arrive.</summary>
    public ComplaintExportBatch()
    {
        _entries = [];
        _bytes = [];
    }

    /// <summary>Complete rows in the batch.</summary>
    public int Count => _count;

    /// <summary>Bytes of text held, over all rows.</summary>
    public int TextBytes => _length;

    /// <summary>Opens a row with its values; its texts follow in <see cref="ComplaintExportText"/> order.</summary>
    /// <exception cref="InvalidOperationException">The previous row is missing texts.</exception>
    public void StartRow(in ComplaintExportValues values)
    {
        ObjectDisposedException.ThrowIf(_entries is null, this);
        if (_nextText >= 0)
        {
            throw new InvalidOperationException($"The previous row is missing its texts from {(ComplaintExportText)_nextText} on.");
        }

        if (_count == _entries.Length)
        {
            Grow(ref _entries, Math.Max(InitialRows, _count * 2), _count);
        }

        ref var entry = ref _entries[_count];
        entry.Values = values;
        entry.TextStart = _length;
        entry.Nulls = 0;
        _nextText = 0;
    }

    /// <summary>Adds the open row's next text, as UTF-8 bytes (copied).</summary>
    public void AddText(ReadOnlySpan<byte> utf8)
    {
        var index = NextText();
        EnsureBytes(utf8.Length);
        utf8.CopyTo(_bytes.AsSpan(_length));
        _length += utf8.Length;
        EndText(index, isNull: false);
    }

    /// <summary>Adds the open row's next text, encoded as UTF-8; <see langword="null"/> adds an absent one.</summary>
    public void AddText(string? text)
    {
        if (text is null)
        {
            AddNull();
            return;
        }

        var index = NextText();
        EnsureBytes(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
        EndText(index, isNull: false);
    }

    /// <summary>Adds the open row's next text as absent (an export writes it as an empty field).</summary>
    public void AddNull() => EndText(NextText(), isNull: true);

    /// <summary>Adds a whole row read as .NET objects (a store whose client library hands out strings).</summary>
    public void Add(ComplaintExportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        StartRow(new ComplaintExportValues(row.ReceivedAt, row.ReceivedDate, row.Channel, row.Amount?.Amount, row.Status, row.Outcome));
        AddText(row.Source);
        AddText(row.SourceCaseId);
        AddText(row.SubjectCode);
        AddText(row.IssueCode);
        AddText(row.ConsumerRegionCode);
        AddText(row.MerchantKey);
        AddText(row.MerchantName);
        AddText(row.MerchantRegionCode);
        AddText(row.Platform);
        AddText(row.Amount?.Currency);
        AddText(row.Narrative);
        AddText(row.PersonalDataRemoved);
    }

    /// <summary>The values of row <paramref name="row"/> that are not text.</summary>
    public ref readonly ComplaintExportValues Values(int row) => ref EntryAt(row).Values;

    /// <summary>A text of row <paramref name="row"/> as UTF-8 bytes; empty when absent (see <see cref="IsNull"/>).</summary>
    public ReadOnlySpan<byte> Text(int row, ComplaintExportText field)
    {
        ref readonly var entry = ref EntryAt(row);
        var index = (int)field;
        var start = index == 0 ? entry.TextStart : entry.Ends[index - 1];
        return _bytes.AsSpan(start, entry.Ends[index] - start);
    }

    /// <summary>Whether a text of row <paramref name="row"/> is absent.</summary>
    public bool IsNull(int row, ComplaintExportText field) => (EntryAt(row).Nulls & (1 << (int)field)) != 0;

    /// <summary>Row <paramref name="row"/> as .NET objects (tests, and readers that want strings).</summary>
    public ComplaintExportRow ToRow(int row)
    {
        ref readonly var values = ref Values(row);
        return new ComplaintExportRow(
            Source: String(row, ComplaintExportText.Source)!,
            SourceCaseId: String(row, ComplaintExportText.SourceCaseId)!,
            ReceivedAt: values.ReceivedAt,
            ReceivedDate: values.ReceivedDate,
            Channel: values.Channel,
            SubjectCode: String(row, ComplaintExportText.SubjectCode)!,
            IssueCode: String(row, ComplaintExportText.IssueCode)!,
            ConsumerRegionCode: String(row, ComplaintExportText.ConsumerRegionCode),
            MerchantKey: String(row, ComplaintExportText.MerchantKey),
            MerchantName: String(row, ComplaintExportText.MerchantName),
            MerchantRegionCode: String(row, ComplaintExportText.MerchantRegionCode),
            Platform: String(row, ComplaintExportText.Platform),
            Amount: values.Amount is { } amount ? new Money(amount, String(row, ComplaintExportText.Currency)!) : null,
            Status: values.Status,
            Outcome: values.Outcome,
            Narrative: String(row, ComplaintExportText.Narrative),
            PersonalDataRemoved: String(row, ComplaintExportText.PersonalDataRemoved));
    }

    /// <summary>Returns the buffers to the pools; the batch cannot be used afterwards.</summary>
    public void Dispose()
    {
        if (_entries is null)
        {
            return;
        }

        if (_entries.Length > 0)
        {
            ArrayPool<Entry>.Shared.Return(_entries);
        }

        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        _entries = null!;
        _bytes = null!;
        _count = 0;
        _length = 0;
    }

    private static void Grow<T>(ref T[] array, int size, int used)
    {
        var larger = ArrayPool<T>.Shared.Rent(size);
        array.AsSpan(0, used).CopyTo(larger);
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        array = larger;
    }

    private string? String(int row, ComplaintExportText field) =>
        IsNull(row, field) ? null : Encoding.UTF8.GetString(Text(row, field));

    private ref readonly Entry EntryAt(int row)
    {
        ObjectDisposedException.ThrowIf(_entries is null, this);
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _count);
        return ref _entries[row];
    }

    private int NextText()
    {
        ObjectDisposedException.ThrowIf(_entries is null, this);
        if (_nextText < 0)
        {
            throw new InvalidOperationException("No row is open: call StartRow first.");
        }

        return _nextText;
    }

    private void EnsureBytes(int more)
    {
        if (_bytes.Length - _length < more)
        {
            Grow(ref _bytes, Math.Max(InitialBytes, Math.Max(_bytes.Length * 2, _length + more)), _length);
        }
    }

    private void EndText(int index, bool isNull)
    {
        ref var entry = ref _entries[_count];
        entry.Ends[index] = _length;
        if (isNull)
        {
            entry.Nulls |= (ushort)(1 << index);
        }

        if (index == TextCount - 1)
        {
            _count++;
            _nextText = -1;
        }
        else
        {
            _nextText = index + 1;
        }
    }

    private struct Entry
    {
        public ComplaintExportValues Values;
        public int TextStart;
        public TextEnds Ends;
        public ushort Nulls;
    }

    // Where each text of a row ends in the byte buffer; a text starts where the one before it ends.
    [InlineArray(TextCount)]
    private struct TextEnds
    {
        private int _element0;
    }
}
