using System.Diagnostics;

namespace RegulatorHub.Testing;

/// <summary>
/// Installs, where missing, the programs a benchmark starts its servers from, by running <c>eng/prerequisites.sh</c>
/// (the script <c>eng/test.sh</c> runs before the tests), so a benchmark also works on a fresh machine.
/// </summary>
public static class Prerequisites
{
    /// <summary>RabbitMQ with the AMQP 1.0 plugin.</summary>
    public const string RabbitMq = "rabbitmq";

    /// <summary>Node.js and the local Cosmos DB server's npm packages.</summary>
    public const string Cosmos = "cosmos";

    /// <summary>Debian's Chromium and a CJK font.</summary>
    public const string Chromium = "chromium";

    /// <summary>Runs the script for <paramref name="part"/>; it returns at once when everything is installed.</summary>
    /// <param name="part"><see cref="RabbitMq"/>, <see cref="Cosmos"/> or <see cref="Chromium"/>.</param>
    /// <param name="cancellationToken">Stops waiting (the script is killed).</param>
    /// <exception cref="InvalidOperationException">The script failed; its own message is on standard error.</exception>
    public static async Task EnsureAsync(string part, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(part);
        var script = Path.Combine(RepositoryLayout.Root, "eng", "prerequisites.sh");
        var info = new ProcessStartInfo("bash") { UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(part);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start.");
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Installing the {part} prerequisites failed: {script} {part} exited with {process.ExitCode}.");
        }
    }
}
