using System.CommandLine;

namespace RegulatorHub.Cli;

/// <summary>Options every command accepts.</summary>
internal static class CommonOptions
{
    public static Option<string?> DataDirectory() => new("--data-dir")
    {
        Description = "Folder of the embedded store (default: Storage:DataDirectory, else the user's local app data/RegulatorHub).",
    };
}
