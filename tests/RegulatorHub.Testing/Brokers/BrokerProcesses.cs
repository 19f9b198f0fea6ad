using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RegulatorHub.Testing.Brokers;

/// <summary>
/// Finds and ends the processes a test broker started, by an environment marker every one of them inherits
/// (the shell, epmd, beam.smp, erl_child_setup, a daemonized epmd a CLI call may have spawned). Matching on a marker
/// unique to one broker instance never touches anyone else's processes, and still finds those that re-parented or
/// changed process group (erl_child_setup calls setsid; epmd -daemon double-forks).
/// </summary>
internal static class BrokerProcesses
{
    /// <summary>Environment variable holding the broker instance id.</summary>
    public const string IdVariable = "REGULATORHUB_TEST_BROKER_ID";

    /// <summary>Environment variable holding "pid:start-time" of the process that owns the broker.</summary>
    public const string OwnerVariable = "REGULATORHUB_TEST_BROKER_OWNER";

    /// <summary>"pid:start-time" of this process, which tells a live owner from a re-used pid.</summary>
    public static string CurrentOwner { get; } = OwnerOf(Environment.ProcessId) ?? Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Pids of the live processes whose environment carries <paramref name="brokerId"/>.</summary>
    public static List<int> Find(string brokerId)
    {
        var found = new List<int>();
        foreach (var (pid, environment) in EnumerateMarked())
        {
            if (environment.TryGetValue(IdVariable, out var id) && id == brokerId)
            {
                found.Add(pid);
            }
        }

        return found;
    }

    /// <summary>SIGKILLs every process of <paramref name="brokerId"/> and waits until they are gone.</summary>
    public static async Task KillAllAsync(string brokerId, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var pids = Find(brokerId);
            if (pids.Count == 0)
            {
                return;
            }

            foreach (var pid in pids)
            {
                Kill(pid);
            }

            if (deadline.Elapsed > timeout)
            {
                throw new InvalidOperationException(
                    $"Broker processes {string.Join(", ", pids)} survived SIGKILL for {timeout.TotalSeconds:F0} s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Synchronous variant for process-exit handlers: one round of SIGKILL, no waiting.</summary>
    public static void KillAllNow(string brokerId)
    {
        foreach (var pid in Find(brokerId))
        {
            Kill(pid);
        }
    }

    /// <summary>
    /// Ends the processes of test brokers whose owning process no longer exists (a test run killed before it could
    /// clean up, if the lifeline did not already take them down). Returns how many were ended.
    /// </summary>
    public static int KillOrphans()
    {
        var killed = 0;
        foreach (var (pid, environment) in EnumerateMarked())
        {
            if (environment.TryGetValue(OwnerVariable, out var owner) && !IsAlive(owner))
            {
                Kill(pid);
                killed++;
            }
        }

        return killed;
    }

    /// <summary>Whether the owner recorded as "pid:start-time" still runs.</summary>
    public static bool IsAlive(string owner)
    {
        var colon = owner.IndexOf(':', StringComparison.Ordinal);
        var pidText = colon < 0 ? owner : owner[..colon];
        return int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && OwnerOf(pid) == owner;
    }

    private static string? OwnerOf(int pid)
    {
        try
        {
            // Field 22 of /proc/<pid>/stat is the start time in clock ticks since boot; the command name (field 2)
            // is in parentheses and may contain spaces, so count fields after its closing parenthesis.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return $"{pid.ToString(CultureInfo.InvariantCulture)}:{fields[19]}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static IEnumerable<(int Pid, Dictionary<string, string> Environment)> EnumerateMarked()
    {
        if (!Directory.Exists("/proc"))
        {
            yield break;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            byte[] raw;
            try
            {
                raw = File.ReadAllBytes(Path.Combine(directory, "environ"));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue; // gone meanwhile, or not ours to read
            }

            var text = Encoding.UTF8.GetString(raw);
            if (!text.Contains(IdVariable, StringComparison.Ordinal))
            {
                continue;
            }

            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in text.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = entry.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && entry.StartsWith("REGULATORHUB_TEST_BROKER_", StringComparison.Ordinal))
                {
                    environment[entry[..equals]] = entry[(equals + 1)..];
                }
            }

            yield return (pid, environment);
        }
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
