namespace RegulatorHub.Testing;

/// <summary>Where the repository's own files are, found from the running test or benchmark's output folder.</summary>
public static class RepositoryLayout
{
    /// <summary>The folder holding <c>RegulatorHub.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">The program does not run from inside a checkout.</exception>
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "RegulatorHub.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"RegulatorHub.sln not found above {AppContext.BaseDirectory}.");
        }
    }
}
