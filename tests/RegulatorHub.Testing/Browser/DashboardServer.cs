using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;

namespace RegulatorHub.Testing.Browser;

/// <summary>
/// The built dashboard (<c>dotnet RegulatorHub.Dashboard.dll</c>) as a child process on
/// <c>http://127.0.0.1:{free port}</c> over a given data folder, for browser tests and the <c>ui</c> benchmark: the
/// real Kestrel, static assets and SignalR circuit a browser needs, which an in-memory test server cannot give.
/// <see cref="StartAsync"/> returns once <c>/healthz</c> reports healthy (the analytics store caught up).
/// <see cref="DisposeAsync"/> stops it gracefully (the analytics snapshot is saved on stop) and kills the process
/// tree if it does not exit in time; a process exit handler kills it should the owner never dispose.
/// </summary>
/// <example>
/// <code>
/// await using var server = await DashboardServer.StartAsync(new DashboardServerOptions
/// {
///     AssemblyPath = DashboardServer.LocateAssembly(typeof(MyTests).Assembly),
///     DataDirectory = seededFolder,
///     LogPath = Path.Combine(TestResults.Directory, "dashboard.log"),
/// });
/// // browse server.BaseUrl
/// </code>
/// </example>
public sealed class DashboardServer : IAsyncDisposable
{
    /// <summary>Key of the <see cref="AssemblyMetadataAttribute"/> that <c>DashboardReference.targets</c> writes.</summary>
    public const string AssemblyMetadataKey = "RegulatorHub.Dashboard.Path";

    private const int TailLines = 40;
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Queue<string> _tail = new();
    private readonly EventHandler _onProcessExit;
    private int _disposed;

    private DashboardServer(Process process, StreamWriter log, Uri baseUrl)
    {
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
        _onProcessExit = (_, _) => KillTree();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    /// <summary>Where the dashboard listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The dashboard's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// The dashboard assembly recorded in <paramref name="assembly"/> at build time by
    /// <c>tests/RegulatorHub.Testing/Browser/DashboardReference.targets</c> (same build configuration).
    /// </summary>
    /// <exception cref="InvalidOperationException">The assembly does not import the targets, or the dashboard is not built.</exception>
    public static string LocateAssembly(Assembly assembly)
    {
        var path = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == AssemblyMetadataKey)?.Value;
        if (string.IsNullOrEmpty(path))
        {
            throw new InvalidOperationException(
                $"{assembly.GetName().Name} does not record the dashboard's path: import tests/RegulatorHub.Testing/Browser/DashboardReference.targets in its project.");
        }

        return File.Exists(path) ? path : throw new InvalidOperationException($"The dashboard is not built: {path} is missing.");
    }

    /// <summary>Starts the dashboard and waits until it reports healthy.</summary>
    /// <exception cref="InvalidOperationException">It exited or was not healthy in time; the message holds its last log lines.</exception>
    public static async Task<DashboardServer> StartAsync(DashboardServerOptions options, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(options.AssemblyPath))
        {
            throw new InvalidOperationException($"The dashboard assembly {options.AssemblyPath} does not exist: build the solution first.");
        }

        var port = FreePort();
        var baseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var info = new ProcessStartInfo("dotnet")
        {
            // The content root (appsettings.json, static asset manifests) is the build output folder.
            WorkingDirectory = Path.GetDirectoryName(options.AssemblyPath)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(options.AssemblyPath);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl.GetLeftPart(UriPartial.Authority));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = options.Environment;
        info.Environment["DOTNET_ENVIRONMENT"] = options.Environment;
        info.Environment["Storage__DataDirectory"] = options.DataDirectory;
        info.Environment["Seed__OnFirstStart"] = "false";
        // Telemetry export would try to reach a collector that is not there.
        info.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (key, value) in options.Settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.LogPath))!);
        var log = new StreamWriter(options.LogPath, append: true) { AutoFlush = true };
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"--- {DateTimeOffset.UtcNow:O} dotnet {Path.GetFileName(options.AssemblyPath)} --urls {baseUrl} (data {options.DataDirectory})"));

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        }
        catch
        {
            await log.DisposeAsync();
            throw;
        }

        var server = new DashboardServer(process, log, baseUrl);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitHealthyAsync(options.StartTimeout, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The last lines the dashboard wrote, for failure messages.</summary>
    public string LogTail()
    {
        lock (_tail)
        {
            return string.Join(Environment.NewLine, _tail);
        }
    }

    /// <summary>
    /// Stops the dashboard: SIGTERM (a graceful stop saves the analytics snapshot), then kills the process tree if it
    /// has not exited within 30 s.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        try
        {
            if (!_process.HasExited)
            {
                await TerminateAsync(_process.Id);
                using var wait = new CancellationTokenSource(s_stopTimeout);
                try
                {
                    await _process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    Record("(did not stop within 30 s of SIGTERM; killing the process tree)");
                }
            }
        }
        finally
        {
            KillTree();
            _process.Dispose();
            lock (_tail)
            {
                _log.Dispose();
            }
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        var last = "(no answer yet)";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The dashboard exited with code {_process.ExitCode} before it was healthy. Last log lines:{Environment.NewLine}{LogTail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                last = string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {Summarize(body)}");
                if (response.StatusCode == HttpStatusCode.OK && IsHealthy(body))
                {
                    return;
                }
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message; // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "healthz timed out";
            }

            if (clock.Elapsed > timeout)
            {
                throw new InvalidOperationException(
                    $"The dashboard at {BaseUrl} was not healthy within {timeout.TotalSeconds:F0} s (last /healthz: {last}). Last log lines:{Environment.NewLine}{LogTail()}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    // Healthy overall, which includes the analytics check: it is Degraded until the store caught up once.
    private static bool IsHealthy(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("status", out var status) && status.GetString() == "Healthy";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Summarize(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var parts = new List<string> { document.RootElement.GetProperty("status").GetString() ?? "?" };
            foreach (var check in document.RootElement.GetProperty("checks").EnumerateObject())
            {
                parts.Add($"{check.Name}={check.Value.GetProperty("status").GetString()}");
            }

            return string.Join(' ', parts);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }

            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output racing the stop; the log is closed.
            }
        }
    }

    private void KillTree()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    // .NET sends only SIGKILL; the dashboard saves its analytics snapshot on a graceful (SIGTERM) stop.
    private static async Task TerminateAsync(int pid)
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("kill")
            {
                ArgumentList = { "-TERM", pid.ToString(CultureInfo.InvariantCulture) },
                UseShellExecute = false,
                RedirectStandardError = true,
            });
            if (kill is not null)
            {
                await kill.WaitForExitAsync();
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No kill(1): the process tree is killed instead.
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
