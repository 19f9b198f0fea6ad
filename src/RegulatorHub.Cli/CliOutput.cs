using System.Globalization;
using Spectre.Console;

namespace RegulatorHub.Cli;

/// <summary>How commands report a problem: in red on the console, with exit code 2 (bad input or setup).</summary>
internal static class CliOutput
{
    /// <summary>Prints <paramref name="message"/> as an error and returns the exit code for it.</summary>
    public static int Fail(string message)
    {
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{message}[/]");
        return 2;
    }
}
