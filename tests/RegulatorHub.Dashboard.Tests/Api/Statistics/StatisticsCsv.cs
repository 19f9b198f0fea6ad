using System.Text;

namespace RegulatorHub.Dashboard.Tests.Api.Statistics;

/// <summary>Reads a statistics CSV download: the '# key: value' metadata lines and the records (RFC 4180 quoting).</summary>
public sealed record StatisticsCsv(IReadOnlyDictionary<string, string> Metadata, IReadOnlyList<IReadOnlyList<string>> Records)
{
    public static StatisticsCsv Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var records = new List<IReadOnlyList<string>>();
        var position = 0;
        while (position < text.Length)
        {
            if (text[position] == '#')
            {
                var end = text.IndexOf("\r\n", position, StringComparison.Ordinal);
                var line = text[(position + 1)..(end < 0 ? text.Length : end)].Trim();
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                metadata[colon < 0 ? line.TrimEnd(':') : line[..colon]] = colon < 0 ? string.Empty : line[(colon + 2)..];
                position = end < 0 ? text.Length : end + 2;
                continue;
            }

            records.Add(ReadRecord(text, ref position));
        }

        return new StatisticsCsv(metadata, records);
    }

    private static List<string> ReadRecord(string text, ref int position)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (position < text.Length)
        {
            var c = text[position++];
            if (quoted)
            {
                if (c == '"' && position < text.Length && text[position] == '"')
                {
                    field.Append('"');
                    position++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
                break;
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
