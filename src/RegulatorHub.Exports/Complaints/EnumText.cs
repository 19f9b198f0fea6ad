using System.Text;

namespace RegulatorHub.Exports.Complaints;

/// <summary>The names of an enum's values as UTF-8, looked up without formatting (the export writes one per field per row).</summary>
internal static class EnumText
{
    public static ReadOnlySpan<byte> Utf8<T>(T value)
        where T : struct, Enum => Names<T>.ByValue.TryGetValue(value, out var name) ? name : Encoding.UTF8.GetBytes(value.ToString());

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, byte[]> ByValue = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => Encoding.UTF8.GetBytes(v.ToString()));
    }
}
