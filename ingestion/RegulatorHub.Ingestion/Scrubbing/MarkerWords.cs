using System.Buffers;

namespace RegulatorHub.Ingestion.Scrubbing;

/// <summary>
/// Finds any of a few short marker words (微信, 先生, QQ …) in text. A vectorized search for the words' first
/// characters followed by a comparison at each hit: for words in Chinese this is several times faster than
/// <see cref="SearchValues{T}"/> of strings, whose fast paths are for ASCII.
/// </summary>
internal sealed class MarkerWords
{
    private readonly SearchValues<char> _firstChars;
    private readonly string[] _words;
    private readonly StringComparison _comparison;

    public MarkerWords(StringComparison comparison, params string[] words)
    {
        _comparison = comparison;
        _words = words;
        var firstChars = words.Select(w => w[0]);
        if (comparison == StringComparison.OrdinalIgnoreCase)
        {
            firstChars = firstChars.SelectMany(c => new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) });
        }

        _firstChars = SearchValues.Create([.. firstChars.Distinct()]);
    }

    /// <summary>Index of the first marker word in <paramref name="text"/>, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var i = text[offset..].IndexOfAny(_firstChars);
            if (i < 0)
            {
                return -1;
            }

            var at = offset + i;
            foreach (var word in _words)
            {
                if (text[at..].StartsWith(word, _comparison))
                {
                    return at;
                }
            }

            offset = at + 1;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> contains a marker word.</summary>
    public bool IsIn(ReadOnlySpan<char> text) => IndexIn(text) >= 0;
}
