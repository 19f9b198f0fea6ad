using System.Runtime.CompilerServices;

namespace RegulatorHub.Exports.Tests;

/// <summary>Compares output with committed golden files; <c>UPDATE_GOLDEN=1</c> rewrites them instead.</summary>
internal static class GoldenFiles
{
    public static void AssertMatches(string name, byte[] actual)
    {
        var path = PathOf(name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {name} is missing; run the tests once with UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            // Show text differences readably; the byte comparison above is what decides.
            Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(actual));
            Assert.Fail($"{name} differs from its golden file in bytes that decode alike (the byte-order mark?).");
        }
    }

    public static void AssertMatches(string name, string actual) =>
        AssertMatches(name, System.Text.Encoding.UTF8.GetBytes(actual.ReplaceLineEndings("\n")));

    private static string PathOf(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Golden", name);
}
