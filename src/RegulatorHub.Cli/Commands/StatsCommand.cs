using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Application.Storage;
using Spectre.Console;

using static RegulatorHub.Cli.CliOutput;

namespace RegulatorHub.Cli.Commands;

/// <summary><c>regulatorhub stats --by DIMENSION</c>: counts by one dimension, printed as a table.</summary>
internal static class StatsCommand
{
    private static readonly Dictionary<string, Dimension> s_dimensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["category"] = Dimension.Category,
        ["issue"] = Dimension.Issue,
        ["province"] = Dimension.Province,
        ["region"] = Dimension.Region,
        ["merchant"] = Dimension.Merchant,
        ["platform"] = Dimension.Platform,
        ["channel"] = Dimension.Channel,
        ["source"] = Dimension.Source,
    };

    public static Command Create()
    {
        var by = new Option<string>("--by") { Description = $"Dimension: {string.Join(", ", s_dimensions.Keys)}.", Required = true };
        var from = new Option<string?>("--from") { Description = "First received date included, yyyy-MM-dd." };
        var to = new Option<string?>("--to") { Description = "Last received date included, yyyy-MM-dd." };
        var top = new Option<int>("--top") { Description = "Largest groups to show (1–10,000).", DefaultValueFactory = _ => 20 };
        var dataDir = CommonOptions.DataDirectory();
        var command = new Command("stats", "Count stored complaints by a dimension.") { by, from, to, top, dataDir };

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!s_dimensions.TryGetValue(parse.GetValue(by)!, out var dimension))
            {
                return Fail($"--by must be one of: {string.Join(", ", s_dimensions.Keys)} (was '{parse.GetValue(by)}').");
            }

            if (!TryParseDate(parse.GetValue(from), "--from", out var fromDate, out var error) ||
                !TryParseDate(parse.GetValue(to), "--to", out var toDate, out error))
            {
                return Fail(error!);
            }

            var query = new CountQuery(dimension, fromDate, toDate, parse.GetValue(top));
            if (query.Validate() is { } problem)
            {
                return Fail(problem.Replace(nameof(CountQuery.Top), "--top", StringComparison.Ordinal)
                    .Replace(nameof(CountQuery.From), "--from", StringComparison.Ordinal)
                    .Replace(nameof(CountQuery.To), "--to", StringComparison.Ordinal));
            }

            using var host = CliHost.Build(parse.GetValue(dataDir), runWorker: false);
            await host.StartAsync(cancellationToken);
            var summary = await host.Services.GetRequiredService<IComplaintStore>().GetSummaryAsync(cancellationToken);
            var rows = await host.Services.GetRequiredService<IComplaintStatistics>().CountByAsync(query, cancellationToken);
            await host.StopAsync(CancellationToken.None);

            Print(dimension, rows, summary);
            return 0;
        });
        return command;
    }

    private static void Print(Dimension dimension, IReadOnlyList<DimensionCount> rows, StoreSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(dimension.ToString())
            .AddColumn("名称")
            .AddColumn("Name")
            .AddColumn(new TableColumn("Complaints").RightAligned());
        var rank = 0;
        foreach (var row in rows)
        {
            var (zh, en) = DimensionLabels.Default.For(dimension, row);
            table.AddRow(
                (++rank).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.Key.Length == 0 ? "(none)" : row.Key),
                Markup.Escape(zh),
                Markup.Escape(en ?? string.Empty),
                row.Count.ToString("N0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[grey]{summary.Complaints:N0} complaints in the store, received {summary.OldestReceived:yyyy-MM-dd} – {summary.NewestReceived:yyyy-MM-dd}.[/]"));
    }

    private static bool TryParseDate(string? text, string option, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"{option} must be a date written yyyy-MM-dd (was '{text}').";
        return false;
    }
}
