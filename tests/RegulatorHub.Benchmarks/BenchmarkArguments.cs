using System.Globalization;

namespace RegulatorHub.Benchmarks;

/// <summary><c>--name value</c> pairs given to a benchmark, with typed access that names the bad option.</summary>
internal sealed class BenchmarkArguments
{
    private readonly Dictionary<string, string> _values;

    private BenchmarkArguments(Dictionary<string, string> values) => _values = values;

    public static BenchmarkArguments Parse(ReadOnlySpan<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--option value' pairs; '{args[i]}' has no value.");
            }

            values[args[i][2..]] = args[++i];
        }

        return new BenchmarkArguments(values);
    }

    public string GetString(string name, string defaultValue) => _values.GetValueOrDefault(name, defaultValue);

    public int GetInt(string name, int defaultValue) =>
        !_values.TryGetValue(name, out var text) ? defaultValue
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value
        : throw new ArgumentException($"--{name} must be a non-negative whole number (was '{text}').");

    public double GetDouble(string name, double defaultValue) =>
        !_values.TryGetValue(name, out var text) ? defaultValue
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value
        : throw new ArgumentException($"--{name} must be a non-negative number (was '{text}').");
}
