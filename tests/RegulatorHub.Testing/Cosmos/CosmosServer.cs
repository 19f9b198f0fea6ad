using System.Diagnostics;
using System.Globalization;

namespace RegulatorHub.Testing.Cosmos;

/// <summary>
/// A throw-away local Cosmos DB server for tests and benchmarks: <c>eng/cosmos-server/launcher.js</c> (npm
/// <c>@vercel/cosmosdb-server</c> 1.0.1 with the handlers the .NET SDK needs patched) over HTTPS on 127.0.0.1, on a
/// port the OS picks. Data lives in the server's memory and goes with it. The server holds our pipe on its stdin and
/// exits when it closes, so it also ends if the owning process dies without disposing.
/// </summary>
/// <example>
/// <code>
/// await using var server = await CosmosServer.StartAsync();
/// // new CosmosStorageOptions { Endpoint = server.Endpoint, Key = CosmosServer.Key, AcceptLoopbackCertificate = true }
/// </code>
/// </example>
public sealed class CosmosServer : IAsyncDisposable
{
    /// <summary>
    /// The Cosmos DB emulator's published, well-known account key. The local server does not check signatures; the SDK
    /// just needs a key of the right shape. Test code only: never a real account's key.
    /// </summary>
    public const string Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringWriter _log = new(CultureInfo.InvariantCulture);

    private CosmosServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port the server listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>The account endpoint for the SDK.</summary>
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"https://127.0.0.1:{Port}/");

    /// <summary>Folder of the launcher and its npm packages (<c>eng/cosmos-server</c> of the repository).</summary>
    public static string ServerDirectory => Path.Combine(RepositoryLayout.Root, "eng", "cosmos-server");

    /// <summary>Starts a server and waits until it listens.</summary>
    /// <exception cref="InvalidOperationException">Node or the npm packages are missing, or the server did not start.</exception>
    public static async Task<CosmosServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var directory = ServerDirectory;
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "@vercel", "cosmosdb-server")))
        {
            throw new InvalidOperationException(
                $"The local Cosmos DB server is not installed: run `bash eng/prerequisites.sh cosmos` (eng/test.sh and the benchmarks do this).");
        }

        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "launcher.js", "--host", "127.0.0.1", "--port", "0" })
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Node.js (node on PATH) is required for the local Cosmos DB server.", exception);
        }

        var errors = new StringWriter(CultureInfo.InvariantCulture);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.WriteLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_startTimeout);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal)
                || !int.TryParse(line.AsSpan("listening ".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                throw new InvalidOperationException($"The local Cosmos DB server did not start: {line} {errors}");
            }

            var server = new CosmosServer(process, port);
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (server._log)
                    {
                        server._log.WriteLine(e.Data);
                    }

                    // With RH_COSMOS_TRACE=1 the launcher traces every request; pass it through for debugging.
                    if (Environment.GetEnvironmentVariable("RH_COSMOS_TRACE") == "1")
                    {
                        Console.Error.WriteLine(e.Data);
                    }
                }
            };
            return server;
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>What the server wrote to stderr (errors it logged), for failure messages.</summary>
    public string ErrorLog()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    /// <summary>Stops the server: closes its stdin (it exits), and kills it if it has not within 5 s.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(_process);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
    }
}
