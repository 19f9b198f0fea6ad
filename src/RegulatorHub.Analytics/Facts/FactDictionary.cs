namespace RegulatorHub.Analytics.Facts;

/// <summary>
/// Append-only dictionary encoding of one dimension's values: each distinct string gets the next small code; code 0
/// stands for "not stated". Thread-safe: one writer at a time, readers at any time without locks.
/// </summary>
/// <remarks>
/// Readers use <see cref="Values"/>, an array that is only ever replaced by a longer copy, so a reader that took it
/// after reading the store's row count sees every code those rows use.
/// </remarks>
internal sealed class FactDictionary
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly int _maxCode;
    private readonly string _name;
    private string?[] _values = new string?[16];
    private int _count = 1;

    /// <param name="name">Dimension name, for the error when the code space runs out.</param>
    /// <param name="maxCode">Largest code the column can hold.</param>
    public FactDictionary(string name, int maxCode)
    {
        _name = name;
        _maxCode = maxCode;
    }

    /// <summary>Codes in use, including 0.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Values by code; index 0 is <see langword="null"/>. Longer than <see cref="Count"/> when grown ahead.</summary>
    public string?[] Values => Volatile.Read(ref _values);

    /// <summary>The code of <paramref name="value"/>, adding it when new; 0 for null or empty.</summary>
    /// <exception cref="InvalidOperationException">The column's code space is full.</exception>
    public int GetOrAdd(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        lock (_gate)
        {
            if (_codes.TryGetValue(value, out var code))
            {
                return code;
            }

            code = _count;
            if (code > _maxCode)
            {
                throw new InvalidOperationException($"The analytics store holds at most {_maxCode:N0} distinct values of {_name}.");
            }

            var values = _values;
            if (code == values.Length)
            {
                Array.Resize(ref values, values.Length * 2);
            }

            values[code] = value;
            Volatile.Write(ref _values, values);
            _codes.Add(value, code);
            Volatile.Write(ref _count, code + 1);
            return code;
        }
    }

    /// <summary>Fills an empty dictionary with values in code order (1, 2, …), as <see cref="Values"/> listed them.</summary>
    /// <exception cref="InvalidDataException">A value is empty or repeated, or the dictionary is not empty.</exception>
    public void Restore(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Count != 1)
        {
            throw new InvalidOperationException("Only an empty dictionary can be restored.");
        }

        foreach (var value in values)
        {
            var expected = Count;
            if (string.IsNullOrEmpty(value) || GetOrAdd(value) != expected)
            {
                throw new InvalidDataException($"The saved {_name} dictionary has an empty or repeated value at code {expected}.");
            }
        }
    }

    /// <summary>The code of <paramref name="value"/>, or -1 when it never occurred.</summary>
    public int Find(string value)
    {
        lock (_gate)
        {
            return _codes.TryGetValue(value, out var code) ? code : -1;
        }
    }
}
