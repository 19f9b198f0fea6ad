namespace RegulatorHub.Exports.Complaints;

/// <summary>The names of an enum's values, looked up without formatting (the export writes one per field per row).</summary>
internal static class EnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum => Names<T>.ByValue.TryGetValue(value, out var name) ? name : value.ToString();

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => v.ToString());
    }
}
