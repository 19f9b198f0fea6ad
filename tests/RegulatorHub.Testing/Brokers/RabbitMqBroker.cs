using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace RegulatorHub.Testing.Brokers;

/// <summary>
/// A throw-away RabbitMQ 3.10 node with the AMQP 1.0 and management plugins, for tests and benchmarks: its own temp
/// directory, node name, epmd and free ports on 127.0.0.1, so several can run at once and none collides with a
/// system broker or a leftover. Everything it starts is ended by <see cref="StopAsync"/> / <see cref="DisposeAsync"/>,
/// and by the kernel closing its lifeline pipe if the owning process dies without disposing.
/// </summary>
/// <example>
/// <code>
/// await using var broker = new RabbitMqBroker();
/// await broker.StartAsync();
/// await broker.DeclareQueueAsync("complaints", deliveryLimit: 5);
/// // connect to amqp://guest:guest@127.0.0.1:{broker.AmqpPort}, address /amq/queue/complaints
/// </code>
/// </example>
public sealed class RabbitMqBroker : IAsyncDisposable
{
    /// <summary>The Debian package's server script, started directly (the /usr/sbin wrappers switch user).</summary>
    public const string ServerPath = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>The management CLI next to it.</summary>
    public const string CtlPath = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    /// <summary>Suffix of the dead-letter queue <see cref="DeclareQueueAsync"/> wires to each queue.</summary>
    public const string DeadLetterSuffix = ".dlq";

    private const string Loopback = "127.0.0.1";
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(30);

    // The lifeline: a shell in its own session (setsid) holding the fixture's pipe on stdin. It starts a private
    // epmd and the server in its process group; when stdin closes (StopAsync, or the owner died), it kills the group.
    private const string LifelineScript = """
        exec >>"$RH_DIR/lifeline.log" 2>&1
        epmd -port "$ERL_EPMD_PORT" -address 127.0.0.1 </dev/null &
        n=0
        until epmd -port "$ERL_EPMD_PORT" -names >/dev/null 2>&1; do
          n=$((n+1)); if [ "$n" -gt 100 ]; then echo "epmd did not answer"; break; fi
          sleep 0.1
        done
        { "$RH_SERVER" </dev/null >>"$RH_DIR/server.log" 2>&1; echo "$?" >"$RH_DIR/server.exited"; } &
        cat >/dev/null
        kill -KILL 0
        """;

    private readonly string _id = Guid.NewGuid().ToString("N")[..12];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _root;
    private Process? _lifeline;
    private HttpClient? _management;
    private bool _disposed;

    /// <summary>The node name, unique per instance.</summary>
    public string NodeName => $"rh{_id}@localhost";

    /// <summary>Host the broker listens on (loopback only).</summary>
    public string Host { get; } = Loopback;

    /// <summary>AMQP port, chosen free at the first start and kept across restarts.</summary>
    public int AmqpPort { get; private set; }

    /// <summary>Management HTTP port (guest/guest, loopback only).</summary>
    public int ManagementPort { get; private set; }

    /// <summary>Erlang distribution port of the node.</summary>
    public int DistributionPort { get; private set; }

    /// <summary>Port of the node's private epmd.</summary>
    public int EpmdPort { get; private set; }

    /// <summary>User name for AMQP and management (the broker's default user).</summary>
    public string UserName { get; } = "guest";

    /// <summary>Password of <see cref="UserName"/>; valid from loopback only, as RabbitMQ enforces.</summary>
    public string Password { get; } = "guest";

    /// <summary>The temp directory holding config, data (mnesia) and logs; kept across restarts.</summary>
    public string DataDirectory => _root ?? throw new InvalidOperationException("The broker was not started.");

    /// <summary>Whether the node is running (between a completed start and a stop).</summary>
    public bool IsRunning => _lifeline is { HasExited: false };

    /// <summary>Plain AMQP URI with credentials, e.g. for a connection string.</summary>
    public string AmqpUri => $"amqp://{UserName}:{Password}@{Loopback}:{AmqpPort.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Name of the dead-letter queue of <paramref name="queue"/>.</summary>
    public static string DeadLetterQueueOf(string queue) => queue + DeadLetterSuffix;

    /// <summary>
    /// Starts the node (first boot about 10 s on 2 cores) and waits until the broker and its plugins run and the
    /// management API answers. Idempotent while running.
    /// </summary>
    /// <exception cref="InvalidOperationException">RabbitMQ is not installed, or the node did not start (the message
    /// holds the end of its log).</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (IsRunning)
            {
                return;
            }

            if (!File.Exists(ServerPath) || !File.Exists(CtlPath))
            {
                throw new InvalidOperationException(
                    $"RabbitMQ is not installed ({ServerPath} is missing). Install it with `apt-get install -y rabbitmq-server` " +
                    "(Debian 12 ships 3.10 with the AMQP 1.0 plugin); the test command does this.");
            }

            var firstStart = _root is null;
            if (firstStart)
            {
                BrokerProcesses.KillOrphans();
                DeleteStaleDirectories();
                _root = Directory.CreateDirectory(Path.Combine(TempRoot, _id)).FullName;
                Directory.CreateDirectory(Path.Combine(_root, "home"));
                await File.WriteAllTextAsync(Path.Combine(_root, "owner"), BrokerProcesses.CurrentOwner, cancellationToken);
                await File.WriteAllTextAsync(Path.Combine(_root, "enabled_plugins"), "[rabbitmq_amqp1_0,rabbitmq_management].\n", cancellationToken);
            }

            // A free port found now can be taken before the node binds it; on a first start, try again with others.
            for (var attempt = 1; ; attempt++)
            {
                if (firstStart)
                {
                    ChoosePorts();
                    await WriteConfigAsync(cancellationToken);
                }

                try
                {
                    await LaunchAsync(cancellationToken);
                    return;
                }
                catch (InvalidOperationException) when (firstStart && attempt < 2)
                {
                    // retried with fresh ports
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stops the node gracefully (SIGTERM, so durable queues and their messages are written out), then ends every
    /// process it started. The data directory is kept, so <see cref="StartAsync"/> brings the same node back.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await StopCoreAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops and starts the node on the same ports and data directory (about 15 s): durable queues survive.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken);
        await StartAsync(cancellationToken);
    }

    /// <summary>
    /// Declares a durable queue <paramref name="name"/> and its dead-letter queue <c>name.dlq</c>; a message rejected
    /// on the queue moves there. With <paramref name="deliveryLimit"/> the queue is a quorum queue with
    /// <c>x-delivery-limit</c>, which dead-letters a message returned more than that many times (RabbitMQ's stand-in
    /// for Service Bus MaxDeliveryCount); otherwise a classic queue. Idempotent with the same arguments.
    /// </summary>
    public async Task DeclareQueueAsync(string name, int? deliveryLimit = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (deliveryLimit is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(deliveryLimit), deliveryLimit, "A delivery limit is 0 or more.");
        }

        await PutQueueAsync(DeadLetterQueueOf(name), new Dictionary<string, object>(), cancellationToken);
        var arguments = new Dictionary<string, object>
        {
            ["x-dead-letter-exchange"] = string.Empty,
            ["x-dead-letter-routing-key"] = DeadLetterQueueOf(name),
        };
        if (deliveryLimit is { } limit)
        {
            arguments["x-queue-type"] = "quorum";
            arguments["x-delivery-limit"] = limit;
        }

        await PutQueueAsync(name, arguments, cancellationToken);
    }

    /// <summary>
    /// Declares a durable fanout exchange <paramref name="exchange"/> (a topic: every bound queue gets each message) and
    /// binds <paramref name="queue"/>, declared with <see cref="DeclareQueueAsync"/> and its <c>.dlq</c>, to it: one
    /// subscription of the topic. Idempotent.
    /// </summary>
    public async Task DeclareFanoutSubscriptionAsync(string exchange, string queue, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exchange);
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        var definition = new Dictionary<string, object> { ["type"] = "fanout", ["durable"] = true, ["auto_delete"] = false };
        using (var response = await Management.PutAsJsonAsync("exchanges/%2F/" + Uri.EscapeDataString(exchange), definition, cancellationToken))
        {
            await EnsureSuccessAsync(response, $"declaring exchange '{exchange}'", cancellationToken);
        }

        await DeclareQueueAsync(queue, cancellationToken: cancellationToken);
        var binding = new Dictionary<string, object> { ["routing_key"] = string.Empty };
        using (var response = await Management.PostAsJsonAsync(
            $"bindings/%2F/e/{Uri.EscapeDataString(exchange)}/q/{Uri.EscapeDataString(queue)}", binding, cancellationToken))
        {
            await EnsureSuccessAsync(response, $"binding queue '{queue}' to exchange '{exchange}'", cancellationToken);
        }
    }

    /// <summary>
    /// Messages in <paramref name="queue"/> (ready + unacknowledged) as the management API reports them. The figure
    /// is refreshed every 250 ms (the statistics interval set for this node), so poll with
    /// <see cref="WaitForMessageCountAsync"/> rather than reading it once.
    /// </summary>
    public async Task<long> GetMessageCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var response = await Management.GetAsync(QueuePath(queue), cancellationToken);
        await EnsureSuccessAsync(response, $"reading queue '{queue}'", cancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = document.RootElement;
        if (root.TryGetProperty("messages_ready", out var ready) && root.TryGetProperty("messages_unacknowledged", out var unacked))
        {
            return ready.GetInt64() + unacked.GetInt64();
        }

        return root.TryGetProperty("messages", out var messages) ? messages.GetInt64() : 0;
    }

    /// <summary>Polls until <paramref name="queue"/> holds <paramref name="expected"/> messages; throws with the last count on timeout.</summary>
    public async Task WaitForMessageCountAsync(string queue, long expected, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        long count;
        while ((count = await GetMessageCountAsync(queue, cancellationToken)) != expected)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Queue '{queue}' held {count} messages after {timeout.TotalSeconds:F0} s, expected {expected}.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Removes every ready message from <paramref name="queue"/>.</summary>
    public async Task PurgeAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var response = await Management.DeleteAsync(QueuePath(queue) + "/contents", cancellationToken);
        await EnsureSuccessAsync(response, $"purging queue '{queue}'", cancellationToken);
    }

    /// <summary>Deletes <paramref name="queue"/> (not its dead-letter queue); a missing queue is fine.</summary>
    public async Task DeleteQueueAsync(string queue, CancellationToken cancellationToken = default)
    {
        using var response = await Management.DeleteAsync(QueuePath(queue), cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            await EnsureSuccessAsync(response, $"deleting queue '{queue}'", cancellationToken);
        }
    }

    /// <summary>The last <paramref name="lines"/> lines of the server's console log, for failure messages.</summary>
    public string LogTail(int lines = 40)
    {
        var path = _root is null ? null : Path.Combine(_root, "server.log");
        if (path is null || !File.Exists(path))
        {
            return "(no server log)";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n');
        return string.Join('\n', all.TakeLast(lines));
    }

    /// <summary>Stops the node, kills every process it started (also after a failed test) and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _gate.WaitAsync();
        try
        {
            try
            {
                await StopCoreAsync();
            }
            finally
            {
                await BrokerProcesses.KillAllAsync(_id, TimeSpan.FromSeconds(10));
                _management?.Dispose();
                _management = null;
                DeleteDirectory(_root);
            }
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private static string TempRoot => Path.Combine(Path.GetTempPath(), "regulatorhub-rabbitmq");

    private HttpClient Management => _management ?? throw new InvalidOperationException("The broker is not running: call StartAsync first.");

    private string PidFile => Path.Combine(DataDirectory, "rabbit.pid");

    private string ExitedFile => Path.Combine(DataDirectory, "server.exited");

    private void ChoosePorts()
    {
        // Hold all four listeners at once so the ports differ, then release them for the node.
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            int Port(int index) => ((IPEndPoint)listeners[index].LocalEndpoint).Port;
            (AmqpPort, ManagementPort, DistributionPort, EpmdPort) = (Port(0), Port(1), Port(2), Port(3));
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    private Task WriteConfigAsync(CancellationToken cancellationToken)
    {
        var config = string.Create(CultureInfo.InvariantCulture, $"""
            listeners.tcp.default = {Loopback}:{AmqpPort}
            management.tcp.ip = {Loopback}
            management.tcp.port = {ManagementPort}
            amqp1_0.default_user = guest
            amqp1_0.default_vhost = /
            collect_statistics_interval = 250
            consumer_timeout = 600000
            log.file.level = info
            log.console = true
            log.console.level = warning

            """);
        return File.WriteAllTextAsync(Path.Combine(DataDirectory, "rabbitmq.conf"), config, cancellationToken);
    }

    private Dictionary<string, string> NodeEnvironment() => new(StringComparer.Ordinal)
    {
        ["HOME"] = Path.Combine(DataDirectory, "home"), // holds the Erlang cookie the server and the CLI share
        ["LC_ALL"] = "C.UTF-8",
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(DataDirectory, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_PID_FILE"] = PidFile,
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["ERL_EPMD_ADDRESS"] = Loopback,
        ["ERL_EPMD_PORT"] = EpmdPort.ToString(CultureInfo.InvariantCulture),
        [BrokerProcesses.IdVariable] = _id,
        [BrokerProcesses.OwnerVariable] = BrokerProcesses.CurrentOwner,
        ["RH_DIR"] = DataDirectory,
        ["RH_SERVER"] = ServerPath,
    };

    private static void ApplyEnvironment(ProcessStartInfo info, Dictionary<string, string> environment)
    {
        // Settings of a system broker in the caller's environment must not leak into this one.
        foreach (var key in info.Environment.Keys.ToList())
        {
            if (key.StartsWith("RABBITMQ_", StringComparison.Ordinal) || key.StartsWith("ERL_", StringComparison.Ordinal))
            {
                info.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        File.Delete(PidFile);
        File.Delete(ExitedFile);

        var info = new ProcessStartInfo("/usr/bin/setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { "/bin/sh", "-c", LifelineScript, "regulatorhub-rabbitmq-lifeline" })
        {
            info.ArgumentList.Add(argument);
        }

        ApplyEnvironment(info, NodeEnvironment());
        _lifeline = Process.Start(info) ?? throw new InvalidOperationException("Could not start /usr/bin/setsid.");
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;

        try
        {
            var wait = RunCtlAsync(["wait", "--timeout", ((int)s_startTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), PidFile], s_startTimeout + TimeSpan.FromSeconds(10), cancellationToken);
            while (!wait.IsCompleted)
            {
                if (File.Exists(ExitedFile))
                {
                    throw new InvalidOperationException("the server exited during start");
                }

                await Task.WhenAny(wait, Task.Delay(200, cancellationToken));
            }

            var (exitCode, output) = await wait;
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"rabbitmqctl wait exited with {exitCode}: {output.Trim()}");
            }

            _management = CreateManagementClient();
            await WaitForManagementAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            var tail = LogTail();
            await KillEverythingAsync();
            throw new InvalidOperationException(
                $"RabbitMQ node {NodeName} (AMQP {AmqpPort}, management {ManagementPort}) did not start: {exception.Message}\n{tail}",
                exception);
        }
    }

    private HttpClient CreateManagementClient()
    {
        var client = new HttpClient
        {
            BaseAddress = new Uri($"http://{Loopback}:{ManagementPort.ToString(CultureInfo.InvariantCulture)}/api/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{UserName}:{Password}")));
        return client;
    }

    private async Task WaitForManagementAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await Management.GetAsync("overview", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                // not listening yet
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("the management API did not answer within 30 s");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task StopCoreAsync()
    {
        if (_lifeline is null)
        {
            return;
        }

        // Graceful first: SIGTERM makes the Erlang VM run init:stop, which flushes queues to disk.
        if (TryReadPid() is { } pid && !File.Exists(ExitedFile))
        {
            await RunAsync("/bin/kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)], new Dictionary<string, string>(), TimeSpan.FromSeconds(5), CancellationToken.None);
            var clock = Stopwatch.StartNew();
            while (!File.Exists(ExitedFile) && File.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat") && clock.Elapsed < s_stopTimeout)
            {
                await Task.Delay(100);
            }
        }

        await KillEverythingAsync();
    }

    private async Task KillEverythingAsync()
    {
        var lifeline = _lifeline;
        _lifeline = null;
        _management?.Dispose();
        _management = null;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (lifeline is not null)
        {
            // Closing the pipe makes the lifeline kill its process group (epmd, server script, beam.smp).
            try
            {
                lifeline.StandardInput.Close();
            }
            catch (IOException)
            {
                // already gone
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await lifeline.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                lifeline.Kill(entireProcessTree: true);
            }

            lifeline.Dispose();
        }

        // Then whatever left the group: erl_child_setup (own session), a daemonized epmd, CLI helpers.
        await BrokerProcesses.KillAllAsync(_id, TimeSpan.FromSeconds(10));
    }

    private void OnProcessExit(object? sender, EventArgs e) => BrokerProcesses.KillAllNow(_id);

    private int? TryReadPid()
    {
        try
        {
            return int.TryParse(File.ReadAllText(PidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private Task<(int ExitCode, string Output)> RunCtlAsync(string[] arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(CtlPath, ["-n", NodeName, .. arguments], NodeEnvironment(), timeout, cancellationToken);

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string file, IEnumerable<string> arguments, Dictionary<string, string> environment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (environment.Count > 0)
        {
            ApplyEnvironment(info, environment);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:F0} s.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private async Task PutQueueAsync(string name, Dictionary<string, object> arguments, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object> { ["durable"] = true, ["auto_delete"] = false, ["arguments"] = arguments };
        using var response = await Management.PutAsJsonAsync(QueuePath(name), body, cancellationToken);
        await EnsureSuccessAsync(response, $"declaring queue '{name}'", cancellationToken);
    }

    private static string QueuePath(string queue) => "queues/%2F/" + Uri.EscapeDataString(queue);

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"Management API {(int)response.StatusCode} {response.ReasonPhrase} {what}: {detail}");
        }
    }

    private static void DeleteStaleDirectories()
    {
        if (!Directory.Exists(TempRoot))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(TempRoot))
        {
            var ownerFile = Path.Combine(directory, "owner");
            string? owner = null;
            try
            {
                owner = File.ReadAllText(ownerFile).Trim();
            }
            catch (IOException)
            {
                // No owner file: a broker that never finished its first start, or one another test process is
                // creating this very moment (test assemblies run in parallel). Only an old one is stale.
                if (DateTime.UtcNow - Directory.GetCreationTimeUtc(directory) < TimeSpan.FromMinutes(10))
                {
                    continue;
                }
            }

            if (owner is null || !BrokerProcesses.IsAlive(owner))
            {
                DeleteDirectory(directory);
            }
        }
    }

    private static void DeleteDirectory(string? path)
    {
        if (path is null || !Directory.Exists(path))
        {
            return;
        }

        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A process still writing a log; the next fixture start removes it as stale.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
