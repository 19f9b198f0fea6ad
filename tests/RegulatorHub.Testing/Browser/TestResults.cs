namespace RegulatorHub.Testing.Browser;

/// <summary>
/// The folder test runs leave artifacts in (logs, screenshots): <c>artifacts/test-results</c> of the repository,
/// which <c>eng/test.sh</c> clears and hands to <c>dotnet test</c>, or <c>REGULATORHUB_TEST_RESULTS</c> if set.
/// </summary>
public static class TestResults
{
    /// <summary>The results folder, created on first use.</summary>
    public static string Directory
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("REGULATORHUB_TEST_RESULTS") is { Length: > 0 } configured
                ? configured
                : Path.Combine(RepositoryLayout.Root, "artifacts", "test-results");
            System.IO.Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>A subfolder of <see cref="Directory"/>, created on first use.</summary>
    public static string Subdirectory(string name)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
