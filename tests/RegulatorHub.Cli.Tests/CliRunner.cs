using System.Diagnostics;
using System.Text;

namespace RegulatorHub.Cli.Tests;

/// <summary>Runs the real <c>regulatorhub</c> program as a separate process, as a user would.</summary>
internal static class CliRunner
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunWithInputAsync(null, arguments);

    public static async Task<(int ExitCode, string Output)> RunWithInputAsync(string? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "regulatorhub.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A wide console so tables are not wrapped.
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            var utf8 = new UTF8Encoding(false).GetBytes(standardInput);
            await process.StandardInput.BaseStream.WriteAsync(utf8);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RegulatorHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RegulatorHub.sln not found above the test's folder.");
    }
}
