using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RegulatorHub.Application.Audit;
using RegulatorHub.Hosting.Privacy;
using Spectre.Console;

using static RegulatorHub.Cli.CliOutput;

namespace RegulatorHub.Cli.Commands;

/// <summary>
/// <c>regulatorhub audit verify|list</c>: check the audit trail's hash chain (exit 0 intact, 1 broken, 2 cannot check)
/// and show its latest entries. Entries hold account ids and targets, no personal data, so they print as they are.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "The audit trail of sign-ins, complaint views, referrals and exports: verify its hash chain, list entries.");
        command.Add(CreateVerify());
        command.Add(CreateList());
        return command;
    }

    private static Command CreateVerify()
    {
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("verify", "Check every entry's hash and link and the head checkpoint; report the first modified, inserted or deleted entry.") { dataDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build(parse.GetValue(dataDir), runWorker: false);
            if (!host.Services.GetRequiredService<AuditKeyProvider>().HasKey())
            {
                return NoKey();
            }

            await host.StartAsync(cancellationToken);
            var verification = await host.Services.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken);
            await host.StopAsync(CancellationToken.None);

            // Plain text: a console that soft-wraps keeps the head hash whole for copying (markup output would break it).
            Console.Out.WriteLine(verification.Describe());
            return verification.IsIntact ? 0 : 1;
        });
        return command;
    }

    private static Command CreateList()
    {
        var last = new Option<int>("--last") { Description = $"How many of the newest entries to show (1–{AuditQuery.MaxLimit}).", DefaultValueFactory = _ => 20 };
        var actor = new Option<string?>("--actor") { Description = "Only this actor (account id, 'anonymous' or 'unknown')." };
        var action = new Option<string?>("--action") { Description = $"Only this action: {string.Join(", ", ActionNames())}." };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("list", "Show the newest audit entries as a table, oldest of them first.") { last, actor, action, dataDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            AuditAction? chosen = null;
            if (parse.GetValue(action) is { } name)
            {
                if (!Enum.TryParse<AuditAction>(name, ignoreCase: true, out var parsed) || parsed == AuditAction.Unrecognized || !Enum.IsDefined(parsed) || int.TryParse(name, out _))
                {
                    return Fail($"--action must be one of: {string.Join(", ", ActionNames())} (was '{name}').");
                }

                chosen = parsed;
            }

            var query = new AuditQuery(Actor: parse.GetValue(actor), Action: chosen, Limit: parse.GetValue(last));
            if (query.Validate() is { } problem)
            {
                return Fail(problem.Replace(nameof(AuditQuery.Limit), "--last", StringComparison.Ordinal)
                    .Replace("An empty filter", "An empty --actor", StringComparison.Ordinal));
            }

            using var host = CliHost.Build(parse.GetValue(dataDir), runWorker: false);
            if (!host.Services.GetRequiredService<AuditKeyProvider>().HasKey())
            {
                return NoKey();
            }

            await host.StartAsync(cancellationToken);
            var entries = await host.Services.GetRequiredService<IAuditTrail>().SearchAsync(query, cancellationToken);
            await host.StopAsync(CancellationToken.None);

            Print(entries);
            return 0;
        });
        return command;
    }

    private static void Print(IReadOnlyList<AuditEntry> newestFirst)
    {
        if (newestFirst.Count == 0)
        {
            AnsiConsole.MarkupLine("No audit entries match.");
            return;
        }

        // Written to a file or pipe, rows are not squeezed to the 80 columns Spectre assumes there (COLUMNS wins if set).
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0
                ? columns
                : 240;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumns("Time (UTC)", "Actor", "Agency", "Role", "Action", "Target", "Outcome", "Purpose", "Detail");
        foreach (var entry in newestFirst.Reverse())
        {
            table.AddRow(
                entry.Sequence.ToString(CultureInfo.InvariantCulture),
                entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(entry.Actor),
                Markup.Escape(entry.AgencyId ?? "—"),
                Markup.Escape(entry.Role ?? "—"),
                entry.Action.ToString(),
                Markup.Escape(entry.Target),
                Markup.Escape(entry.Outcome),
                Markup.Escape(entry.Purpose ?? string.Empty),
                Markup.Escape(entry.Detail ?? string.Empty));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[grey]{newestFirst.Count} entries shown; listing does not check them: run `regulatorhub audit verify`.[/]"));
    }

    private static IEnumerable<string> ActionNames() =>
        Enum.GetValues<AuditAction>().Where(a => a != AuditAction.Unrecognized).Select(a => a.ToString());

    private static int NoKey() => Fail(
        "No audit key found (Audit:Key, or audit.key in the data directory): the trail can only be checked with the key that wrote it. Give --data-dir or set Audit__Key.");
}
