namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>
/// A narrative sentence with one-letter placeholders (<c>{P}</c>, <c>{A}</c>, …), split once at start-up into literal
/// parts and placeholder letters so that filling it in the hot loop is a plain walk with no parsing.
/// </summary>
internal sealed class Template
{
    private Template(string[] literals, char[] tokens, string source)
    {
        Literals = literals;
        Tokens = tokens;
        Source = source;
        Mentions12315 = source.Contains("12315", StringComparison.Ordinal);
    }

    /// <summary>Literal text before each token; one more literal than tokens (the tail).</summary>
    public string[] Literals { get; }

    /// <summary>Placeholder letters, in order.</summary>
    public char[] Tokens { get; }

    public string Source { get; }

    /// <summary>True when the literal text names the 12315 hotline (a number that is not personal data).</summary>
    public bool Mentions12315 { get; }

    public bool Has(char token) => Array.IndexOf(Tokens, token) >= 0;

    public static Template Parse(string source)
    {
        var literals = new List<string>();
        var tokens = new List<char>();
        var start = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '{' && i + 2 < source.Length && source[i + 2] == '}')
            {
                literals.Add(source[start..i]);
                tokens.Add(source[i + 1]);
                i += 2;
                start = i + 1;
            }
        }

        literals.Add(source[start..]);
        return new Template([.. literals], [.. tokens], source);
    }

    public static Template[] ParseAll(params string[] sources)
    {
        var result = new Template[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            result[i] = Parse(sources[i]);
        }

        return result;
    }
}
